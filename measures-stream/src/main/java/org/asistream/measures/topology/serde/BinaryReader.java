package org.asistream.measures.topology.serde;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Reads what {@link BinaryWriter} wrote, straight from the array; a record that ends early is reported as such. */
final class BinaryReader {

    private final byte[] bytes;
    private int position;

    BinaryReader(byte[] bytes) {
        this.bytes = bytes;
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
        require(1);
        return bytes[position++] & 0xFF;
    }

    int readInt() {
        require(4);
        int value = (bytes[position] & 0xFF) << 24 | (bytes[position + 1] & 0xFF) << 16
                | (bytes[position + 2] & 0xFF) << 8 | bytes[position + 3] & 0xFF;
        position += 4;
        return value;
    }

    long readLong() {
        return (long) readInt() << 32 | readInt() & 0xFFFFFFFFL;
    }

    boolean readBoolean() {
        return readByte() == 1;
    }

    String readString() {
        int encodedLength = readByte() << 8 | readByte();
        require(encodedLength);
        int start = position;
        position += encodedLength;
        if (isPlainAscii(start, encodedLength)) {
            return new String(bytes, start, encodedLength, StandardCharsets.ISO_8859_1);
        }
        return decodeModifiedUtf8(start, position);
    }

    /** Reads an enum constant stored by name without building the name as a string first. */
    <E extends Enum<E>> E readEnum(Class<E> type) {
        int encodedLength = readByte() << 8 | readByte();
        require(encodedLength);
        int start = position;
        position += encodedLength;
        EnumNames<E> names = EnumNames.of(type);
        E constant = names.find(bytes, start, encodedLength);
        if (constant == null) {
            throw new IllegalStateException("stored state names " + type.getSimpleName() + " '"
                    + decodeModifiedUtf8(start, position) + "', which this code does not know");
        }
        return constant;
    }

    private boolean isPlainAscii(int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (bytes[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    private String decodeModifiedUtf8(int start, int end) {
        char[] chars = new char[end - start];
        int count = 0;
        int at = start;
        while (at < end) {
            int b = bytes[at] & 0xFF;
            if (b < 0x80) {
                chars[count++] = (char) b;
                at++;
            } else if ((b & 0xE0) == 0xC0 && at + 1 < end) {
                chars[count++] = (char) ((b & 0x1F) << 6 | bytes[at + 1] & 0x3F);
                at += 2;
            } else if ((b & 0xF0) == 0xE0 && at + 2 < end) {
                chars[count++] = (char) ((b & 0x0F) << 12 | (bytes[at + 1] & 0x3F) << 6 | bytes[at + 2] & 0x3F);
                at += 3;
            } else {
                throw new IllegalStateException("malformed string in stored state at byte " + at);
            }
        }
        return new String(chars, 0, count);
    }

    String readNullableString() {
        return readBoolean() ? readString() : null;
    }

    <E extends Enum<E>> E readNullableEnum(Class<E> type) {
        return readBoolean() ? readEnum(type) : null;
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

    private void require(int count) {
        if (position + count > bytes.length) {
            throw new IllegalStateException("stored state ends early: " + count + " more bytes needed at byte " + position
                    + " of " + bytes.length);
        }
    }
}
