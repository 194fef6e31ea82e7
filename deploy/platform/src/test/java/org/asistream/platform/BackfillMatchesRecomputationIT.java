package org.asistream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.ViewRecomputation;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill of history for every trust, with the feed's dirt (duplicates, late and out-of-order events, corrections,
 * retractions), posted through the ingest API of the platform as {@code deploy/asi-platform run} starts it: the views
 * the stream publishes end up equal to a recomputation from scratch of everything in the event log.
 *
 * <p>In {@code ./mvnw verify} it backfills two months at scale 0.15. The full year of the issue is the same test with
 * {@code -Dbackfill.from=2010-04 -Dbackfill.to=2011-03 -Dbackfill.scale=1.0 -Dbackfill.settle-minutes=30}
 * (docs/simulation.md records the run).
 */
class BackfillMatchesRecomputationIT {

    private static final String FROM = System.getProperty("backfill.from", "2010-04");
    private static final String TO = System.getProperty("backfill.to", "2010-05");
    private static final String SCALE = System.getProperty("backfill.scale", "0.15");
    private static final Duration FEED_FINISHES_WITHIN = Duration.ofMinutes(60);
    private static final Duration VIEWS_SETTLE_WITHIN =
            Duration.ofMinutes(Long.getLong("backfill.settle-minutes", 3));

    @TempDir
    Path dataDir;

    @Test
    void viewsAfterADirtyBackfillEqualARecomputationFromTheLog() throws Exception {
        PlatformPorts ports = PlatformPorts.free();
        try (RunningPlatform platform = RunningPlatform.start(dataDir, ports)) {
            platform.awaitOutput("ASI Stream is running.", Duration.ofSeconds(240));

            Path feedOutput = Files.createTempFile("asi-feed", ".out");
            Process feed = new ProcessBuilder(RunningPlatform.SCRIPT.toString(), "feed", "backfill",
                    "--url", "http://127.0.0.1:" + ports.ingest(),
                    "--credentials", dataDir.resolve("demo-credentials.json").toString(),
                    "--from", FROM, "--to", TO, "--scale", SCALE, "--seed", "11",
                    "--duplicates", "0.05", "--late", "0.05", "--out-of-order", "0.05",
                    "--corrections", "0.03", "--retractions", "0.02")
                    .redirectErrorStream(true).redirectOutput(feedOutput.toFile()).start();
            assertThat(feed.waitFor(FEED_FINISHES_WITHIN.toMinutes(), TimeUnit.MINUTES))
                    .as("the backfill finished in time").isTrue();
            assertThat(feed.exitValue()).as("backfill exit code; output:\n" + Files.readString(feedOutput)).isZero();

            String bootstrap = "127.0.0.1:" + ports.kafka();
            Instant feedDone = Instant.now();
            List<PathwayLogRecord> log = readAll(bootstrap, Topics.PATHWAY_EVENTS_TOPIC);
            long events = log.stream().filter(r -> r.getEntry() instanceof org.asistream.schemas.avro.PathwayEvent).count();
            assertThat(events).as("events in the log").isGreaterThan(1_000);
            // The backfill is of 2010: every deadline has passed at any clock reading of today.
            Map<String, TrustDayView> expected = ViewRecomputation.fromEventLog(log, Instant.now(),
                    MeasuresConfig.defaults().bankHolidays());
            assertThat(expected).as("recomputed views").hasSizeGreaterThan(100);

            Map<String, TrustDayView> published = Map.of();
            long deadline = System.nanoTime() + VIEWS_SETTLE_WITHIN.toNanos();
            while (System.nanoTime() < deadline) {
                published = latestViews(bootstrap);
                if (published.equals(expected)) {
                    break;
                }
                Thread.sleep(2_000);
            }
            assertThat(published).as("published views (latest per key) after the stream caught up")
                    .containsExactlyInAnyOrderEntriesOf(expected);
            System.out.printf("backfill %s..%s scale %s: %,d events in the log, %,d trust-day views equal to the "
                            + "recomputation, %d s after the feed finished%n", FROM, TO, SCALE, events, expected.size(),
                    Duration.between(feedDone, Instant.now()).toSeconds());
        }
    }

    /** The latest view per key, a tombstone removing it: what a compacted topic says. */
    private static Map<String, TrustDayView> latestViews(String bootstrap) {
        Map<String, TrustDayView> views = new TreeMap<>();
        for (ConsumerRecord<String, TrustDayView> record : records(bootstrap, Topics.TRUST_DAY_VIEWS_TOPIC)) {
            if (record.value() == null) {
                views.remove(record.key());
            } else {
                views.put(record.key(), record.value());
            }
        }
        return views;
    }

    private static <V> List<V> readAll(String bootstrap, Topic<String, V> topic) {
        List<V> values = new ArrayList<>();
        records(bootstrap, topic).forEach(record -> values.add(record.value()));
        return values;
    }

    /** Every committed record of the topic up to its end now, in partition order. */
    private static <V> List<ConsumerRecord<String, V>> records(String bootstrap, Topic<String, V> topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("read " + topic.name() + " to its end in time").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
