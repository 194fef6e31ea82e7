package org.asistream.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.TrustDayView;

/** Writing events straight to the events topic, and reading what the stream made of them. */
final class EventLog {

    private final KafkaCluster cluster;

    EventLog(KafkaCluster cluster) {
        this.cluster = cluster;
    }

    /** An idempotent acks=all producer of the events topic, batched for speed. */
    KafkaProducer<String, PathwayLogRecord> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, "10",
                ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024)),
                Topics.PATHWAY_EVENTS_TOPIC.keySerde().serializer(), Topics.PATHWAY_EVENTS_TOPIC.valueSerde().serializer());
    }

    /** Writes the events, keyed by episode, and waits for every acknowledgement. */
    void write(List<PathwayEvent> events) {
        try (KafkaProducer<String, PathwayLogRecord> producer = producer()) {
            write(producer, events);
        }
    }

    static void write(KafkaProducer<String, PathwayLogRecord> producer, List<PathwayEvent> events) {
        for (PathwayEvent event : events) {
            producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), event.getEpisodeId(), new PathwayLogRecord(event)),
                    (metadata, error) -> {
                        if (error != null) {
                            throw new IllegalStateException("event not written: " + error, error);
                        }
                    });
        }
        producer.flush();
    }

    /** The end offsets of the events topic now. */
    Map<TopicPartition, Long> eventsEnd() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < Topics.PATHWAY_EVENTS.partitions(); p++) {
            latest.put(new TopicPartition(Topics.PATHWAY_EVENTS.name(), p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        cluster.admin().listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> end.put(tp, info.offset()));
        return end;
    }

    /** How many records of the events topic the application has committed, over all partitions. */
    long committed(String applicationId) throws Exception {
        return committedOffsets(applicationId).entrySet().stream()
                .filter(e -> e.getKey().topic().equals(Topics.PATHWAY_EVENTS.name()))
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String applicationId) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = cluster.admin().listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> present = new HashMap<>();
        committed.forEach((tp, offset) -> {
            if (offset != null) {
                present.put(tp, offset);
            }
        });
        return present;
    }

    /**
     * Waits until the application has committed every record the events topic held when this was called (the clock
     * ticks keep coming, so "the end" is taken once), then until its repartition topics are consumed to their end.
     */
    void awaitCaughtUp(String applicationId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> target = eventsEnd();
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> committed;
            try {
                committed = committedOffsets(applicationId);
            } catch (Exception notAvailable) {
                committed = Map.of();
            }
            Map<TopicPartition, OffsetAndMetadata> now = committed;
            boolean caughtUp = target.entrySet().stream().allMatch(e -> e.getValue() == 0
                    || now.get(e.getKey()) != null && now.get(e.getKey()).offset() >= e.getValue());
            if (caughtUp) {
                awaitInternalTopicsConsumed(applicationId, now, deadline);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(applicationId + " did not catch up with the events topic within "
                        + timeout.toSeconds() + " s: committed " + committed(applicationId) + " of " + sum(target));
            }
            Thread.sleep(500);
        }
    }

    /** The application's repartition topics consumed up to the end they had when the events were caught up. */
    private void awaitInternalTopicsConsumed(String applicationId, Map<TopicPartition, OffsetAndMetadata> committed,
                                             long deadline) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().stream().filter(tp -> !tp.topic().equals(Topics.PATHWAY_EVENTS.name())
                && !tp.topic().equals(Topics.REFERENCE_DATA.name())).forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        if (latest.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        cluster.admin().listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> end.put(tp, info.offset()));
        while (true) {
            Map<TopicPartition, OffsetAndMetadata> now = committedOffsets(applicationId);
            if (end.entrySet().stream().allMatch(e -> now.get(e.getKey()) != null && now.get(e.getKey()).offset() >= e.getValue())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(applicationId + " did not consume its repartition topics to " + end + ": " + now);
            }
            Thread.sleep(500);
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The latest committed value of every trust-day view key (tombstones remove the key). */
    Map<String, TrustDayView> views() {
        Map<String, TrustDayView> views = new TreeMap<>();
        readToEnd(Topics.TRUST_DAY_VIEWS_TOPIC, record -> {
            if (record.value() == null) {
                views.remove(record.key());
            } else {
                views.put(record.key(), record.value());
            }
        });
        return views;
    }

    /** Every pathway event in the event log (clock ticks left out), as written. */
    List<PathwayEvent> events() {
        List<PathwayEvent> events = new ArrayList<>();
        readToEnd(Topics.PATHWAY_EVENTS_TOPIC, record -> {
            if (record.value() != null && record.value().getEntry() instanceof PathwayEvent event) {
                events.add(event);
            }
        });
        return events;
    }

    /**
     * Reads the views again and again until they equal {@code expected} or {@code timeout} passes (the summing
     * sub-topology may still publish), and returns the last reading.
     */
    Map<String, TrustDayView> awaitViews(Map<String, TrustDayView> expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, TrustDayView> views = views();
        while (!views.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            views = views();
        }
        return views;
    }

    private <K, V> void readToEnd(Topic<K, V> topic, Consumer<ConsumerRecord<K, V>> each) {
        Deserializer<K> keys = topic.keySerde().deserializer();
        Deserializer<V> values = topic.valueSerde().deserializer();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-tests-reader-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000"), keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(each);
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic.name() + " to its end " + end);
                }
            }
        }
    }
}
