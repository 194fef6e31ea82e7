package org.asistream.platform.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.json.PathwayEventJson;

/**
 * Posts one trust's batch to {@code POST /v1/events} as a JSON array with that trust's bearer token, as the trust's
 * own system would. A 503 (or no answer, or another server error) means "not now": the same batch is sent again after
 * the service's Retry-After, or a doubling wait without one, until the service has been unavailable for too long.
 */
final class IngestPoster {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    // Well above the service's own bound for acknowledging a batch (asi.ingest.ack-timeout, 10 s by default).
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHORTEST_WAIT = Duration.ofMillis(100);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    private final URI events;
    private final Duration giveUpAfter;

    /** @param ingest the ingest service's base URL, such as {@code http://localhost:8081} */
    IngestPoster(URI ingest, Duration giveUpAfter) {
        this.events = ingest.resolve("/v1/events");
        this.giveUpAfter = giveUpAfter;
    }

    /** @throws IngestUnavailableException when the service stayed unavailable for longer than the feed waits */
    PostOutcome post(String token, List<PathwayEvent> batch) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(events)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(batch)))
                .build();
        Instant giveUpAt = Instant.now().plus(giveUpAfter);
        Duration backoff = FIRST_WAIT;
        while (true) {
            String unavailable;
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new PostOutcome.Accepted(batch.size());
                }
                if (status < 500) {
                    return rejected(status, response.body(), batch.size());
                }
                unavailable = "answered " + status;
                retryAfter = retryAfter(response);
            } catch (IOException e) {
                unavailable = "did not answer (" + e.getMessage() + ")";
            }
            Duration wait = retryAfter.filter(asked -> asked.compareTo(SHORTEST_WAIT) > 0).orElse(
                    retryAfter.isPresent() ? SHORTEST_WAIT : backoff);
            if (Instant.now().plus(wait).isAfter(giveUpAt)) {
                throw new IngestUnavailableException(events + " " + unavailable + "; gave up after retrying for "
                        + giveUpAfter.toSeconds() + " s");
            }
            Thread.sleep(wait.toMillis());
            backoff = backoff.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : backoff.multipliedBy(2);
        }
    }

    private static byte[] body(List<PathwayEvent> batch) {
        ArrayNode array = JSON.createArrayNode();
        batch.forEach(event -> array.add(PathwayEventJson.toJson(event)));
        try {
            return JSON.writeValueAsBytes(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
        }
    }

    /** The problem's title as the reason, its detail and the first refused field as the detail. */
    private static PostOutcome.Rejected rejected(int status, String body, int events) {
        JsonNode problem = parse(body);
        String reason = status + " " + problem.path("title").asText("(no problem details)");
        StringBuilder detail = new StringBuilder(problem.path("detail").asText(body));
        JsonNode firstError = problem.path("errors").path(0);
        if (!firstError.isMissingNode()) {
            detail.append(" (first: event ").append(firstError.path("index").asInt())
                    .append(", ").append(firstError.path("field").asText())
                    .append(": ").append(firstError.path("reason").asText()).append(')');
        }
        return new PostOutcome.Rejected(events, reason, detail.toString());
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        try {
            return response.headers().firstValueAsLong("Retry-After").stream()
                    .mapToObj(Duration::ofSeconds)
                    .findFirst();
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date instead of seconds: the doubling wait decides
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
