package org.asistream.platform.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** An ingest API in the test: records every {@code POST /v1/events} and answers as told (202 unless told otherwise). */
final class FakeTrustApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Request(String token, JsonNode events, Instant receivedAt) {
    }

    record Answer(int status, Map<String, String> headers, String body) {

        static Answer accepted(Request request) {
            return new Answer(202, Map.of(), "{\"accepted\": " + request.events().size() + "}");
        }

        static Answer unavailable(int retryAfterSeconds) {
            return new Answer(503, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), """
                    {"type": "urn:asi-stream:problem:event-log-unavailable", "title": "Event log unavailable",
                     "status": 503, "detail": "try again"}""");
        }

        static Answer invalid(Request request) {
            return new Answer(422, Map.of(), """
                    {"type": "urn:asi-stream:problem:invalid-events", "title": "Invalid events", "status": 422,
                     "detail": "%d of %d events are invalid; nothing was written",
                     "errors": [{"index": 0, "field": "occurredAt", "reason": "must include a UTC offset"}]}"""
                    .formatted(request.events().size(), request.events().size()));
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newFixedThreadPool(4);
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<Request, Answer> policy = Answer::accepted;

    private FakeTrustApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/events", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    static FakeTrustApi start() throws IOException {
        return new FakeTrustApi();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void answer(Function<Request, Answer> policy) {
        this.policy = policy;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        requests().forEach(request -> request.events().forEach(events::add));
        return events;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        JsonNode events;
        try (InputStream body = exchange.getRequestBody()) {
            events = JSON.readTree(body);
        }
        Request request = new Request(authorization.substring("Bearer ".length()), events, Instant.now());
        synchronized (requests) {
            requests.add(request);
        }
        Answer answer = policy.apply(request);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type",
                answer.status() == 202 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
