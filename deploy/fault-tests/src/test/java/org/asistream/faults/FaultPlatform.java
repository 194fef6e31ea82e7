package org.asistream.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.asistream.kafka.FreePort;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.credentials.Credential;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Role;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * What every fault test starts from: the three-node cluster, the platform topics with three replicas and
 * {@code min.insync.replicas} 2, the synthetic registry on the reference-data topic and demo credentials; and the
 * services the test starts on it. {@link #close()} kills every process, whatever state the test left them in.
 *
 * <p>The process logs of a run (nodes and services) stay under
 * {@code deploy/fault-tests/target/fault-tests/<test>-<time>/logs/} for a post-mortem; the Kafka logs and the
 * stream's state are deleted when the test ends.
 */
final class FaultPlatform implements AutoCloseable {

    static final String APPLICATION_ID = "asi-measures";

    private final Path dir;
    private final KafkaCluster cluster;
    private final ReferenceData reference = ReferenceDataFile.syntheticRegistry();
    private final Credentials credentials;
    private final Path credentialsFile;
    private final List<Service> services = new ArrayList<>();

    private FaultPlatform(Path dir, KafkaCluster cluster) throws Exception {
        this.dir = dir;
        this.cluster = cluster;
        this.credentialsFile = dir.resolve("credentials.json");
        this.credentials = Credentials.demoFor(OrganisationHierarchy.of(reference), new SecureRandom());
        credentials.write(credentialsFile);
    }

    static FaultPlatform start(String testName) throws Exception {
        Path dir = Path.of(System.getProperty("asi.faults.work", "target/fault-tests")).toAbsolutePath()
                .resolve(testName + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(dir);
        Log.say("%s: starting a three-node cluster in %s", testName, dir);
        long started = System.nanoTime();
        KafkaCluster cluster = KafkaCluster.start(dir);
        FaultPlatform platform = null;
        try {
            platform = new FaultPlatform(dir, cluster);
            new TopicProvisioner(cluster.bootstrapServers(), (short) KafkaCluster.NODES).provisionAll();
            platform.publishReference();
            Log.say("cluster up with topics and reference data in %.1f s (%s)", (System.nanoTime() - started) / 1e9,
                    cluster.bootstrapServers());
            return platform;
        } catch (Exception | Error e) {
            if (platform != null) {
                platform.close();
            } else {
                cluster.close();
            }
            throw e;
        }
    }

    KafkaCluster cluster() {
        return cluster;
    }

    Path dir() {
        return dir;
    }

    ReferenceData reference() {
        return reference;
    }

    /** Each trust's bearer token. */
    Map<String, String> trustTokens() {
        Map<String, String> tokens = new HashMap<>();
        for (Credential credential : credentials.entries()) {
            if (credential.role() == Role.TRUST && credential.token() != null) {
                tokens.put(credential.org(), credential.token());
            }
        }
        return tokens;
    }

    String nationalToken() {
        return credentials.entries().stream().filter(c -> c.role() == Role.NATIONAL).findFirst().orElseThrow().token();
    }

    /** A measures-stream instance (not started): state under {@code stateDir}, internal topics with three replicas. */
    Service measuresStream(String name, Path stateDir, Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>();
        properties.put("kafka.bootstrap.servers", cluster.bootstrapServers());
        properties.put("kafka-streams.state.dir", stateDir.toString());
        properties.put("kafka-streams.replication.factor", "3");
        properties.put("kafka-streams.asi.rocksdb.memory.bytes", String.valueOf(32 * 1024 * 1024));
        properties.put("kafka-streams.statestore.cache.max.bytes", String.valueOf(16 * 1024 * 1024));
        // Transactions of a second rather than 100 ms, and quick retries of the CONCURRENT_TRANSACTIONS answers a
        // new transaction gets while the last one's markers are being written: about three times the throughput
        // of the defaults on this cluster (docs/reliability.md). Either can be set back with the system properties.
        properties.put("kafka-streams.commit.interval.ms", System.getProperty("asi.faults.commit-interval-ms", "1000"));
        properties.put("kafka-streams.producer.retry.backoff.ms", System.getProperty("asi.faults.producer-retry-backoff-ms", "20"));
        properties.putAll(extra);
        return register(Service.of("measures-stream", name, "512m", FreePort.find(), properties, dir.resolve("logs")));
    }

    Service ingest(String name) {
        return register(Service.of("ingest-service", name, "384m", FreePort.find(), Map.of(
                "kafka.bootstrap.servers", cluster.bootstrapServers(),
                "asi.credentials.file", credentialsFile.toString()), dir.resolve("logs")));
    }

    Service query(String name) {
        return register(Service.of("query-service", name, "384m", FreePort.find(), Map.of(
                "kafka.bootstrap.servers", cluster.bootstrapServers(),
                "asi.credentials.file", credentialsFile.toString()), dir.resolve("logs")));
    }

    private Service register(Service service) {
        services.add(service);
        return service;
    }

    private void publishReference() {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, ReferenceEntry> producer = new KafkaProducer<>(config,
                Topics.REFERENCE_DATA_TOPIC.keySerde().serializer(), Topics.REFERENCE_DATA_TOPIC.valueSerde().serializer())) {
            for (ReferenceEntry entry : reference.entries()) {
                producer.send(new ProducerRecord<>(Topics.REFERENCE_DATA.name(), ReferenceData.keyOf(entry), entry));
            }
            producer.flush();
        }
    }

    /** Kills the services (newest first), then the cluster; deletes the nodes' logs and the state, keeps the process logs. */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        cluster.close();
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(child -> Files.isDirectory(child) && !child.getFileName().toString().equals("logs"))
                    .forEach(FaultPlatform::delete);
        } catch (IOException e) {
            Log.say("could not clean %s: %s", dir, e);
        }
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Log.say("could not delete %s: %s", tree, e);
        }
    }
}
