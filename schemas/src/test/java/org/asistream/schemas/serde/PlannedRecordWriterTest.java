package org.asistream.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.RandomData;
import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The codec's writer against Avro's own: the same bytes for random records of every schema the platform has. */
class PlannedRecordWriterTest {

    private static final int RECORDS_PER_SCHEMA = 3_000;

    /** Every record schema of the current version, by its generated class (src/main/avro/current). */
    static Stream<Class<? extends SpecificRecord>> everyRecordClass() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/avro/current"))) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".avsc"))
                    .map(name -> name.substring(0, name.length() - ".avsc".length()))
                    .sorted()
                    .toList();
            assertThat(names).contains("PathwayLogRecord", "TrustDayView", "ReferenceEntry", "DeadLetter");
            return names.stream().map(PlannedRecordWriterTest::recordClass);
        }
    }

    @ParameterizedTest
    @MethodSource("everyRecordClass")
    <T extends SpecificRecord> void writesTheSameBytesAsAvroForRandomRecords(Class<T> type) throws IOException {
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        BinaryMessageEncoder<T> avro = new BinaryMessageEncoder<>(model, schema);
        SingleObjectCodec<T> codec = SingleObjectCodec.of(type);
        int compared = 0;
        for (Object random : new RandomData(GenericData.get(), schema, RECORDS_PER_SCHEMA, 20261129L)) {
            T record = asSpecific(random, schema, model);
            byte[] expected = toArray(avro.encode(record));

            assertThat(codec.encode(record)).as("%s #%d: %s", type.getSimpleName(), compared, record)
                    .isEqualTo(expected);
            assertThat(codec.decode(expected)).isEqualTo(record);
            compared++;
        }
        assertThat(compared).isEqualTo(RECORDS_PER_SCHEMA);
    }

    @Test
    void writesEachBranchOfAUnionAsTheClassOfItsValueSays() {
        SingleObjectCodec<PathwayLogRecord> codec = SingleObjectCodec.of(PathwayLogRecord.class);
        Instant at = Instant.parse("2011-03-27T01:30:00Z");
        PathwayLogRecord tick = new PathwayLogRecord(new ClockTick(at, "clock-1"));
        PathwayLogRecord event = new PathwayLogRecord(PathwayEvent.newBuilder().setEventId("e1")
                .setType(EventType.IMAGING_REPORTED).setEpisodeId("ep-000001").setTrust("T01").setOccurredAt(at)
                .setOccurredAtOffsetSeconds(3600).setReceivedAt(at.plusSeconds(5)).build());

        // One codec, alternating branches: the remembered branch of one class never leaks into the other.
        for (int i = 0; i < 3; i++) {
            assertThat(codec.decode(codec.encode(tick))).isEqualTo(tick);
            assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
        }
    }

    /** A generic random record as the generated class, conversions (Instant for timestamps) applied by Avro. */
    private static <T> T asSpecific(Object generic, Schema schema, SpecificData model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<>(schema, GenericData.get()).write(generic, encoder);
        encoder.flush();
        return new SpecificDatumReader<T>(schema, schema, model)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends SpecificRecord> recordClass(String name) {
        try {
            return (Class<? extends SpecificRecord>) Class.forName("org.asistream.schemas.avro." + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated class for " + name + ".avsc", e);
        }
    }
}
