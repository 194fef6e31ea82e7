package org.asistream.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.asistream.schemas.evolution.SchemaHistory;

/**
 * Avro single-object encoding: the header {@code C3 01}, the 8-byte CRC-64-AVRO fingerprint of the writer's schema,
 * then the binary record. The decoder knows every recorded version of the schema, so a record written by any released
 * version is read into the current class by Avro's schema resolution.
 */
public final class SingleObjectCodec<T extends SpecificRecord> implements RecordCodec<T> {

    private static final int HEADER_LENGTH = 2;
    private static final int FINGERPRINT_LENGTH = 8;

    private final String typeName;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private SingleObjectCodec(String typeName, BinaryMessageEncoder<T> encoder, BinaryMessageDecoder<T> decoder) {
        this.typeName = typeName;
        this.encoder = encoder;
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
        return new SingleObjectCodec<>(schema.getName(),
                new BinaryMessageEncoder<>(model, schema),
                new BinaryMessageDecoder<>(model, schema, writerSchemas));
    }

    @Override
    public byte[] encode(T record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            encoder.encode(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
