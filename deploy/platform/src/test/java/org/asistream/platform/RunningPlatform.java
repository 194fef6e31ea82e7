package org.asistream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code deploy/asi-platform run} as a child process, as a user starts it. Its output goes to a file: a pipe read by a
 * thread can lose the last lines when the process exits (the JDK drains and closes the pipe on exit).
 */
final class RunningPlatform implements AutoCloseable {

    static final Path HOME = Path.of("").toAbsolutePath().getParent().getParent();
    static final Path SCRIPT = HOME.resolve("deploy/asi-platform");

    final Process process;
    private final Path outputFile;

    private RunningPlatform(Process process, Path outputFile) {
        this.process = process;
        this.outputFile = outputFile;
    }

    /** Without a synthetic feed: the tests post what they need. */
    static RunningPlatform start(Path dataDir, PlatformPorts ports) throws IOException {
        return launch(dataDir, ports, List.of("--feed", "none"));
    }

    /** With the launcher's defaults, synthetic feed included, as a user's {@code deploy/asi-platform run}. */
    static RunningPlatform startWithDefaultFeed(Path dataDir, PlatformPorts ports) throws IOException {
        return launch(dataDir, ports, List.of());
    }

    private static RunningPlatform launch(Path dataDir, PlatformPorts ports, List<String> extraOptions)
            throws IOException {
        Path outputFile = Files.createTempFile("asi-platform", ".out");
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "run",
                "--data-dir", dataDir.toString(),
                "--kafka-port", String.valueOf(ports.kafka()),
                "--ingest-port", String.valueOf(ports.ingest()),
                "--query-port", String.valueOf(ports.query()),
                "--stream-port", String.valueOf(ports.stream())));
        command.addAll(extraOptions);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile())
                .start();
        return new RunningPlatform(process, outputFile);
    }

    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("launcher did not print '" + text + "'; output:\n" + output());
            }
            Thread.sleep(200);
        }
    }

    List<ProcessHandle> childrenStillAlive() {
        return process.descendants().filter(ProcessHandle::isAlive).toList();
    }

    int stopWithSigterm() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        assertThat(children).as("the three services run as child processes").hasSize(3);
        process.destroy();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("launcher stopped in time").isTrue();
        for (ProcessHandle child : children) {
            assertThat(child.isAlive()).as("child " + child.pid() + " stopped").isFalse();
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(outputFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whatever happened in the test, no service is left running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
