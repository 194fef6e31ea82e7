package org.asistream.schemas.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** A Kafka serde over a {@link RecordCodec}. A null value (a tombstone) stays null both ways. */
public final class CodecSerde<T> implements Serde<T> {

    private final RecordCodec<T> codec;

    private CodecSerde(RecordCodec<T> codec) {
        this.codec = codec;
    }

    public static <T> CodecSerde<T> of(RecordCodec<T> codec) {
        return new CodecSerde<>(codec);
    }

    /** The platform's default: single-object encoding with every recorded version of the class's schema. */
    public static <T extends SpecificRecord> CodecSerde<T> avro(Class<T> type) {
        return of(SingleObjectCodec.of(type));
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : codec.encode(record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : codec.decode(bytes);
    }

    @Override
    public String toString() {
        return "CodecSerde[" + codec + "]";
    }
}
