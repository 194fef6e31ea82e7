package org.asistream.platform.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Sends batches of events to {@code POST /v1/events} as NDJSON and reads the answer into a {@link BatchOutcome}. */
final class IngestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // Well above the service's own bound (asi.ingest.ack-timeout, 10 s by default) for a full batch.
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI events;
    private final String token;

    IngestClient(URI baseUrl, String token) {
        this.events = URI.create(baseUrl + "/v1/events");
        this.token = token;
    }

    BatchOutcome post(List<SourceEvent> batch) throws InterruptedException {
        String body = batch.stream().map(SourceEvent::json).collect(Collectors.joining("\n", "", "\n"));
        HttpRequest request = HttpRequest.newBuilder(events)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new BatchOutcome.Unavailable(Duration.ZERO, "cannot reach " + events + " (" + e + ")");
        }
        return outcome(response, batch.size());
    }

    private static BatchOutcome outcome(HttpResponse<String> response, int batchSize) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        String detail = body.path("detail").asText(response.body());
        if (status == 202) {
            return new BatchOutcome.Accepted(body.path("accepted").asInt());
        }
        if ((status == 422 || status == 403) && body.path("errors").isArray() && !body.path("errors").isEmpty()) {
            List<EventRejection> rejections = new ArrayList<>();
            for (JsonNode error : body.get("errors")) {
                rejections.add(new EventRejection(error.path("index").asInt(),
                        error.path("eventId").isTextual() ? error.get("eventId").textValue() : null,
                        error.path("field").asText(), error.path("reason").asText()));
            }
            return new BatchOutcome.Rejected(rejections);
        }
        // One event per line, so a syntax error names the event it is in. Its line in the batch means nothing to
        // the user (the rejection log gives the file's line), so only the column is kept.
        int line = body.path("line").asInt(0);
        if (status == 400 && line >= 1 && line <= batchSize) {
            String reason = detail.replaceFirst("^malformed JSON at line \\d+, ", "malformed JSON at ");
            return new BatchOutcome.Rejected(List.of(new EventRejection(line - 1, null, "$", reason)));
        }
        if (status >= 500) {
            return new BatchOutcome.Unavailable(retryAfter(response), status + " " + detail);
        }
        return new BatchOutcome.Refused(status, detail);
    }

    /** Retry-After in seconds; zero when absent or given as a date (the backoff then decides alone). */
    private static Duration retryAfter(HttpResponse<String> response) {
        try {
            return Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After").orElse(0));
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json == null ? MissingNode.getInstance() : json;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
