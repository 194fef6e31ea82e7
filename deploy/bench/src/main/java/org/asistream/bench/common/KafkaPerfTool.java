package org.asistream.bench.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one of Kafka's own performance tools (ProducerPerformance, ConsumerPerformance from kafka-tools) in a child
 * JVM on the same broker, so our figures can be given as a ratio of what Kafka itself does on this machine.
 */
public final class KafkaPerfTool {

    /** Runs the tool's main class with the arguments and returns what it printed. */
    public static String run(String mainClass, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(mainClass + " exited with " + exit + ":\n" + output);
        }
        return output;
    }

    /**
     * ConsumerPerformance prints a header line and a data line of comma-separated figures; returns the value of the
     * named column (e.g. {@code nMsg.sec}) from the last data line.
     */
    public static double column(String output, String name) {
        String[] lines = output.strip().split("\n");
        String[] header = null;
        String[] data = null;
        for (String line : lines) {
            if (line.contains(name)) {
                header = line.split(",\\s*");
            } else if (header != null && line.split(",").length == header.length) {
                data = line.split(",\\s*");
            }
        }
        if (header == null || data == null) {
            throw new IllegalStateException("no '" + name + "' column in:\n" + output);
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].strip().equals(name)) {
                return Double.parseDouble(data[i].strip());
            }
        }
        throw new IllegalStateException("no '" + name + "' column in:\n" + output);
    }

    private KafkaPerfTool() {
    }
}
