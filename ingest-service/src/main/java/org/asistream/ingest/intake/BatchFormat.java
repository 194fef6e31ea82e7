package org.asistream.ingest.intake;

import java.util.Locale;

/** How a request carries its events, told by its content type. */
public enum BatchFormat {

    /** {@code application/json}: one JSON array of event objects. */
    JSON_ARRAY,
    /** {@code application/x-ndjson}: one event object per line; blank lines are ignored. */
    NDJSON;

    public static final String NDJSON_MEDIA_TYPE = "application/x-ndjson";

    /** The format of a content type the resource accepted (so it is one of the two, perhaps with a charset). */
    public static BatchFormat of(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON_MEDIA_TYPE)
                ? NDJSON : JSON_ARRAY;
    }
}
