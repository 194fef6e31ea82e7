package org.asistream.query.materialise;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.asistream.query.view.DataQuality;
import org.asistream.query.view.ViewStore;
import org.asistream.schemas.Topic;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.avro.TrustDayView;
import org.jboss.logging.Logger;

/**
 * Reads every partition of the view and reference-data topics from the beginning into the {@link ViewStore}, then
 * follows them. No consumer group: every instance holds all the views. Reads committed records only, since the
 * stream writes its views in transactions.
 *
 * <p>At startup it notes each partition's end offset; once it has read up to all of them the store is marked caught
 * up (readiness goes UP and the API answers). A record that cannot be read is counted, logged and skipped, so one
 * bad record cannot stop the views.
 */
public final class ViewMaterialiser implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ViewMaterialiser.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, Object> consumerConfig;
    private final ViewStore store;
    private final Map<String, Counter> applied = new HashMap<>();
    private final Map<String, Counter> unreadable = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;

    /** @param kafkaConfig the client settings of the cluster (bootstrap servers, security); the reading ones are set here */
    public ViewMaterialiser(Map<String, Object> kafkaConfig, ViewStore store, MeterRegistry meters) {
        this.store = store;
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "query-service-views");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        this.consumerConfig = Map.copyOf(config);
        for (Topic<String, ?> topic : ViewTopics.ALL) {
            applied.put(topic.name(), Counter.builder("asi.query.view.records")
                    .description("View and reference records applied to the local views")
                    .tag("topic", topic.name()).register(meters));
            unreadable.put(topic.name(), Counter.builder("asi.query.view.records.unreadable")
                    .description("View records skipped because their key or value could not be read")
                    .tag("topic", topic.name()).register(meters));
        }
        this.thread = new Thread(this::run, "view-materialiser");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            if (partitions.isEmpty()) {
                return;
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> startupEnds = awaitEndOffsets(kafka, partitions);
            while (running) {
                try {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                        apply(record);
                    }
                    store.publish();
                    if (!store.caughtUp() && reached(kafka, startupEnds)) {
                        store.markCaughtUp();
                        LOG.info("Views caught up with the topics; answering queries");
                    }
                } catch (WakeupException | InterruptException e) {
                    // close() asked us to stop.
                } catch (KafkaException e) {
                    LOG.warnf("Reading the views failed (%s); retrying", e.getMessage());
                    pause();
                }
            }
        } catch (WakeupException | InterruptException e) {
            // close() asked us to stop while waiting for the topics.
        } catch (RuntimeException e) {
            LOG.error("The view materialiser stopped; this instance's views no longer follow the topics", e);
        }
    }

    /** Waits until every topic exists (the launcher or the stream may create them after this service starts). */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, byte[]> kafka) {
        boolean warned = false;
        while (running) {
            try {
                List<TopicPartition> partitions = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (Topic<String, ?> topic : ViewTopics.ALL) {
                    List<PartitionInfo> infos = kafka.partitionsFor(topic.name(), METADATA_TIMEOUT);
                    if (infos == null || infos.isEmpty()) {
                        missing.add(topic.name());
                    } else {
                        infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                    }
                }
                if (missing.isEmpty()) {
                    return partitions;
                }
                if (!warned) {
                    LOG.warnf("Waiting for the topics %s to exist", missing);
                    warned = true;
                }
            } catch (KafkaException e) {
                if (!warned) {
                    LOG.warnf("Waiting for Kafka (%s)", e.getMessage());
                    warned = true;
                }
            }
            pause();
        }
        return List.of();
    }

    private Map<TopicPartition, Long> awaitEndOffsets(KafkaConsumer<String, byte[]> kafka,
                                                     List<TopicPartition> partitions) {
        while (running) {
            try {
                return kafka.endOffsets(partitions, METADATA_TIMEOUT);
            } catch (KafkaException e) {
                LOG.warnf("Cannot read the end offsets of the views yet (%s); retrying", e.getMessage());
                pause();
            }
        }
        return Map.of();
    }

    private static boolean reached(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (kafka.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        String topic = record.topic();
        try {
            if (topic.equals(ViewTopics.TRUST_DAY_VIEWS.name())) {
                TrustDayFigures.Key key = TrustDayFigures.Key.parse(record.key());
                TrustDayView view = decode(ViewTopics.TRUST_DAY_VIEWS, record);
                store.putTrustDay(key.trust(), key.day(), view == null ? null : TrustDayFigures.of(view));
            } else if (topic.equals(ViewTopics.DATA_QUALITY_VIEWS.name())) {
                DataQualityView view = decode(ViewTopics.DATA_QUALITY_VIEWS, record);
                store.putDataQuality(requireKey(record), view == null ? null : new DataQuality(view.getTrust(),
                        view.getNewestOccurredAt(), view.getNewestReceivedAt(), view.getEventsReceived(),
                        view.getDeadLetters(), view.getDeadLetterReasons(), view.getRejectedRequests(),
                        view.getRejectedEvents(), view.getRejectionReasons()));
            } else if (topic.equals(ViewTopics.CLOCK_VIEWS.name())) {
                PlatformClock clock = decode(ViewTopics.CLOCK_VIEWS, record);
                store.putPartitionClock(requireKey(record), clock == null ? null : clock.getAt());
            } else {
                store.putReference(requireKey(record), decode(ViewTopics.REFERENCE_DATA, record));
            }
            applied.get(topic).increment();
        } catch (RuntimeException e) {
            unreadable.get(topic).increment();
            LOG.warnf("Skipping unreadable record %s-%d@%d (key %s): %s", topic, record.partition(), record.offset(),
                    record.key(), e.getMessage());
        }
    }

    private static <V> V decode(Topic<String, V> topic, ConsumerRecord<String, byte[]> record) {
        return topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
    }

    private static String requireKey(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("the record has no key");
        }
        return record.key();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> kafka = consumer;
        if (kafka != null) {
            kafka.wakeup();
        }
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
