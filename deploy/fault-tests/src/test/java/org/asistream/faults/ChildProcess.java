package org.asistream.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM of a fault test (a cluster node or a service), with its output appended to a log file. Every live
 * child is known to a JVM shutdown hook that kills it, so a test that fails, times out or is interrupted leaves no
 * process behind; tests still close their children in {@code finally}.
 */
final class ChildProcess implements AutoCloseable {

    private static final Set<ChildProcess> LIVE = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ChildProcess::kill), "fault-tests-reaper"));
    }

    private final String name;
    private final List<String> command;
    private final Path logFile;
    private Process process;

    ChildProcess(String name, List<String> command, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.logFile = logFile;
    }

    /** {@code java} of this JVM with the given options, main class or {@code -jar} and arguments. */
    static List<String> java(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Few GC threads and little startup work: up to eight JVMs share two cores.
        command.add("-XX:+UseSerialGC");
        command.addAll(arguments);
        return command;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    synchronized ChildProcess start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "==== " + java.time.Instant.now() + " starting " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        LIVE.add(this);
        return this;
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    synchronized long pid() {
        return process.pid();
    }

    /** SIGKILL: the process and anything it started die at once, without running any shutdown code. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE.remove(this);
    }

    /** SIGTERM and wait for a clean exit; SIGKILL if it has not exited within {@code grace}. */
    synchronized void stop(Duration grace) {
        if (process == null || !process.isAlive()) {
            LIVE.remove(this);
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
        LIVE.remove(this);
    }

    @Override
    public void close() {
        kill();
    }

    /** Waits until the log file (since the last start) contains {@code line}; fails early if the process dies. */
    void awaitLog(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lastRunLog().contains(text)) {
                return;
            }
            requireAlive("while waiting for \"" + text + "\"");
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not log \"" + text + "\" within " + timeout.toSeconds() + " s; see " + logFile);
    }

    /** Waits until {@code url} answers 200; fails early if the process dies. */
    void awaitHttpOk(String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            requireAlive("while waiting for " + url);
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + ": " + url + " did not answer 200 within " + timeout.toSeconds() + " s; see " + logFile);
    }

    private void requireAlive(String doing) {
        if (!isAlive()) {
            throw new AssertionError(name + " exited (code " + process.exitValue() + ") " + doing + "; see " + logFile);
        }
    }

    /** The log written since the last start. */
    String lastRunLog() {
        try {
            String log = Files.readString(logFile, StandardCharsets.UTF_8);
            int start = log.lastIndexOf("==== ");
            return start < 0 ? log : log.substring(start);
        } catch (IOException e) {
            return "";
        }
    }
}
