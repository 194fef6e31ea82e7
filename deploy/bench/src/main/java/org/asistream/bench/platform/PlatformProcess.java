package org.asistream.bench.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.asistream.kafka.FreePort;
import org.asistream.schemas.credentials.Credentials;

/**
 * The local platform exactly as a user starts it ({@code deploy/asi-platform run}), as a child process on free ports
 * and a temporary data directory, with its console in a log file.
 */
final class PlatformProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;
    private final int ingestPort = FreePort.find();
    private final int queryPort = FreePort.find();
    private final Process process;

    private PlatformProcess(Path home, Path dataDir) throws IOException {
        this.dataDir = dataDir;
        List<String> command = List.of(home.resolve("deploy/asi-platform").toString(), "run",
                "--data-dir", dataDir.toString(), "--kafka-port", String.valueOf(FreePort.find()),
                "--ingest-port", String.valueOf(ingestPort), "--query-port", String.valueOf(queryPort),
                "--stream-port", String.valueOf(FreePort.find()), "--feed", "none");
        this.process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("platform.log").toFile()).start();
        // A benchmark stopped with Ctrl-C must not leave the platform running in the background.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-platform"));
    }

    static PlatformProcess start(Path home, Path dataDir, Duration timeout) throws Exception {
        Files.createDirectories(dataDir);
        PlatformProcess platform = new PlatformProcess(home, dataDir);
        try {
            platform.awaitReady(timeout);
            return platform;
        } catch (Exception e) {
            platform.close();
            throw e;
        }
    }

    URI ingest(String path) {
        return URI.create("http://127.0.0.1:" + ingestPort + path);
    }

    URI query(String path) {
        return URI.create("http://127.0.0.1:" + queryPort + path);
    }

    Credentials credentials() throws IOException {
        return Credentials.read(dataDir.resolve("demo-credentials.json"));
    }

    Path log() {
        return dataDir.resolve("platform.log");
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (URI health : List.of(ingest("/q/health/ready"), query("/q/health/ready"))) {
            while (!isUp(health)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the platform exited while starting; see " + log());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the platform was not ready within " + timeout + "; see " + log());
                }
                Thread.sleep(250);
            }
        }
    }

    private static boolean isUp(URI health) {
        try {
            return HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, as Ctrl-C would: the launcher stops every service cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
