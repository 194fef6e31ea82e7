package org.asistream.schemas.serde;

/** Bytes that are not a readable record: an unknown schema version, a foreign format, or corruption. */
public class RecordDecodingException extends RuntimeException {

    public RecordDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
