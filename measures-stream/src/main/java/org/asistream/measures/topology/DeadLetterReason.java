package org.asistream.measures.topology;

/** Why the stream set a record aside; the code is what the data-quality view counts per trust. */
public enum DeadLetterReason {
    /** The value is not an Avro record of the contract (or of any historical version of it). */
    UNDECODABLE,
    /** The event's type was added by a newer schema version than this stream knows. */
    UNKNOWN_EVENT_TYPE,
    /** The record's key is not the event's episode id, so it may sit in the wrong partition. */
    KEY_MISMATCH,
    /** The eventId was received with two different contents: neither copy counts. */
    CONFLICTING_EVENT_ID,
    /** Events of another episode carry the same eventId: it counts in none of them. */
    EVENT_ID_IN_ANOTHER_EPISODE,
    /** Anything else that went wrong while processing the record. */
    PROCESSING_ERROR
}
