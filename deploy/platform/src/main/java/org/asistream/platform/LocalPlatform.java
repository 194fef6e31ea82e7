package org.asistream.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.FreePort;
import org.asistream.kafka.TopicProvisioner;

/**
 * The whole platform on one machine: the embedded broker in this JVM, the topics, and the three services as child
 * JVMs. {@link #start()} returns once every service is ready; {@link #stop()} stops them in the order that loses
 * nothing (ingest first, the broker last).
 */
final class LocalPlatform {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final PlatformOptions options;
    private final Path home;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EmbeddedKafkaBroker broker;

    LocalPlatform(PlatformOptions options, Path home) {
        this.options = options;
        this.home = home;
    }

    void start() throws IOException, InterruptedException {
        Map<String, Path> jars = builtServices();
        requirePortsFree();
        Path dataDir = options.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir);
        Path logDir = dataDir.resolve("logs");

        System.out.println("Starting Kafka (KRaft, single node) on port " + options.kafkaPort() + ", log in " + dataDir.resolve("kafka"));
        broker = EmbeddedKafkaBroker.start(dataDir, options.kafkaPort());
        new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();

        String bootstrap = broker.bootstrapServers();
        services.add(new ServiceProcess("measures-stream", jars.get("measures-stream"), options.streamPort(), "1g", Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "kafka-streams.state.dir", dataDir.resolve("measures-stream-state").toString()), logDir));
        services.add(new ServiceProcess("query-service", jars.get("query-service"), options.queryPort(), "1g", Map.of(
                "kafka.bootstrap.servers", bootstrap), logDir));
        services.add(new ServiceProcess("ingest-service", jars.get("ingest-service"), options.ingestPort(), "768m", Map.of(
                "kafka.bootstrap.servers", bootstrap), logDir));
        for (ServiceProcess service : services) {
            System.out.println("Starting " + service.name() + " (log: " + service.logFile() + ")");
            service.start();
        }
        for (ServiceProcess service : services) {
            service.awaitReady(READY_TIMEOUT);
            System.out.println("  " + service.name() + " is ready at " + service.baseUrl());
        }
    }

    void printWelcome() {
        System.out.println();
        System.out.println("ASI Stream is running.");
        System.out.println("  Dashboard and query API: http://localhost:" + options.queryPort() + "/");
        System.out.println("  Trusts' ingest API:      http://localhost:" + options.ingestPort() + "/v1/events");
        System.out.println("  Kafka bootstrap:         " + broker.bootstrapServers());
        System.out.println("Press Ctrl-C to stop.");
    }

    /** Blocks until {@link #stop()} has finished (called from the shutdown hook). */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    synchronized void stop() {
        try {
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).stop(STOP_GRACE);
            }
            if (broker != null) {
                broker.stop();
                broker = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    private Map<String, Path> builtServices() {
        Map<String, Path> jars = new java.util.LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String module : List.of("ingest-service", "measures-stream", "query-service")) {
            Path jar = home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (Files.isRegularFile(jar)) {
                jars.put(module, jar);
            } else {
                missing.add(module);
            }
        }
        if (!missing.isEmpty()) {
            throw new PlatformException("the modules are not built (" + String.join(", ", missing)
                    + "); build them first with: ./mvnw -q install -DskipTests");
        }
        return jars;
    }

    private void requirePortsFree() {
        FreePort.requireFree(options.kafkaPort(), "Kafka (--kafka-port)");
        FreePort.requireFree(options.ingestPort(), "ingest-service (--ingest-port)");
        FreePort.requireFree(options.queryPort(), "query-service (--query-port)");
        FreePort.requireFree(options.streamPort(), "measures-stream (--stream-port)");
    }
}
