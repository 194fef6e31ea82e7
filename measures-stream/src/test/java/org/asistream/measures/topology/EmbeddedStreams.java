package org.asistream.measures.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.measures.app.BoundedRocksDbMemory;
import org.asistream.schemas.TopicSpec;

/** The measures topology as an application on the embedded broker, the way the end-to-end tests run it. */
final class EmbeddedStreams {

    /** Starts the production topology (exactly_once_v2, RocksDB bounded) and waits until it is RUNNING. */
    static KafkaStreams start(EmbeddedKafkaBroker broker, String applicationId, Path stateDir) throws InterruptedException {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // The broker's shortest session: a restarted instance waits that long for the closed one's partitions.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        KafkaStreams streams = new KafkaStreams(MeasuresTopology.buildTopology(MeasuresConfig.defaults()), props);
        streams.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            assertThat(System.nanoTime()).as("Kafka Streams reached RUNNING, state " + streams.state()).isLessThan(deadline);
            Thread.sleep(100);
        }
        return streams;
    }

    /** Waits until the application has committed every record of the input topic. */
    static void awaitCommitted(EmbeddedKafkaBroker broker, String applicationId, TopicSpec input) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < input.partitions(); p++) {
                latest.put(new TopicPartition(input.name(), p), OffsetSpec.latest());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (true) {
                Map<TopicPartition, Long> end = new HashMap<>();
                admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
                boolean caughtUp = end.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue());
                if (caughtUp) {
                    return;
                }
                assertThat(System.nanoTime()).as("application caught up with " + input.name()).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private EmbeddedStreams() {
    }
}
