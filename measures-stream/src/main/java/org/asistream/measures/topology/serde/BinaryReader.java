package org.asistream.measures.topology.serde;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** Reads what {@link BinaryWriter} wrote. */
final class BinaryReader {

    private final DataInputStream in;

    BinaryReader(byte[] bytes) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** Reads the leading format version and refuses one this code does not know. */
    BinaryReader expectVersion(int supported, String what) {
        int version = readByte();
        if (version != supported) {
            throw new IllegalStateException(what + " stored in format version " + version + ", this code reads " + supported);
        }
        return this;
    }

    int readByte() {
        try {
            return in.readUnsignedByte();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int readInt() {
        try {
            return in.readInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long readLong() {
        try {
            return in.readLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean readBoolean() {
        return readByte() == 1;
    }

    String readString() {
        try {
            return in.readUTF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String readNullableString() {
        return readBoolean() ? readString() : null;
    }

    <E extends Enum<E>> E readNullableEnum(Class<E> type) {
        String name = readNullableString();
        return name == null ? null : Enum.valueOf(type, name);
    }

    Integer readNullableInt() {
        return readBoolean() ? readInt() : null;
    }

    Boolean readNullableBoolean() {
        int code = readByte();
        return code == 2 ? null : code == 1;
    }

    Instant readNullableInstant() {
        return readBoolean() ? Instant.ofEpochSecond(readLong(), readInt()) : null;
    }
}
