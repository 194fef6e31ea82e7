package org.asistream.query.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.asistream.query.report.Reports;
import org.asistream.query.report.StampedAnswer;

/**
 * Writes answers as JSON once. {@code Reports} hands out the same answer object until a view it rests on changes, so
 * its JSON is kept beside it (keyed by identity, and dropped with it) and every request after the first sends the
 * same bytes: most of the cost of a cached answer was writing tens of kilobytes of numbers again.
 *
 * <p>When the platform clock moves but no view does, {@code Reports} restamps an answer (same figures, later asOf);
 * its JSON is then the predecessor's with the leading asOf fields replaced, not written again. The clock moves every
 * second, and writing every cached answer again each second made the query service's latency spike with it.
 */
@ApplicationScoped
public class JsonAnswers {

    private static final int KEPT = 20_000;

    @Inject
    ObjectMapper json;

    @Inject
    Reports reports;

    private final Cache<Object, byte[]> written = Caffeine.newBuilder().weakKeys().maximumSize(KEPT).build();

    public Response ok(Object answer) {
        return Response.ok(bytes(answer), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The answer's JSON if it has been written already, else null. */
    public Response okIfWritten(Object answer) {
        byte[] bytes = written.getIfPresent(answer);
        return bytes == null ? null : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).build();
    }

    byte[] bytes(Object answer) {
        return written.get(answer, this::write);
    }

    private byte[] write(Object answer) {
        Object previous = reports.restampedFrom(answer);
        byte[] before = previous == null ? null : written.getIfPresent(previous);
        if (before != null && answer instanceof StampedAnswer now && previous instanceof StampedAnswer then) {
            byte[] oldHead = head(then);
            if (Arrays.equals(before, 0, oldHead.length, oldHead, 0, oldHead.length)) {
                byte[] newHead = head(now);
                byte[] bytes = Arrays.copyOf(newHead, newHead.length + before.length - oldHead.length);
                System.arraycopy(before, oldHead.length, bytes, newHead.length, before.length - oldHead.length);
                return bytes;
            }
        }
        return serialise(answer);
    }

    /** How a stamped answer's JSON begins: {@code {"asOf":...,"asOfSource":...,}. */
    private byte[] head(StampedAnswer answer) {
        String head = "{\"asOf\":" + new String(serialise(answer.asOf()), UTF_8)
                + ",\"asOfSource\":" + new String(serialise(answer.asOfSource()), UTF_8)
                + ",";
        return head.getBytes(UTF_8);
    }

    private byte[] serialise(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("every answer is serialisable", e);
        }
    }
}
