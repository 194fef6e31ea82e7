package org.asistream.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** ingest-service's packaged jar run as a child JVM, as the launcher runs it. */
final class IngestServiceProcess implements AutoCloseable {

    static final String EXTRA_OPTIONS_VARIABLE = "INGEST_JAVA_OPTS";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final URI baseUrl;

    private IngestServiceProcess(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    static IngestServiceProcess start(Path jar, String bootstrapServers, Path credentials, int port, Path log)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it first with ./mvnw -q install -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        // Extra JVM options for the service, e.g. to record a flight recording of the run.
        String extraOptions = System.getenv().getOrDefault(EXTRA_OPTIONS_VARIABLE, "").strip();
        if (!extraOptions.isEmpty()) {
            command.addAll(List.of(extraOptions.split("\\s+")));
        }
        command.addAll(List.of(
                "-Dkafka.bootstrap.servers=" + bootstrapServers,
                "-Dasi.credentials.file=" + credentials,
                "-Dquarkus.http.port=" + port,
                "-jar", jar.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        IngestServiceProcess service = new IngestServiceProcess(process, URI.create("http://127.0.0.1:" + port));
        service.awaitReady(log);
        return service;
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** CPU time the service has used so far (all its threads). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(baseUrl.resolve("/q/health/ready")).build();
        for (Instant deadline = Instant.now().plus(READY_TIMEOUT); Instant.now().isBefore(deadline); ) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ingest-service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("ingest-service not ready after " + READY_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
