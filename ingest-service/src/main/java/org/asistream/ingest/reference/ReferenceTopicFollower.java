package org.asistream.ingest.reference;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.reference.ReferenceData;
import org.jboss.logging.Logger;

/**
 * Reads the compacted reference-data topic from its beginning on a thread of its own and keeps following it, so a
 * trust added or moved between networks is known without a restart. The registry is published once the topic has
 * been read to the end it had at startup, and after every change from then on.
 */
@Singleton
public class ReferenceTopicFollower {

    private static final Logger LOG = Logger.getLogger(ReferenceTopicFollower.class);
    private static final Topic<String, ReferenceEntry> TOPIC = Topics.REFERENCE_DATA_TOPIC;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration END_OFFSETS_TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> kafkaConfig;
    private final OrganisationRegistry registry;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, ReferenceEntry> consumer;
    private Thread thread;

    @Inject
    ReferenceTopicFollower(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            OrganisationRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        consumer = new KafkaConsumer<>(consumerConfig(), TOPIC.keySerde().deserializer(),
                TOPIC.valueSerde().deserializer());
        thread = new Thread(this::follow, "asi-reference-data");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }

    private void follow() {
        List<TopicPartition> partitions = IntStream.range(0, TOPIC.spec().partitions())
                .mapToObj(partition -> new TopicPartition(TOPIC.name(), partition))
                .toList();
        Map<String, ReferenceEntry> entries = new LinkedHashMap<>();
        Map<TopicPartition, Long> endAtStartup = null;
        try (KafkaConsumer<String, ReferenceEntry> kafka = consumer) {
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            while (running) {
                boolean changed = pollInto(kafka, entries);
                if (endAtStartup == null) {
                    endAtStartup = endOffsets(kafka, partitions);
                }
                boolean caughtUp = registry.isLoaded() || (endAtStartup != null && reached(kafka, endAtStartup));
                if (caughtUp && (changed || !registry.isLoaded())) {
                    registry.update(ReferenceData.of(entries.values()));
                    LOG.infof("reference data: %d entries", entries.size());
                }
            }
        } catch (WakeupException e) {
            // stop() asked the consumer to leave its poll
        } catch (RuntimeException e) {
            LOG.error("the reference-data follower stopped; the registry keeps its last state", e);
        }
    }

    /** Applies one poll's records (a null value is a tombstone); true when anything changed. */
    private boolean pollInto(KafkaConsumer<String, ReferenceEntry> kafka, Map<String, ReferenceEntry> entries) {
        try {
            boolean changed = false;
            for (ConsumerRecord<String, ReferenceEntry> record : kafka.poll(POLL)) {
                if (record.value() == null) {
                    changed |= entries.remove(record.key()) != null;
                } else {
                    entries.put(record.key(), record.value());
                    changed = true;
                }
            }
            return changed;
        } catch (RecordDeserializationException e) {
            LOG.errorf(e.getCause(), "skipping unreadable reference-data record at %s offset %d", e.topicPartition(),
                    e.offset());
            kafka.seek(e.topicPartition(), e.offset() + 1);
            return false;
        }
    }

    /** The end offsets, or null while the broker cannot be reached (the caller asks again after its next poll). */
    private static Map<TopicPartition, Long> endOffsets(KafkaConsumer<String, ReferenceEntry> kafka,
            List<TopicPartition> partitions) {
        try {
            return kafka.endOffsets(partitions, END_OFFSETS_TIMEOUT);
        } catch (TimeoutException e) {
            LOG.warnf("cannot reach the broker to read the reference data yet (%s); retrying", e.getMessage());
            return null;
        }
    }

    private static boolean reached(KafkaConsumer<String, ReferenceEntry> kafka, Map<TopicPartition, Long> end) {
        try {
            return end.entrySet().stream().allMatch(partitionEnd ->
                    kafka.position(partitionEnd.getKey(), END_OFFSETS_TIMEOUT) >= partitionEnd.getValue());
        } catch (TimeoutException e) {
            return false;
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        // Assigned partitions, read from the beginning every start: no consumer group, nothing to commit.
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "asi-ingest-reference-data");
        return config;
    }
}
