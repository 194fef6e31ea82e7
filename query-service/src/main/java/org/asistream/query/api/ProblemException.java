package org.asistream.query.api;

import jakarta.ws.rs.core.Response;

/** Ends a request with a problem answer; {@code retryAfterSeconds} adds a Retry-After header when positive. */
public final class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final int retryAfterSeconds;

    public ProblemException(Response.Status status, String detail) {
        this(status, detail, 0);
    }

    public ProblemException(Response.Status status, String detail, int retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Response.Status status() {
        return status;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
