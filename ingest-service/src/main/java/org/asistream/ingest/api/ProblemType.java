package org.asistream.ingest.api;

import java.util.Locale;

/**
 * Every way the API refuses a request, with its HTTP status. The {@code type} member of a problem response is
 * {@code urn:asi-stream:problem:<slug>}, and the slug also tags the rejection metrics.
 */
public enum ProblemType {

    MALFORMED_JSON(400, "Malformed JSON"),
    UNAUTHENTICATED(401, "Missing or unknown bearer token"),
    NOT_A_PUBLISHER(403, "This token may not publish events"),
    FOREIGN_TRUST(403, "Events of another trust"),
    TOO_LARGE(413, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported content type"),
    INVALID_EVENTS(422, "Invalid events"),
    EVENT_LOG_UNAVAILABLE(503, "Event log unavailable"),
    REFERENCE_DATA_UNAVAILABLE(503, "Reference data not loaded yet");

    private static final String URN_PREFIX = "urn:asi-stream:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String uri() {
        return URN_PREFIX + slug();
    }

    public ProblemException because(String detail) {
        return new ProblemException(this, detail);
    }
}
