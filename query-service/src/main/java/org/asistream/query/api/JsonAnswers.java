package org.asistream.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Writes answers as JSON once. {@code Reports} hands out the same answer object until a view it rests on changes, so
 * its JSON is kept beside it (keyed by identity, and dropped with it) and every request after the first sends the
 * same bytes: most of the cost of a cached answer was writing tens of kilobytes of numbers again.
 */
@ApplicationScoped
public class JsonAnswers {

    private static final int KEPT = 20_000;

    @Inject
    ObjectMapper json;

    private final Cache<Object, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(KEPT).build();

    public Response ok(Object answer) {
        return Response.ok(written.get(answer, this::write), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The answer's JSON if it has been written already, else null. */
    public Response okIfWritten(Object answer) {
        byte[] bytes = written.getIfPresent(answer);
        return bytes == null ? null : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("every answer is serialisable", e);
        }
    }
}
