package org.asistream.measures.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.schemas.Stores;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.IngestRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest rejections on a real broker with exactly_once_v2: each is counted once in the data-quality view, also
 * after the application restarts on an empty state directory (its sums come back from the changelog, and what it
 * had already counted is not read again).
 */
class IngestRejectionsEndToEndTest {

    private static final String APPLICATION_ID = "asi-measures-rejections-e2e";
    private static final Instant AT = Instant.parse("2026-01-01T09:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void eachRejectionIsCountedOnceAcrossARestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
             KafkaProducer<String, IngestRejection> producer = producer(broker)) {
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();

            KafkaStreams first = EmbeddedStreams.start(broker, APPLICATION_ID, dataDir.resolve("state-1"));
            send(producer, rejection("T01", "invalid-events", 2, Map.of("invalid-events:occurredAt", 2L)),
                    rejection("T01", "malformed-json", 0, Map.of()),
                    rejection("T02", "foreign-trust", 1, Map.of("foreign-trust:trust", 1L)));
            EmbeddedStreams.awaitCommitted(broker, APPLICATION_ID, Topics.INGEST_REJECTIONS);
            first.close(Duration.ofSeconds(30));

            KafkaStreams second = EmbeddedStreams.start(broker, APPLICATION_ID, dataDir.resolve("state-2"));
            send(producer, rejection("T01", "invalid-events", 3, Map.of("invalid-events:occurredAt", 3L)));
            EmbeddedStreams.awaitCommitted(broker, APPLICATION_ID, Topics.INGEST_REJECTIONS);
            Map<String, DataQualityView> views = awaitViews(broker, 4);
            ReadOnlyKeyValueStore<String, TrustRejections> store = second.store(StoreQueryParameters.fromNameAndType(
                    Stores.INGEST_REJECTIONS, QueryableStoreTypes.<String, TrustRejections>keyValueStore()));
            TrustRejections t01 = store.get("T01");
            second.close(Duration.ofSeconds(30));

            Map<String, Long> t01Reasons = Map.of("invalid-events", 2L, "invalid-events:occurredAt", 5L,
                    "malformed-json", 1L);
            assertThat(t01).isEqualTo(new TrustRejections(3, 5, t01Reasons));
            assertThat(views.get("T01").getRejectedRequests()).isEqualTo(3);
            assertThat(views.get("T01").getRejectedEvents()).isEqualTo(5);
            assertThat(views.get("T01").getRejectionReasons()).containsExactlyInAnyOrderEntriesOf(t01Reasons);
            assertThat(views.get("T02").getRejectedRequests()).isEqualTo(1);
        }
    }

    private static IngestRejection rejection(String trust, String problem, long events, Map<String, Long> reasons) {
        return new IngestRejection(trust, AT, problem, events, reasons);
    }

    private static KafkaProducer<String, IngestRejection> producer(EmbeddedKafkaBroker broker) {
        Topic<String, IngestRejection> topic = Topics.INGEST_REJECTIONS_TOPIC;
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), topic.keySerde().serializer(),
                topic.valueSerde().serializer());
    }

    private static void send(KafkaProducer<String, IngestRejection> producer, IngestRejection... rejections) {
        for (IngestRejection rejection : rejections) {
            producer.send(new ProducerRecord<>(Topics.INGEST_REJECTIONS.name(), rejection.getTrust(), rejection));
        }
        producer.flush();
    }

    /**
     * The last committed view of each trust, read until at least {@code published} views have come and nothing more
     * for two seconds (a rejection counted twice would publish more), or a minute passes.
     */
    private static Map<String, DataQualityView> awaitViews(EmbeddedKafkaBroker broker, int published) {
        Map<String, DataQualityView> views = new TreeMap<>();
        int read = 0;
        long quietSince = System.nanoTime();
        try (KafkaConsumer<String, DataQualityView> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.DATA_QUALITY_VIEWS_TOPIC.keySerde().deserializer(),
                Topics.DATA_QUALITY_VIEWS_TOPIC.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.DATA_QUALITY_VIEWS.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((read < published || System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos())
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, DataQualityView> record : consumer.poll(Duration.ofMillis(200))) {
                    views.put(record.key(), record.value());
                    read++;
                    quietSince = System.nanoTime();
                }
            }
        }
        assertThat(read).as("data-quality views published, one per rejection").isEqualTo(published);
        return views;
    }
}
