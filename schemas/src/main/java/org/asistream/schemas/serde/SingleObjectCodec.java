package org.asistream.schemas.serde;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.asistream.schemas.evolution.SchemaHistory;

/**
 * Avro single-object encoding: the header {@code C3 01}, the 8-byte CRC-64-AVRO fingerprint of the writer's schema,
 * then the binary record. The decoder knows every recorded version of the schema, so a record written by any released
 * version is read into the current class by Avro's schema resolution.
 *
 * <p>Records are written by a {@link PlannedRecordWriter} (the same bytes as Avro's {@code BinaryMessageEncoder},
 * checked by {@code PlannedRecordWriterTest}), read by Avro's {@code BinaryMessageDecoder}.
 */
public final class SingleObjectCodec<T extends SpecificRecord> implements RecordCodec<T> {

    private static final int HEADER_LENGTH = 2;
    private static final int FINGERPRINT_LENGTH = 8;
    /** Room for most records without growing the buffer; an event takes about 110 bytes. */
    private static final int INITIAL_CAPACITY = 256;

    private final String typeName;
    private final byte[] header;
    private final PlannedRecordWriter writer;
    private final BinaryMessageDecoder<T> decoder;

    private SingleObjectCodec(String typeName, byte[] header, PlannedRecordWriter writer,
            BinaryMessageDecoder<T> decoder) {
        this.typeName = typeName;
        this.header = header;
        this.writer = writer;
        this.decoder = decoder;
    }

    /** A codec for a generated class that reads every version in this jar's schema history. */
    public static <T extends SpecificRecord> SingleObjectCodec<T> of(Class<T> type) {
        return of(type, SchemaHistory.onClasspath());
    }

    /** A codec for a generated class that reads every version the given history holds for it. */
    public static <T extends SpecificRecord> SingleObjectCodec<T> of(Class<T> type, SchemaHistory history) {
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        SchemaStore.Cache writerSchemas = new SchemaStore.Cache();
        history.versionsOf(schema.getFullName()).forEach(writerSchemas::addSchema);
        return new SingleObjectCodec<>(schema.getName(), headerOf(schema), PlannedRecordWriter.of(schema, model),
                new BinaryMessageDecoder<>(model, schema, writerSchemas));
    }

    @Override
    public byte[] encode(T record) {
        ByteSink out = new ByteSink(header);
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code C3 01} and the schema's CRC-64-AVRO fingerprint, little-endian. */
    private static byte[] headerOf(Schema schema) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH + FINGERPRINT_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0xC3).put((byte) 0x01).putLong(SchemaNormalization.parsingFingerprint64(schema));
        return header.array();
    }

    /** A growing byte array without ByteArrayOutputStream's locking: each encoding has its own. */
    private static final class ByteSink extends OutputStream {

        private byte[] bytes;
        private int size;

        ByteSink(byte[] start) {
            bytes = Arrays.copyOf(start, Math.max(INITIAL_CAPACITY, start.length));
            size = start.length;
        }

        @Override
        public void write(int b) {
            room(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            room(length);
            System.arraycopy(source, offset, bytes, size, length);
            size += length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    @Override
    public T decode(byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (MissingSchemaException e) {
            throw new RecordDecodingException("cannot decode a " + typeName + ": its schema fingerprint "
                    + fingerprintOf(bytes) + " is not a known version of " + typeName
                    + " (written by a newer release or another producer?)", e);
        } catch (BadHeaderException e) {
            throw new RecordDecodingException("cannot decode a " + typeName
                    + ": not Avro single-object encoding (it must start with the bytes C3 01)", e);
        } catch (IOException | RuntimeException e) {
            throw new RecordDecodingException("cannot decode a " + typeName + ": the record is truncated or corrupt ("
                    + e.getMessage() + ")", e);
        }
    }

    /** The writer's schema fingerprint in hex (as stored, little-endian), for the error message. */
    private static String fingerprintOf(byte[] bytes) {
        if (bytes.length < HEADER_LENGTH + FINGERPRINT_LENGTH) {
            return "(incomplete)";
        }
        long fingerprint = ByteBuffer.wrap(bytes, HEADER_LENGTH, FINGERPRINT_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
                .getLong();
        return String.format("%016x", fingerprint);
    }

    @Override
    public String toString() {
        return "SingleObjectCodec[" + typeName + "]";
    }
}
