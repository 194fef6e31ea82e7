package org.asistream.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One platform service (a built Quarkus application) running as a child JVM, with its log in a file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path runnerJar;
    private final int httpPort;
    private final String maxHeap;
    private final Map<String, String> properties;
    private final Path logFile;
    private Process process;

    ServiceProcess(String name, Path runnerJar, int httpPort, String maxHeap, Map<String, String> properties, Path logDir) {
        this.name = name;
        this.runnerJar = runnerJar;
        this.httpPort = httpPort;
        this.maxHeap = maxHeap;
        this.properties = properties;
        this.logFile = logDir.resolve(name + ".log");
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    void start() throws IOException {
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-Dquarkus.http.port=" + httpPort);
        // A local demo listens on loopback only: its demo tokens are printed on the console.
        command.add("-Dquarkus.http.host=127.0.0.1");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runnerJar.toString());
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early when the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new PlatformException(name + " exited with code " + process.exitValue() + " while starting; see " + logFile);
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The service is still starting.
            }
            Thread.sleep(250);
        }
        throw new PlatformException(name + " did not become ready within " + timeout.toSeconds() + " s; see " + logFile);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, so the service shuts down cleanly; SIGKILL only if it has not stopped after {@code grace}. */
    void stop(Duration grace) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            System.err.println(name + " did not stop within " + grace.toSeconds() + " s; killing it");
            process.destroyForcibly().waitFor();
        }
    }
}
