package org.asistream.query.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.TrustDayView;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.serde.CodecSerde;

/** Writes view and reference records straight into the topics, as the stream and the launcher would. */
public final class ViewTopicsWriter implements AutoCloseable {

    private static final CodecSerde<TrustDayView> TRUST_DAY = CodecSerde.avro(TrustDayView.class);

    private final KafkaProducer<String, byte[]> producer;

    public ViewTopicsWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new ByteArraySerializer());
    }

    public void reference(ReferenceData data) {
        for (ReferenceEntry entry : data.entries()) {
            send(Topics.REFERENCE_DATA.name(), ReferenceData.keyOf(entry),
                    Topics.REFERENCE_DATA_TOPIC.valueSerde().serializer().serialize(Topics.REFERENCE_DATA.name(), entry));
        }
    }

    public void trustDay(TrustDay day) {
        send(Topics.TRUST_DAY_VIEWS.name(), day.key(),
                TRUST_DAY.serializer().serialize(Topics.TRUST_DAY_VIEWS.name(), day.build()));
    }

    /** Sends without waiting for the acknowledgement, for bulk loads. */
    public CompletableFuture<RecordMetadata> trustDayAsync(TrustDay day) {
        CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(Topics.TRUST_DAY_VIEWS.name(), day.key(), TRUST_DAY.serializer()
                .serialize(Topics.TRUST_DAY_VIEWS.name(), day.build())), (metadata, error) -> {
                    if (error != null) {
                        sent.completeExceptionally(error);
                    } else {
                        sent.complete(metadata);
                    }
                });
        return sent;
    }

    public void dataQuality(DataQualityView view) {
        send(Topics.DATA_QUALITY_VIEWS.name(), view.getTrust(),
                CodecSerde.avro(DataQualityView.class).serializer().serialize(Topics.DATA_QUALITY_VIEWS.name(), view));
    }

    public void clock(int partition, Instant at) {
        send(Topics.CLOCK_VIEWS.name(), "partition-" + partition, CodecSerde.avro(PlatformClock.class).serializer()
                .serialize(Topics.CLOCK_VIEWS.name(), new PlatformClock(partition, at)));
    }

    private void send(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
