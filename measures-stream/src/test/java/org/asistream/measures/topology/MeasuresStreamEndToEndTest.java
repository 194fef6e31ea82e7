package org.asistream.measures.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.measures.domain.RandomEpisodes;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on a real broker with exactly_once_v2 and RocksDB: events in, views out, across a restart of the
 * application in the middle of the stream (on an empty state directory, so its state comes back from the
 * changelogs), and a replay of the whole log into a fresh application that publishes the same views.
 */
class MeasuresStreamEndToEndTest {

    private static final String APPLICATION_ID = "asi-measures-e2e";

    @TempDir
    Path dataDir;

    @Test
    void viewsAreExactlyOnceAcrossARestartAndEqualAReplayIntoAFreshApplication() throws Exception {
        List<PathwayEvent> events = randomEpisodes(80, new Random(20110401));
        Instant finalNow = events.stream().map(PathwayEvent::occurredAt).max(Instant::compareTo).orElseThrow()
                .plus(Duration.ofDays(200));
        Map<String, TrustDayView> expected = ViewRecomputation.fromScratch(events, finalNow,
                MeasuresConfig.defaults().bankHolidays());
        List<PathwayEvent> arrivals = shuffledWithRepeats(events, new Random(7));
        int half = arrivals.size() / 2;

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
             KafkaProducer<String, byte[]> producer = producer(broker)) {
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();

            KafkaStreams first = EmbeddedStreams.start(broker, APPLICATION_ID, dataDir.resolve("state-1"));
            send(producer, arrivals.subList(0, half));
            EmbeddedStreams.awaitCommitted(broker, APPLICATION_ID, Topics.PATHWAY_EVENTS);
            first.close(Duration.ofSeconds(30));

            KafkaStreams second = EmbeddedStreams.start(broker, APPLICATION_ID, dataDir.resolve("state-2"));
            send(producer, arrivals.subList(half, arrivals.size()));
            tickEveryPartition(producer, finalNow);
            EmbeddedStreams.awaitCommitted(broker, APPLICATION_ID, Topics.PATHWAY_EVENTS);
            Map<String, TrustDayView> live = awaitViews(broker, Map.of(), expected);
            second.close(Duration.ofSeconds(30));
            assertThat(live).as("views after a live run with a restart").isEqualTo(expected);

            Map<TopicPartition, Long> beforeReplay = endOffsets(broker);
            KafkaStreams replay = EmbeddedStreams.start(broker, "asi-measures-replay", dataDir.resolve("state-replay"));
            EmbeddedStreams.awaitCommitted(broker, "asi-measures-replay", Topics.PATHWAY_EVENTS);
            Map<String, TrustDayView> replayed = awaitViews(broker, beforeReplay, expected);
            replay.close(Duration.ofSeconds(30));
            assertThat(replayed).as("views published by the replay alone").isEqualTo(expected);
        }
    }

    private static List<PathwayEvent> randomEpisodes(int count, Random random) {
        List<PathwayEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RandomEpisodes.episode("EPISODE-E2E-" + i, random).stream()
                    .map(AvroEventFixtures::throughTheContract).forEach(events::add);
        }
        RandomEpisodes.reuseEventIdsAcrossEpisodes(events, 6, random);
        return events;
    }

    private static List<PathwayEvent> shuffledWithRepeats(List<PathwayEvent> events, Random random) {
        List<PathwayEvent> arrivals = new ArrayList<>(events);
        for (int i = 0; i < events.size() / 10; i++) {
            arrivals.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(arrivals, random);
        return arrivals;
    }

    private static KafkaProducer<String, byte[]> producer(EmbeddedKafkaBroker broker) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, List<PathwayEvent> events) {
        for (PathwayEvent event : events) {
            producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), event.episodeId(), AvroEventFixtures.encode(event)));
        }
        producer.flush();
    }

    private static void tickEveryPartition(KafkaProducer<String, byte[]> producer, Instant at) {
        for (int partition = 0; partition < Topics.PATHWAY_EVENTS.partitions(); partition++) {
            producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), partition, at.toEpochMilli(),
                    Topics.CLOCK_TICK_KEY, AvroEventFixtures.tick(at)));
        }
        producer.flush();
    }

    /**
     * Reads the published views until they equal the expectation or two minutes pass (the summing sub-topology may
     * still be working through its repartition topic when the events topic is caught up); returns the last reading.
     */
    private static Map<String, TrustDayView> awaitViews(EmbeddedKafkaBroker broker, Map<TopicPartition, Long> from,
                                                        Map<String, TrustDayView> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Map<String, TrustDayView> views = latestViews(broker, from);
        while (!views.equals(expected) && System.nanoTime() < deadline) {
            views = latestViews(broker, from);
        }
        return views;
    }

    private static Map<TopicPartition, Long> endOffsets(EmbeddedKafkaBroker broker) {
        try (KafkaConsumer<String, TrustDayView> consumer = viewConsumer(broker)) {
            List<TopicPartition> partitions = viewPartitions(consumer);
            return consumer.endOffsets(partitions);
        }
    }

    /** The last value of every key of the trust-day views published from the given offsets on (tombstones remove). */
    private static Map<String, TrustDayView> latestViews(EmbeddedKafkaBroker broker, Map<TopicPartition, Long> from)
            throws InterruptedException {
        Map<String, TrustDayView> views = new TreeMap<>();
        long quietSince = System.nanoTime();
        try (KafkaConsumer<String, TrustDayView> consumer = viewConsumer(broker)) {
            List<TopicPartition> partitions = viewPartitions(consumer);
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, from.getOrDefault(partition, 0L));
            }
            // Read until nothing new has arrived for two seconds: the stream has published everything by then.
            while (System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()) {
                for (ConsumerRecord<String, TrustDayView> record : consumer.poll(Duration.ofMillis(200))) {
                    quietSince = System.nanoTime();
                    if (record.value() == null) {
                        views.remove(record.key());
                    } else {
                        views.put(record.key(), record.value());
                    }
                }
            }
        }
        return views;
    }

    private static KafkaConsumer<String, TrustDayView> viewConsumer(EmbeddedKafkaBroker broker) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                Topics.TRUST_DAY_VIEWS_TOPIC.keySerde().deserializer(), Topics.TRUST_DAY_VIEWS_TOPIC.valueSerde().deserializer());
    }

    private static List<TopicPartition> viewPartitions(KafkaConsumer<String, TrustDayView> consumer) {
        return consumer.partitionsFor(Topics.TRUST_DAY_VIEWS.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }
}
