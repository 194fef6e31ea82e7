package org.asistream.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.FreePort;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.platform.feed.FeedCommand;
import org.asistream.platform.feed.FeedSettings;
import org.asistream.platform.feed.FeedSummary;
import org.asistream.platform.feed.LiveFeed;
import org.asistream.schemas.credentials.Credential;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Role;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * The whole platform on one machine: the embedded broker in this JVM, the topics, and the three services as child
 * JVMs. {@link #start()} returns once every service is ready; {@link #stop()} stops them in the order that loses
 * nothing (ingest first, the broker last).
 */
final class LocalPlatform {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final LocalDate BACKFILL_FROM = LocalDate.of(2010, 4, 1);
    private static final LocalDate BACKFILL_TO = LocalDate.of(2011, 3, 31);

    private final PlatformOptions options;
    private final Path home;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EmbeddedKafkaBroker broker;
    private Path credentialsFile;
    private Credentials credentials;
    private ReferenceData reference;
    private LiveFeed liveFeed;
    private Thread backfill;

    LocalPlatform(PlatformOptions options, Path home) {
        this.options = options;
        this.home = home;
    }

    void start() throws Exception {
        Map<String, Path> jars = builtServices();
        requirePortsFree();
        Path dataDir = options.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir);
        Path logDir = dataDir.resolve("logs");

        System.out.println("Starting Kafka (KRaft, single node) on port " + options.kafkaPort() + ", log in " + dataDir.resolve("kafka"));
        broker = EmbeddedKafkaBroker.start(dataDir, options.kafkaPort());
        new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();

        reference = referenceData();
        ReferencePublisher.Outcome published = new ReferencePublisher(broker.bootstrapServers()).publish(reference);
        System.out.println("Reference data: " + reference.regions().size() + " regions, " + reference.networks().size()
                + " networks, " + reference.trusts().size() + " trusts (" + published.published() + " records published)");
        if (!published.notInFile().isEmpty()) {
            System.out.println("  kept in the reference topic though not in the file: " + String.join(", ", published.notInFile()));
        }
        credentialsFile = credentials(dataDir, OrganisationHierarchy.of(reference));

        String bootstrap = broker.bootstrapServers();
        services.add(new ServiceProcess("measures-stream", jars.get("measures-stream"), options.streamPort(), "1g", Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "kafka-streams.state.dir", dataDir.resolve("measures-stream-state").toString()), logDir));
        services.add(new ServiceProcess("query-service", jars.get("query-service"), options.queryPort(), "1g", Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "asi.credentials.file", credentialsFile.toString()), logDir));
        services.add(new ServiceProcess("ingest-service", jars.get("ingest-service"), options.ingestPort(), "768m", Map.of(
                "kafka.bootstrap.servers", bootstrap,
                "asi.credentials.file", credentialsFile.toString()), logDir));
        for (ServiceProcess service : services) {
            System.out.println("Starting " + service.name() + " (log: " + service.logFile() + ")");
            service.start();
        }
        for (ServiceProcess service : services) {
            service.awaitReady(READY_TIMEOUT);
            System.out.println("  " + service.name() + " is ready at " + service.baseUrl());
        }
        startFeed();
    }

    /** The synthetic trusts post through the ingest API with their own tokens, as real trusts' systems do. */
    private void startFeed() {
        URI ingest = URI.create("http://localhost:" + options.ingestPort());
        switch (options.feed()) {
            case NONE -> { }
            case LIVE -> {
                System.out.println("Starting the live synthetic trust feed (the last 6 hours first, then real time)");
                liveFeed = FeedCommand.startLive(ingest, credentials, reference, 1);
            }
            case BACKFILL -> {
                backfill = new Thread(() -> {
                    try {
                        FeedSummary summary = FeedCommand.backfill(ingest, credentials, reference, 1, FeedSettings.DEFAULT,
                                BACKFILL_FROM, BACKFILL_TO);
                        System.out.println("Backfill finished: " + summary.describe());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        System.err.println("Backfill stopped: " + e.getMessage());
                    }
                }, "asi-backfill");
                backfill.setDaemon(true);
                System.out.println("Backfilling synthetic history " + BACKFILL_FROM + " to " + BACKFILL_TO);
                backfill.start();
            }
        }
    }

    void printWelcome() {
        System.out.println();
        System.out.println("ASI Stream is running.");
        System.out.println("  Dashboard and query API: http://localhost:" + options.queryPort() + "/");
        System.out.println("  Trusts' ingest API:      http://localhost:" + options.ingestPort() + "/v1/events");
        System.out.println("  Kafka bootstrap:         " + broker.bootstrapServers());
        System.out.println("  API credentials:         " + credentialsFile);
        sampleToken(Role.TRUST).ifPresent(c -> System.out.printf("    trust %-6s %s%n", c.org(), c.token()));
        sampleToken(Role.NETWORK).ifPresent(c -> System.out.printf("    network %-4s %s%n", c.org(), c.token()));
        sampleToken(Role.REGION).ifPresent(c -> System.out.printf("    region %-5s %s%n", c.org(), c.token()));
        sampleToken(Role.NATIONAL).ifPresent(c -> System.out.printf("    national     %s%n", c.token()));
        System.out.println("Press Ctrl-C to stop.");
    }

    /** Blocks until {@link #stop()} has finished (called from the shutdown hook). */
    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    synchronized void stop() {
        try {
            if (liveFeed != null) {
                liveFeed.close();
                liveFeed = null;
            }
            if (backfill != null) {
                backfill.interrupt();
                backfill.join(10_000);
                backfill = null;
            }
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

    private ReferenceData referenceData() throws IOException {
        if (options.reference() == null) {
            return ReferenceDataFile.syntheticRegistry();
        }
        if (!Files.isRegularFile(options.reference())) {
            throw new PlatformException("--reference " + options.reference() + ": no such file");
        }
        try {
            return ReferenceDataFile.read(options.reference());
        } catch (RuntimeException e) {
            throw new PlatformException("--reference " + options.reference() + ": " + e.getMessage(), e);
        }
    }

    /** The given credentials file, or demo credentials for every organisation, generated once per data directory. */
    private Path credentials(Path dataDir, OrganisationHierarchy hierarchy) throws IOException {
        Path file = options.credentials() != null ? options.credentials() : dataDir.resolve("demo-credentials.json");
        if (options.credentials() == null && !Files.exists(file)) {
            Credentials.demoFor(hierarchy, new SecureRandom()).write(file);
            System.out.println("Generated demo credentials for every organisation: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new PlatformException("--credentials " + file + ": no such file");
        }
        try {
            credentials = Credentials.read(file).requireKnownOrganisations(hierarchy);
        } catch (RuntimeException e) {
            throw new PlatformException("credentials " + file + ": " + e.getMessage(), e);
        }
        return file.toAbsolutePath();
    }

    private java.util.Optional<Credential> sampleToken(Role role) {
        return credentials.entries().stream().filter(c -> c.role() == role && c.token() != null).findFirst();
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
