package org.asistream.platform;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.reference.ReferenceData;

/**
 * Brings the reference-data topic in line with a reference file: publishes each region, network and trust whose
 * record is new or changed, and leaves the rest alone, so a restart with the same file writes nothing. Entities that
 * are in the topic but no longer in the file are kept (history is not rewritten) and reported.
 */
final class ReferencePublisher {

    record Outcome(int published, List<String> notInFile) {
    }

    private final String bootstrapServers;

    ReferencePublisher(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    Outcome publish(ReferenceData data) throws Exception {
        Map<String, ReferenceEntry> current = readCurrent();
        int published = 0;
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, ReferenceEntry> producer = new KafkaProducer<>(config,
                Topics.REFERENCE_DATA_TOPIC.keySerde().serializer(), Topics.REFERENCE_DATA_TOPIC.valueSerde().serializer())) {
            for (ReferenceEntry entry : data.entries()) {
                String key = ReferenceData.keyOf(entry);
                if (!entry.equals(current.remove(key))) {
                    producer.send(new ProducerRecord<>(Topics.REFERENCE_DATA.name(), key, entry));
                    published++;
                }
            }
            producer.flush();
        }
        return new Outcome(published, current.keySet().stream().sorted().toList());
    }

    private Map<String, ReferenceEntry> readCurrent() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "asi-platform-reference-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, ReferenceEntry> current = new HashMap<>();
        try (KafkaConsumer<String, ReferenceEntry> consumer = new KafkaConsumer<>(config,
                Topics.REFERENCE_DATA_TOPIC.keySerde().deserializer(), Topics.REFERENCE_DATA_TOPIC.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REFERENCE_DATA.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.value() == null) {
                        current.remove(record.key());
                    } else {
                        current.put(record.key(), record.value());
                    }
                });
            }
        }
        return current;
    }
}
