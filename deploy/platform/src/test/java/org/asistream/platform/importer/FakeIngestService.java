package org.asistream.platform.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for ingest-service's {@code POST /v1/events}: accepts NDJSON batches for one token, refuses a batch with
 * a line that is not JSON (400 naming the line) and events whose type is {@code BOGUS} (422) the way the real service
 * does, and can be told to be unavailable or to run something when the n-th request arrives.
 */
final class FakeIngestService implements AutoCloseable {

    static final String TOKEN = "trust-T01-secret";
    static final String BOGUS_REASON = "must be one of STROKE_ARRIVAL, DIAGNOSIS";
    static final String MALFORMED_REASON = "Unexpected character";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<Integer, Runnable> onRequest = new ConcurrentHashMap<>();
    private volatile int unavailableRequests;

    FakeIngestService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/events", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The first {@code count} requests are answered 503. */
    void unavailableFor(int count) {
        unavailableRequests = count;
    }

    /** Runs {@code action} when request number {@code n} (from 1) arrives, before answering it. */
    void onRequest(int n, Runnable action) {
        onRequest.put(n, action);
    }

    /** Every event received, in order, with repeats. */
    List<JsonNode> received() {
        return received;
    }

    /** The eventIds of the events accepted (202), in order, with repeats. */
    List<String> accepted() {
        return accepted;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = requests.incrementAndGet();
        List<JsonNode> batch = new ArrayList<>();
        int malformedLine = 0;
        try (InputStream body = exchange.getRequestBody()) {
            String[] lines = new String(body.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length && malformedLine == 0; i++) {
                try {
                    batch.add(JSON.readTree(lines[i]));
                } catch (JsonProcessingException e) {
                    malformedLine = i + 1;
                }
            }
        }
        received.addAll(batch);
        onRequest.getOrDefault(number, () -> { }).run();
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, problem(401, "the bearer token is not known; check it against your credentials"));
        } else if (malformedLine > 0) {
            answer(exchange, 400, problem(400, "malformed JSON at line " + malformedLine + ", column 1: "
                    + MALFORMED_REASON).put("line", malformedLine).put("column", 1));
        } else if (number <= unavailableRequests) {
            exchange.getResponseHeaders().add("Retry-After", "0");
            answer(exchange, 503, problem(503, "the event log did not acknowledge every event within 10 s"));
        } else {
            answerBatch(exchange, batch);
        }
    }

    private void answerBatch(HttpExchange exchange, List<JsonNode> batch) throws IOException {
        ObjectNode problem = problem(422, "invalid events; nothing was written");
        ArrayNode errors = problem.putArray("errors");
        for (int index = 0; index < batch.size(); index++) {
            if ("BOGUS".equals(batch.get(index).path("type").asText())) {
                errors.addObject().put("index", index).put("eventId", batch.get(index).path("eventId").asText())
                        .put("field", "type").put("reason", BOGUS_REASON);
            }
        }
        if (!errors.isEmpty()) {
            answer(exchange, 422, problem);
            return;
        }
        batch.forEach(event -> accepted.add(event.path("eventId").asText()));
        answer(exchange, 202, JSON.createObjectNode().put("accepted", batch.size()));
    }

    private static ObjectNode problem(int status, String detail) {
        return JSON.createObjectNode().put("type", "urn:asi-stream:problem:test").put("status", status)
                .put("detail", detail);
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 202 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
