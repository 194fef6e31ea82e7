package org.asistream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.asistream.schemas.avro.ArrivalMode;
import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.evolution.SchemaHistory;
import org.junit.jupiter.api.Test;

class SingleObjectCodecTest {

    private static final Instant ARRIVAL = Instant.parse("2011-03-01T10:15:00Z");

    private final SingleObjectCodec<PathwayLogRecord> logCodec = SingleObjectCodec.of(PathwayLogRecord.class);

    @Test
    void anEventRoundTripsThroughItsBytes() {
        PathwayLogRecord record = new PathwayLogRecord(strokeArrival(Instant.parse("2011-03-01T10:16:02.345Z")));

        assertThat(logCodec.decode(logCodec.encode(record))).isEqualTo(record);
    }

    @Test
    void aClockTickRoundTripsThroughItsBytes() {
        PathwayLogRecord record = new PathwayLogRecord(new ClockTick(ARRIVAL, "clock-1"));

        assertThat(logCodec.decode(logCodec.encode(record))).isEqualTo(record);
    }

    @Test
    void theBytesStartWithTheSingleObjectHeaderAndTheSchemaFingerprint() {
        byte[] bytes = logCodec.encode(new PathwayLogRecord(new ClockTick(ARRIVAL, "clock-1")));

        assertThat(Arrays.copyOf(bytes, 2)).containsExactly(0xC3, 0x01);
        assertThat(ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong())
                .isEqualTo(SchemaNormalization.parsingFingerprint64(PathwayLogRecord.getClassSchema()));
    }

    @Test
    void aRecordWrittenWithAnOlderSchemaVersionDecodesIntoTheCurrentClass() throws IOException {
        Schema v0 = testOnlyVersionZero();
        SingleObjectCodec<PathwayEvent> codec = SingleObjectCodec.of(PathwayEvent.class,
                SchemaHistory.of(Map.of(v0.getFullName(), List.of(v0))));

        PathwayEvent decoded = codec.decode(writtenWithVersionZero(v0));

        assertThat(decoded).isEqualTo(strokeArrival(null));
    }

    @Test
    void aRecordOfAnUnknownSchemaVersionIsRefusedNamingItsFingerprint() throws IOException {
        Schema v0 = testOnlyVersionZero();
        SingleObjectCodec<PathwayEvent> codec = SingleObjectCodec.of(PathwayEvent.class);
        String fingerprint = String.format("%016x", SchemaNormalization.parsingFingerprint64(v0));

        assertThatThrownBy(() -> codec.decode(writtenWithVersionZero(v0)))
                .isInstanceOf(RecordDecodingException.class)
                .hasMessage("cannot decode a PathwayEvent: its schema fingerprint " + fingerprint
                        + " is not a known version of PathwayEvent (written by a newer release or another producer?)");
    }

    @Test
    void bytesInAnotherFormatAreRefused() {
        assertThatThrownBy(() -> logCodec.decode("{\"eventId\": \"x\"}".getBytes()))
                .isInstanceOf(RecordDecodingException.class)
                .hasMessage("cannot decode a PathwayLogRecord: not Avro single-object encoding "
                        + "(it must start with the bytes C3 01)");
    }

    @Test
    void aTruncatedRecordIsRefused() {
        byte[] bytes = logCodec.encode(new PathwayLogRecord(strokeArrival(null)));

        assertThatThrownBy(() -> logCodec.decode(Arrays.copyOf(bytes, bytes.length - 5)))
                .isInstanceOf(RecordDecodingException.class)
                .hasMessageStartingWith("cannot decode a PathwayLogRecord: the record is truncated or corrupt");
    }

    @Test
    void theSerdeLeavesTombstonesAsNull() {
        CodecSerde<PathwayLogRecord> serde = CodecSerde.of(logCodec);

        assertThat(serde.serializer().serialize("topic", null)).isNull();
        assertThat(serde.deserializer().deserialize("topic", null)).isNull();
    }

    @Test
    void theSerdeEncodesWithTheCodec() {
        CodecSerde<PathwayLogRecord> serde = CodecSerde.avro(PathwayLogRecord.class);
        PathwayLogRecord record = new PathwayLogRecord(new ClockTick(ARRIVAL, "clock-1"));

        assertThat(serde.deserializer().deserialize("topic", serde.serializer().serialize("topic", record)))
                .isEqualTo(record);
    }

    private static PathwayEvent strokeArrival(Instant receivedAt) {
        return PathwayEvent.newBuilder()
                .setEventId("0f8fad5b-d9cb-469f-a165-70867728950e")
                .setType(EventType.STROKE_ARRIVAL)
                .setEpisodeId("EP-000123")
                .setTrust("T01")
                .setOccurredAt(ARRIVAL)
                .setOccurredAtOffsetSeconds(0)
                .setDetails(new StrokeArrival(ArrivalMode.AMBULANCE, false))
                .setReceivedAt(receivedAt)
                .build();
    }

    private static Schema testOnlyVersionZero() throws IOException {
        try (InputStream in = SingleObjectCodecTest.class.getResourceAsStream(
                "/avro/PathwayEvent-v0-without-receivedAt.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    /** The same stroke arrival as {@link #strokeArrival}, as a producer on the older schema wrote it. */
    private static byte[] writtenWithVersionZero(Schema v0) throws IOException {
        Schema details = v0.getField("details").schema().getTypes().stream()
                .filter(branch -> branch.getName().equals("StrokeArrival")).findFirst().orElseThrow();
        GenericRecord arrival = new GenericData.Record(details);
        arrival.put("arrivalMode", new GenericData.EnumSymbol(details.getField("arrivalMode").schema(), "AMBULANCE"));
        arrival.put("inHospitalOnset", false);
        GenericRecord event = new GenericData.Record(v0);
        event.put("eventId", "0f8fad5b-d9cb-469f-a165-70867728950e");
        event.put("type", new GenericData.EnumSymbol(v0.getField("type").schema(), "STROKE_ARRIVAL"));
        event.put("episodeId", "EP-000123");
        event.put("trust", "T01");
        event.put("occurredAt", ARRIVAL.toEpochMilli());
        event.put("occurredAtOffsetSeconds", 0);
        event.put("supersedes", null);
        event.put("details", arrival);
        return new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v0).encode(event).array();
    }
}
