package org.asistream.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.asistream.bench.common.Figures;
import org.asistream.bench.common.KafkaPerfTool;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.FreePort;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.schemas.TopicSpec;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Role;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * Events/s through {@code POST /v1/events} beside Kafka's own ProducerPerformance on the same broker in the same run
 * (acks=all, lz4, linger 5 ms, records the size of our Avro events), and the ratio. Not a test: it prints figures for
 * docs/benchmarks.md ("Ingest"). Run from the repository root after {@code ./mvnw -q install -DskipTests}:
 * <pre>
 * java -Xmx3g -cp "deploy/bench/target/bench-0.1.0-SNAPSHOT.jar:deploy/bench/target/lib/*" \
 *     org.asistream.bench.ingest.IngestBenchmark [--events 3000000] [--clients 8] [--batch 500]
 * </pre>
 * By default it starts its own broker and ingest-service (the packaged jar, as a child JVM) on a temporary directory.
 */
public final class IngestBenchmark {

    private static final String USAGE = """
            Usage: IngestBenchmark [--events N] [--clients N] [--batch N] [--warm-up-seconds N]
                                   [--producer-records N] [--ingest-jar JAR]

              --events N            events posted in the measured run (default 3000000)
              --clients N           concurrent clients, one trust each (default 8)
              --batch N             events per request (default 500)
              --warm-up-seconds N   posting before the measured run, unrecorded (default 120)
              --producer-records N  records sent by ProducerPerformance (default 10000000); its figure is the
                                    median of its 5-second windows after the first (its own warm-up)
              --ingest-jar JAR      default ingest-service/target/quarkus-app/quarkus-run.jar

            To measure a running platform instead of starting a broker and ingest-service, give all four of
              --bootstrap HOST:PORT --ingest-url URL --trust CODE --token TOKEN
            (the trust's reference data must be known to the service; a topic bench.producer-performance is created).
            The environment variable INGEST_JAVA_OPTS adds JVM options to the ingest-service it starts.
            """;
    private static final TopicSpec PRODUCER_PERFORMANCE_TOPIC = new TopicSpec("bench.producer-performance",
            Topics.DEFAULT_PARTITIONS, Map.of());
    private static final Pattern RECORDS_PER_SECOND = Pattern.compile("([\\d.]+) records/sec");
    /** Distinct request bodies per client for the warm-up, posted over and over until its time is up. */
    private static final int WARM_UP_BATCHES = 40;

    private final int events;
    private final int clients;
    private final int batch;
    private final Duration warmUp;
    private final int producerRecords;
    private final Path ingestJar;
    private final ExternalPlatform external;

    /** A running broker and ingest-service to measure instead of starting them, with one trust's token. */
    private record ExternalPlatform(String bootstrap, URI ingestUrl, String trust, String token) {
    }

    private IngestBenchmark(int events, int clients, int batch, Duration warmUp, int producerRecords, Path ingestJar,
            ExternalPlatform external) {
        this.events = events;
        this.clients = clients;
        this.batch = batch;
        this.warmUp = warmUp;
        this.producerRecords = producerRecords;
        this.ingestJar = ingestJar;
        this.external = external;
    }

    public static void main(String[] args) throws Exception {
        parse(args).run();
    }

    private void run() throws Exception {
        if (external != null) {
            Workload workload = workload(List.of(new Publisher(external.trust(), external.token())));
            new TopicProvisioner(external.bootstrap(), (short) 1).provision(List.of(PRODUCER_PERFORMANCE_TOPIC));
            double producerPerformance = producerPerformance(external.bootstrap(), workload.recordSize());
            load(external.ingestUrl(), workload, null, producerPerformance);
            return;
        }
        Path dataDir = Files.createTempDirectory("asi-ingest-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            String bootstrap = broker.bootstrapServers();
            TopicProvisioner topics = new TopicProvisioner(bootstrap, (short) 1);
            topics.provisionAll();
            topics.provision(List.of(PRODUCER_PERFORMANCE_TOPIC));
            ReferenceData registry = ReferenceDataFile.syntheticRegistry();
            publish(bootstrap, registry);
            Credentials credentials = Credentials.demoFor(OrganisationHierarchy.of(registry), new SecureRandom());
            Path credentialsFile = dataDir.resolve("credentials.json");
            credentials.write(credentialsFile);
            Workload workload = workload(credentials.entries().stream()
                    .filter(entry -> entry.role() == Role.TRUST)
                    .limit(clients)
                    .map(entry -> new Publisher(entry.org(), entry.token()))
                    .toList());

            double producerPerformance = producerPerformance(bootstrap, workload.recordSize());
            try (IngestServiceProcess ingest = IngestServiceProcess.start(ingestJar, bootstrap, credentialsFile,
                    FreePort.find(), dataDir.resolve("ingest-service.log"))) {
                load(ingest.baseUrl(), workload, ingest, producerPerformance);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** A trust that publishes, with its token. */
    private record Publisher(String trust, String token) {
    }

    /** The request bodies of every client, for the warm-up and the measured run, and their Avro record size. */
    private record Workload(List<IngestLoad.Client> warmUp, List<IngestLoad.Client> measured, int recordSize) {
    }

    /** Clients take turns among the publishers (one each when there are enough). */
    private Workload workload(List<Publisher> publishers) {
        System.out.printf("Generating %,d events of %d trusts...%n", events + warmUpEvents(), publishers.size());
        List<IngestLoad.Client> warmUp = new ArrayList<>();
        List<IngestLoad.Client> measured = new ArrayList<>();
        long bytes = 0;
        long records = 0;
        for (int i = 0; i < clients; i++) {
            Publisher publisher = publishers.get(i % publishers.size());
            PathwayGenerator generator = new PathwayGenerator(publisher.trust(), i);
            List<PathwayEvent> warmUpEvents = generator.events(warmUpEvents() / clients);
            List<PathwayEvent> measuredEvents = generator.events(events / clients);
            warmUp.add(client(publisher.token(), warmUpEvents));
            measured.add(client(publisher.token(), measuredEvents));
            bytes += recordBytes(measuredEvents);
            records += measuredEvents.size();
        }
        return new Workload(warmUp, measured, Math.toIntExact(bytes / records));
    }

    /** Posts the warm-up, then the measured run, and prints the figures; {@code ingest} is null for a given URL. */
    private void load(URI url, Workload workload, IngestServiceProcess ingest, double producerPerformance)
            throws InterruptedException {
        System.out.printf("POST /v1/events: warming up for %d s...%n", warmUp.toSeconds());
        IngestLoad.runFor(url, workload.warmUp(), warmUp);
        System.out.printf("POST /v1/events: %,d events in batches of %d from %d concurrent clients...%n",
                events, batch, clients);
        Duration ingestCpuBefore = ingest == null ? Duration.ZERO : ingest.cpuTime();
        long benchCpuBefore = ownCpuNanos();
        IngestLoad.Result result = IngestLoad.run(url, workload.measured());
        long benchCpu = ownCpuNanos() - benchCpuBefore;
        System.out.printf("  %,.0f events/s (%.1f s; per request p50 %d ms, p99 %d ms)%n",
                result.eventsPerSecond(), result.elapsed().toMillis() / 1000.0,
                result.latencyPercentile(0.5).toMillis(), result.latencyPercentile(0.99).toMillis());
        if (ingest != null) {
            System.out.printf("  CPU per event: ingest-service %.1f us, broker and clients %.1f us%n",
                    ingest.cpuTime().minus(ingestCpuBefore).toNanos() / 1e3 / result.events(),
                    benchCpu / 1e3 / result.events());
        }
        System.out.printf("%nIngest: %,.0f events/s = %.2f of ProducerPerformance (%,.0f records/s) on %d cores, %s%n",
                result.eventsPerSecond(), result.eventsPerSecond() / producerPerformance, producerPerformance,
                Runtime.getRuntime().availableProcessors(), Instant.now());
        Figures.print("ingest.events-per-second", result.eventsPerSecond());
        Figures.print("ingest.producer-performance", producerPerformance);
    }

    /** CPU time of this JVM: the broker and the benchmark's clients. */
    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private int warmUpEvents() {
        return WARM_UP_BATCHES * batch * clients;
    }

    private IngestLoad.Client client(String token, List<PathwayEvent> pathwayEvents) {
        List<byte[]> batches = new ArrayList<>();
        for (int from = 0; from + batch <= pathwayEvents.size(); from += batch) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            pathwayEvents.subList(from, from + batch).forEach(event -> array.add(PathwayEventJson.toJson(event)));
            batches.add(array.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new IngestLoad.Client(token, batches, batch);
    }

    /** Bytes of key and value the events take on the events topic, as ingest-service writes them. */
    private static long recordBytes(List<PathwayEvent> pathwayEvents) {
        Serializer<PathwayLogRecord> values = Topics.PATHWAY_EVENTS_TOPIC.valueSerde().serializer();
        long bytes = 0;
        for (PathwayEvent event : pathwayEvents) {
            PathwayEvent received = PathwayEvent.newBuilder(event).setReceivedAt(event.getOccurredAt()).build();
            bytes += values.serialize(Topics.PATHWAY_EVENTS.name(), new PathwayLogRecord(received)).length
                    + event.getEpisodeId().length();
        }
        return bytes;
    }

    private double producerPerformance(String bootstrap, int recordSize) throws IOException, InterruptedException {
        System.out.printf("Kafka ProducerPerformance: %,d records of %d bytes, acks=all, lz4, linger 5 ms...%n",
                producerRecords, recordSize);
        String output = KafkaPerfTool.run("org.apache.kafka.tools.ProducerPerformance", List.of(
                "--topic", PRODUCER_PERFORMANCE_TOPIC.name(),
                "--num-records", String.valueOf(producerRecords),
                "--record-size", String.valueOf(recordSize),
                "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all", "enable.idempotence=true",
                "linger.ms=5", "batch.size=131072", "compression.type=lz4"));
        List<Double> windows = new ArrayList<>();
        double wholeRun = Double.NaN;
        for (String line : output.split("\n")) {
            Matcher figure = RECORDS_PER_SECOND.matcher(line);
            if (!figure.find()) {
                continue;
            }
            // The summary line (with the latency percentiles) covers the whole run, JIT warm-up included.
            if (line.contains("50th")) {
                wholeRun = Double.parseDouble(figure.group(1));
            } else {
                windows.add(Double.parseDouble(figure.group(1)));
            }
        }
        if (windows.size() < 2) {
            throw new IllegalStateException("fewer than two 5-second windows in ProducerPerformance's output (send "
                    + "more records with --producer-records):\n" + output);
        }
        List<Double> steady = windows.subList(1, windows.size()).stream().sorted().toList();
        double median = steady.get(steady.size() / 2); // of an even count, the upper of the middle two
        System.out.printf("  %,.0f records/s steady (median of the %d windows after the first; every window: %s); "
                + "whole run %,.0f%n", median, steady.size(),
                windows.stream().map(rate -> String.format("%,.0f", rate)).toList(), wholeRun);
        return median;
    }

    private static void publish(String bootstrap, ReferenceData registry) throws Exception {
        try (KafkaProducer<String, ReferenceEntry> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                Topics.REFERENCE_DATA_TOPIC.keySerde().serializer(),
                Topics.REFERENCE_DATA_TOPIC.valueSerde().serializer())) {
            for (ReferenceEntry entry : registry.entries()) {
                producer.send(new ProducerRecord<>(Topics.REFERENCE_DATA.name(), ReferenceData.keyOf(entry), entry));
            }
            producer.flush();
        }
    }

    private static IngestBenchmark parse(String[] args) {
        int events = 3_000_000;
        int clients = 8;
        int batch = 500;
        int warmUpSeconds = 120;
        int producerRecords = 10_000_000;
        Path jar = Path.of("ingest-service/target/quarkus-app/quarkus-run.jar");
        Map<String, String> platform = new HashMap<>();
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.pop();
            if (option.equals("--help") || rest.isEmpty()) {
                System.out.print(USAGE);
                System.exit(option.equals("--help") ? 0 : 2);
            }
            String value = rest.pop();
            switch (option) {
                case "--events" -> events = Integer.parseInt(value);
                case "--clients" -> clients = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--warm-up-seconds" -> warmUpSeconds = Integer.parseInt(value);
                case "--producer-records" -> producerRecords = Integer.parseInt(value);
                case "--ingest-jar" -> jar = Path.of(value);
                case "--bootstrap", "--ingest-url", "--trust", "--token" -> platform.put(option, value);
                default -> {
                    System.out.print(USAGE);
                    System.exit(2);
                }
            }
        }
        ExternalPlatform external = null;
        if (!platform.isEmpty()) {
            if (platform.size() != 4) {
                System.out.print(USAGE);
                System.exit(2);
            }
            if (!platform.get("--ingest-url").startsWith("http://")) {
                System.err.println("--ingest-url must be a plain http:// URL (the clients speak HTTP/1.1 on a socket)");
                System.exit(2);
            }
            external = new ExternalPlatform(platform.get("--bootstrap"), URI.create(platform.get("--ingest-url")),
                    platform.get("--trust"), platform.get("--token"));
        }
        return new IngestBenchmark(events, clients, batch, Duration.ofSeconds(warmUpSeconds), producerRecords, jar,
                external);
    }
}
