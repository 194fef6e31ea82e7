package org.asistream.measures.topology.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** State written by earlier releases (through java.io.DataOutput) must read back, and new state must read the same. */
class BinaryFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "T001", "episode-7f3a", "é", "\u0000", "日本", "\uD83D\uDE00 emoji", "mixed é 日 \u0000 end"})
    void writesStringsExactlyAsDataOutputDoes(String value) throws IOException {
        assertArrayEquals(dataOutput(value, 42, -7L), new BinaryWriter().writeString(value).writeInt(42).writeLong(-7L)
                .toByteArray());
        BinaryReader reader = new BinaryReader(dataOutput(value, 42, -7L));
        assertEquals(value, reader.readString());
        assertEquals(42, reader.readInt());
        assertEquals(-7L, reader.readLong());
    }

    @Test
    void randomValuesRoundTripThroughBothFormats() throws IOException {
        Random random = new Random(20261129);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(40); c > 0; c--) {
                text.append((char) (random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0xD800)));
            }
            int number = random.nextInt();
            long big = random.nextLong();
            byte[] written = new BinaryWriter().writeString(text.toString()).writeInt(number).writeLong(big).toByteArray();
            assertArrayEquals(dataOutput(text.toString(), number, big), written, "case " + i);
            DataInputStream legacy = new DataInputStream(new ByteArrayInputStream(written));
            assertEquals(text.toString(), legacy.readUTF());
            assertEquals(number, legacy.readInt());
            assertEquals(big, legacy.readLong());
        }
    }

    @Test
    void nullableValuesRoundTrip() {
        Instant at = Instant.parse("2011-03-27T01:30:00.123456789Z");
        byte[] bytes = new BinaryWriter().writeNullableInstant(at).writeNullableInstant(null).writeNullableBoolean(null)
                .writeNullableBoolean(true).writeNullableInt(null).writeNullableInt(-3).writeNullableString(null)
                .toByteArray();
        BinaryReader reader = new BinaryReader(bytes);
        assertEquals(at, reader.readNullableInstant());
        assertEquals(null, reader.readNullableInstant());
        assertEquals(null, reader.readNullableBoolean());
        assertEquals(true, reader.readNullableBoolean());
        assertEquals(null, reader.readNullableInt());
        assertEquals(-3, reader.readNullableInt());
        assertEquals(null, reader.readNullableString());
    }

    @Test
    void refusesStateThatEndsEarly() {
        byte[] truncated = new BinaryWriter().writeString("T001").writeInt(5).toByteArray();
        BinaryReader reader = new BinaryReader(java.util.Arrays.copyOf(truncated, truncated.length - 1));
        assertEquals("T001", reader.readString());
        IllegalStateException error = assertThrows(IllegalStateException.class, reader::readInt);
        assertEquals("stored state ends early: 4 more bytes needed at byte 6 of 9", error.getMessage());
    }

    private static byte[] dataOutput(String text, int number, long big) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(text);
            out.writeInt(number);
            out.writeLong(big);
        }
        return bytes.toByteArray();
    }
}
