package org.asistream.measures.topology.serde;

import java.time.Instant;
import java.util.Arrays;

/**
 * Writes the compact binary form of the stream's internal state and repartition records.
 *
 * <p>The layout is that of {@link java.io.DataOutput} (big-endian numbers, strings as a two-byte length and modified
 * UTF-8), written straight into a growing array: this runs for every event, and the stream classes cost several times
 * more.
 */
final class BinaryWriter {

    private byte[] buffer = new byte[512];
    private int length;

    BinaryWriter version(int version) {
        return writeByte(version);
    }

    BinaryWriter writeByte(int value) {
        ensure(1);
        buffer[length++] = (byte) value;
        return this;
    }

    BinaryWriter writeInt(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
        return this;
    }

    BinaryWriter writeLong(long value) {
        writeInt((int) (value >>> 32));
        return writeInt((int) value);
    }

    BinaryWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    BinaryWriter writeString(String value) {
        int chars = value.length();
        int encodedLength = 0;
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            encodedLength += c >= 0x0001 && c <= 0x007F ? 1 : c > 0x07FF ? 3 : 2;
        }
        if (encodedLength > 0xFFFF) {
            throw new IllegalArgumentException("a string of " + encodedLength + " bytes is too long to store");
        }
        ensure(2 + encodedLength);
        buffer[length++] = (byte) (encodedLength >>> 8);
        buffer[length++] = (byte) encodedLength;
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                buffer[length++] = (byte) c;
            } else if (c > 0x07FF) {
                buffer[length++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                buffer[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buffer[length++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                buffer[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    BinaryWriter writeNullableString(String value) {
        writeBoolean(value != null);
        return value == null ? this : writeString(value);
    }

    /** Enums are written by name, so reordering their constants never corrupts stored state. */
    <E extends Enum<E>> BinaryWriter writeNullableEnum(E value) {
        writeBoolean(value != null);
        return value == null ? this : writeEnum(value);
    }

    <E extends Enum<E>> BinaryWriter writeEnum(E value) {
        byte[] name = EnumNames.of(value.getDeclaringClass()).nameOf(value);
        ensure(2 + name.length);
        buffer[length++] = (byte) (name.length >>> 8);
        buffer[length++] = (byte) name.length;
        System.arraycopy(name, 0, buffer, length, name.length);
        length += name.length;
        return this;
    }

    BinaryWriter writeNullableInt(Integer value) {
        writeBoolean(value != null);
        return value == null ? this : writeInt(value);
    }

    BinaryWriter writeNullableBoolean(Boolean value) {
        return writeByte(value == null ? 2 : value ? 1 : 0);
    }

    BinaryWriter writeNullableInstant(Instant value) {
        writeBoolean(value != null);
        if (value != null) {
            writeLong(value.getEpochSecond());
            writeInt(value.getNano());
        }
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
