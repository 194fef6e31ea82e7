package org.asistream.ingest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.IngestRejection;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.reference.ReferenceData;

/**
 * What the tests write to and read from the broker directly: the reference data in, the event log and the rejections
 * out.
 */
public final class PlatformTopics {

    private final String bootstrapServers;

    public PlatformTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public void publishReferenceData(ReferenceData data) {
        Topic<String, ReferenceEntry> topic = Topics.REFERENCE_DATA_TOPIC;
        try (KafkaProducer<String, ReferenceEntry> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (ReferenceEntry entry : data.entries()) {
                producer.send(new ProducerRecord<>(topic.name(), ReferenceData.keyOf(entry), entry)).get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("cannot publish the reference data", e);
        }
    }

    /** Every record of the event-log topic, from the beginning to its current end. */
    public List<ConsumerRecord<String, PathwayLogRecord>> eventLog() {
        return everyRecordOf(Topics.PATHWAY_EVENTS_TOPIC);
    }

    /** Every record of the rejections topic, from the beginning to its current end. */
    public List<ConsumerRecord<String, IngestRejection>> rejections() {
        return everyRecordOf(Topics.INGEST_REJECTIONS_TOPIC);
    }

    private <V> List<ConsumerRecord<String, V>> everyRecordOf(Topic<String, V> topic) {
        List<TopicPartition> partitions = IntStream.range(0, topic.spec().partitions())
                .mapToObj(partition -> new TopicPartition(topic.name(), partition))
                .toList();
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
