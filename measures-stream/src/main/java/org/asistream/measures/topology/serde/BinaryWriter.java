package org.asistream.measures.topology.serde;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Writes the compact binary form of the stream's internal state and repartition records. */
final class BinaryWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    BinaryWriter version(int version) {
        return writeByte(version);
    }

    BinaryWriter writeByte(int value) {
        try {
            out.writeByte(value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BinaryWriter writeInt(int value) {
        try {
            out.writeInt(value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BinaryWriter writeLong(long value) {
        try {
            out.writeLong(value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BinaryWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    BinaryWriter writeString(String value) {
        try {
            out.writeUTF(value);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BinaryWriter writeNullableString(String value) {
        writeBoolean(value != null);
        return value == null ? this : writeString(value);
    }

    /** Enums are written by name, so reordering their constants never corrupts stored state. */
    BinaryWriter writeNullableEnum(Enum<?> value) {
        return writeNullableString(value == null ? null : value.name());
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
        return bytes.toByteArray();
    }
}
