package org.asistream.bench.replay;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.StreamsConfig;
import org.asistream.bench.common.Figures;
import org.asistream.bench.common.KafkaPerfTool;
import org.asistream.bench.common.Machine;
import org.asistream.bench.common.Table;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.measures.app.BoundedRocksDbMemory;
import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.MeasuresTopology;
import org.asistream.platform.feed.FeedSettings;
import org.asistream.platform.feed.SyntheticEpisodes;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * Replays a generated log of realistic pathway events into a fresh measures-stream application (exactly_once_v2,
 * RocksDB, the production topology) and prints events per second beside Kafka's own ConsumerPerformance reading the
 * same topic on the same broker, with the ratio, the peak heap and the size of the state stores.
 *
 * <p>Run: {@code ./mvnw -q install -DskipTests && deploy/bench/run replay [--events 1000000] [--seed 1]
 * [--stream-threads 2] [--commit-interval-ms 1000] [--cache-mib 64]}
 *
 * <p>The commit interval is the one docs/operations.md gives for a rebuild (1 s; the live platform commits every
 * 100 ms for freshness, which a replay does not need).
 */
public final class ReplayBenchmark {

    private static final int TICK_EVERY_EVENTS = 20_000;

    public static void main(String[] args) throws Exception {
        int events = intOption(args, "--events", 1_000_000);
        long seed = intOption(args, "--seed", 1);
        int streamThreads = intOption(args, "--stream-threads", 2);
        int commitIntervalMs = intOption(args, "--commit-interval-ms", 1000);
        long cacheBytes = intOption(args, "--cache-mib", 64) * 1024L * 1024;
        Path work = Files.createTempDirectory("asi-replay-bench");
        System.out.println("Replay benchmark: " + events + " events, seed " + seed + ", " + streamThreads
                + " stream threads, commit interval " + commitIntervalMs + " ms, record cache "
                + (cacheBytes >> 20) + " MiB, " + Machine.describe());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work, 0)) {
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();

            long written = writeLog(broker, events, seed);
            System.out.printf("Log written: %,d records (%,d events and clock ticks)%n", written, events);

            String consumerOutput = KafkaPerfTool.run("org.apache.kafka.tools.ConsumerPerformance", List.of(
                    "--bootstrap-server", broker.bootstrapServers(), "--topic", Topics.PATHWAY_EVENTS.name(),
                    "--messages", String.valueOf(written), "--timeout", "120000",
                    "--group", "bench-consumer-perf-" + UUID.randomUUID()));
            double baseline = KafkaPerfTool.column(consumerOutput, "nMsg.sec");

            ReplayResult replay = replay(broker, MeasuresTopology.buildTopology(MeasuresConfig.defaults()),
                    work.resolve("state"), streamThreads, commitIntervalMs, cacheBytes);
            double ours = written / replay.seconds();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(StreamsBaseline.OUTPUT_TOPIC, Topics.PATHWAY_EVENTS.partitions(),
                        (short) 1))).all().get();
            }
            ReplayResult baselineReplay = replay(broker, StreamsBaseline.countPerKey(), work.resolve("baseline-state"),
                    streamThreads, commitIntervalMs, cacheBytes);
            double streamsBaseline = written / baselineReplay.seconds();

            System.out.println();
            System.out.print(new Table()
                    .row("figure", "value")
                    .row("records in the log", String.format("%,d", written))
                    .row("Kafka ConsumerPerformance", String.format("%,.0f records/s", baseline))
                    .row("measures-stream replay (exactly_once_v2)", String.format("%,.0f records/s (%.1f s)", ours, replay.seconds()))
                    .row("ratio replay / ConsumerPerformance", String.format("%.2f", ours / baseline))
                    .row("Kafka Streams baseline: count per key, same settings",
                            String.format("%,.0f records/s (%.1f s)", streamsBaseline, baselineReplay.seconds()))
                    .row("ratio replay / Kafka Streams baseline", String.format("%.2f", ours / streamsBaseline))
                    .row("peak heap during the replay", String.format("%,d MiB", replay.peakHeapBytes() / (1024 * 1024)))
                    .row("state stores on disk after the replay", String.format("%,d MiB", replay.stateBytes() / (1024 * 1024)))
                    .row("CPU per record: stream threads", String.format("%.1f us", replay.cpu().streamNanos() / 1e3 / written))
                    .row("CPU per record: broker and other threads", String.format("%.1f us", replay.cpu().otherNanos() / 1e3 / written))
                    .render());
            Figures.print("replay.events-per-second", ours);
            Figures.print("replay.consumer-performance", baseline);
            Figures.print("replay.streams-baseline", streamsBaseline);
        }
    }

    /** Writes the synthetic national feed (2010-04 onwards) to the events topic, with clock ticks among it. */
    private static long writeLog(EmbeddedKafkaBroker broker, int events, long seed) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        SyntheticEpisodes feed = new SyntheticEpisodes(ReferenceDataFile.syntheticRegistry(), seed, FeedSettings.DEFAULT);
        AtomicLong records = new AtomicLong();
        try (KafkaProducer<String, PathwayLogRecord> producer = new KafkaProducer<>(config,
                Topics.PATHWAY_EVENTS_TOPIC.keySerde().serializer(), Topics.PATHWAY_EVENTS_TOPIC.valueSerde().serializer());
             Stream<PathwayEvent> log = feed.between(LocalDate.of(2010, 4, 1), LocalDate.of(2030, 1, 1))
                     .map(delivery -> delivery.event()).limit(events)) {
            log.forEach(event -> {
                producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), event.getEpisodeId(), new PathwayLogRecord(event)));
                if (records.incrementAndGet() % TICK_EVERY_EVENTS == 0) {
                    records.addAndGet(tick(producer));
                }
            });
            records.addAndGet(tick(producer));
            producer.flush();
        }
        return records.get();
    }

    /** A clock tick into every partition, as the live ticker writes them while a backfill comes in. */
    private static int tick(KafkaProducer<String, PathwayLogRecord> producer) {
        Instant now = Instant.now();
        PathwayLogRecord tick = new PathwayLogRecord(new ClockTick(now, "replay-benchmark"));
        for (int partition = 0; partition < Topics.PATHWAY_EVENTS.partitions(); partition++) {
            producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), partition, now.toEpochMilli(),
                    Topics.CLOCK_TICK_KEY, tick));
        }
        return Topics.PATHWAY_EVENTS.partitions();
    }

    private record ReplayResult(double seconds, long peakHeapBytes, long stateBytes, ThreadCpu.Split cpu) {
    }

    private static ReplayResult replay(EmbeddedKafkaBroker broker, Topology topology, Path stateDir, int streamThreads,
                                       int commitIntervalMs, long cacheBytes) throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "asi-replay-bench-" + UUID.randomUUID());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, cacheBytes);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        // As measures-stream's application.properties: see the reason there.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), 10);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 2000);
        resetPeakHeap();
        ThreadCpu cpu = ThreadCpu.start();
        long start = System.nanoTime();
        try (KafkaStreams streams = new KafkaStreams(topology, props)) {
            streams.start();
            awaitCaughtUp(broker, props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
            double seconds = (System.nanoTime() - start) / 1e9;
            ThreadCpu.Split split = cpu.split(name -> name.contains("StreamThread"));
            long peak = peakHeap();
            streams.close(Duration.ofSeconds(60));
            return new ReplayResult(seconds, peak, sizeOf(stateDir), split);
        }
    }

    private static void awaitCaughtUp(EmbeddedKafkaBroker broker, String applicationId) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < Topics.PATHWAY_EVENTS.partitions(); p++) {
                latest.put(new TopicPartition(Topics.PATHWAY_EVENTS.name(), p), OffsetSpec.latest());
            }
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
                if (end.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue())) {
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long sizeOf(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private ReplayBenchmark() {
    }
}
