package org.asistream.measures.topology;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.asistream.schemas.avro.DeadLetter;

/** Builds the letter that sets a record aside: where it was read, what it held and why it was not used. */
final class DeadLetters {

    private DeadLetters() {
    }

    /**
     * @param source   where the record was read, or null when the letter is not about the record being processed
     * @param fallbackTopic the source topic to name when {@code source} is null
     * @param value    the raw value as read, or null when there is none to keep
     */
    static DeadLetter letter(RecordMetadata source, String fallbackTopic, String key, byte[] value,
                             DeadLetterReason reason, String detail, String eventId, String episodeId, String trust,
                             Instant at) {
        return DeadLetter.newBuilder()
                .setSourceTopic(source == null ? fallbackTopic : source.topic())
                .setPartition(source == null ? -1 : source.partition())
                .setOffset(source == null ? -1 : source.offset())
                .setKey(key)
                .setValue(value == null ? null : ByteBuffer.wrap(value))
                .setReason(reason.name() + ": " + detail)
                .setEventId(eventId)
                .setEpisodeId(episodeId)
                .setTrust(trust)
                .setAt(at)
                .build();
    }
}
