package org.asistream.ingest.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.asistream.ingest.api.ProblemException;
import org.asistream.ingest.api.ProblemType;

/**
 * Reads the body of {@code POST /v1/events} into one JSON tree per event, within the size limits. Syntax errors are
 * refused with their line and column; the events themselves are judged later, by {@link BatchValidator}.
 */
public final class BatchReader {

    // A field given twice would be read as its last value; an ambiguous event is refused instead.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final int maxEvents;
    private final long maxBytes;

    public BatchReader(int maxEvents, long maxBytes) {
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    public List<JsonNode> read(InputStream body, BatchFormat format) {
        byte[] bytes = readBounded(body);
        return format == BatchFormat.NDJSON ? readLines(bytes) : readArray(bytes);
    }

    private List<JsonNode> readArray(byte[] bytes) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                JsonLocation where = parser.currentTokenLocation();
                throw ProblemType.MALFORMED_JSON.because(first == null
                                ? "the body is empty; send a JSON array of events"
                                : "the body must be a JSON array of events; to send one event per line, use "
                                + "Content-Type: " + BatchFormat.NDJSON_MEDIA_TYPE)
                        .at(where.getLineNr(), where.getColumnNr());
            }
            List<JsonNode> events = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                add(events, parser);
            }
            if (parser.nextToken() != null) {
                throw malformed("unexpected content after the array of events", parser.currentTokenLocation(), 0);
            }
            return events;
        } catch (JsonProcessingException e) {
            throw malformed(e, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line is parsed on its own, so that a broken line is reported as that line, not as the end of the body. */
    private List<JsonNode> readLines(byte[] bytes) {
        List<JsonNode> events = new ArrayList<>();
        int lineStart = 0;
        for (int line = 0; lineStart < bytes.length; line++) {
            int lineEnd = lineStart;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            try (JsonParser parser = JSON.createParser(bytes, lineStart, lineEnd - lineStart)) {
                if (parser.nextToken() != null) {
                    add(events, parser);
                    if (parser.nextToken() != null) {
                        throw malformed("more than one JSON value on one line; NDJSON has one event per line",
                                parser.currentTokenLocation(), line);
                    }
                }
            } catch (JsonProcessingException e) {
                throw malformed(e, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lineStart = lineEnd + 1;
        }
        return events;
    }

    private void add(List<JsonNode> events, JsonParser parser) throws IOException {
        if (events.size() == maxEvents) {
            throw ProblemType.TOO_LARGE.because("more than " + maxEvents + " events in one request; "
                    + "send at most " + maxEvents + " per request");
        }
        events.add(JSON.readTree(parser));
    }

    /** {@code linesBefore}: lines of the body before the parsed text (NDJSON parses each line on its own). */
    private static ProblemException malformed(JsonProcessingException e, int linesBefore) {
        return malformed(e.getOriginalMessage(), e.getLocation(), linesBefore);
    }

    private static ProblemException malformed(String message, JsonLocation where, int linesBefore) {
        if (where == null) {
            return ProblemType.MALFORMED_JSON.because("malformed JSON: " + message);
        }
        int line = linesBefore + where.getLineNr();
        return ProblemType.MALFORMED_JSON.because("malformed JSON at line " + line + ", column " + where.getColumnNr()
                + ": " + message).at(line, where.getColumnNr());
    }

    private byte[] readBounded(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > maxBytes) {
                throw ProblemType.TOO_LARGE.because("the body is larger than " + maxBytes + " bytes; "
                        + "split the events over several requests");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
