package org.asistream.query.api;

import jakarta.ws.rs.core.Response;

/**
 * An error answer as {@code application/problem+json} (RFC 9457). {@code type} is always {@code about:blank}: the
 * status says what kind of problem it is, and {@code detail} says what to do about it.
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance);
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
