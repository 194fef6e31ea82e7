package org.asistream.schemas.serde;

/**
 * Turns records into bytes and back. The platform's default is {@link SingleObjectCodec}; a schema-registry-backed
 * codec can replace it behind this interface without touching producers or the topology.
 */
public interface RecordCodec<T> {

    byte[] encode(T record);

    /**
     * @throws RecordDecodingException when the bytes are not a record this codec can read (the caller dead-letters
     *         them)
     */
    T decode(byte[] bytes);
}
