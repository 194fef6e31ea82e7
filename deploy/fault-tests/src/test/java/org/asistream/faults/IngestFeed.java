package org.asistream.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.json.PathwayEventJson;

/**
 * The trusts' systems during a fault test: realistic events posted to {@code POST /v1/events} at a steady rate, each
 * trust's events in batches with its own token. A batch that is not answered 202 (a 503, or no answer) is sent again
 * until it is, as the API asks; the events of every 202 are kept as the acknowledged events, and every answer other
 * than 202 is recorded with the moment its request was sent.
 */
final class IngestFeed implements AutoCloseable {

    /** One answer that was not 202: when its request was sent and what came back. */
    record Refusal(Instant sentAt, Instant answeredAt, String answer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY_WAIT = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI events;
    private final Map<String, String> tokens;
    private final Iterator<PathwayEvent> source;
    private final int eventsPerSecond;
    private final int batchSize;
    private final Map<String, List<PathwayEvent>> pending = new HashMap<>();
    private final List<PathwayEvent> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final List<Refusal> refusals = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile int accepted;
    private volatile Throwable failure;
    private Thread thread;

    IngestFeed(String ingestBaseUrl, Map<String, String> tokens, Iterator<PathwayEvent> source, int eventsPerSecond,
               int batchSize) {
        this.events = URI.create(ingestBaseUrl + "/v1/events");
        this.tokens = Map.copyOf(tokens);
        this.source = source;
        this.eventsPerSecond = eventsPerSecond;
        this.batchSize = batchSize;
    }

    IngestFeed start() {
        running.set(true);
        thread = new Thread(this::run, "ingest-feed");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Stops taking new events, posts what each trust still holds, and returns once everything is answered 202. */
    void finish() throws InterruptedException {
        running.set(false);
        thread.join(GIVE_UP_AFTER.toMillis() * 2);
        if (thread.isAlive()) {
            thread.interrupt();
            throw new AssertionError("the ingest feed did not finish");
        }
        if (failure != null) {
            throw new AssertionError("the ingest feed failed: " + failure, failure);
        }
    }

    @Override
    public void close() {
        running.set(false);
        if (thread != null) {
            thread.interrupt();
        }
    }

    List<PathwayEvent> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    List<Refusal> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    int acceptedBatches() {
        return accepted;
    }

    private void run() {
        try {
            long started = System.nanoTime();
            long taken = 0;
            while (running.get() && source.hasNext()) {
                PathwayEvent event = source.next();
                taken++;
                List<PathwayEvent> batch = pending.computeIfAbsent(event.getTrust(), trust -> new ArrayList<>());
                batch.add(event);
                if (batch.size() >= batchSize) {
                    post(event.getTrust(), pending.remove(event.getTrust()));
                }
                // Steady: never ahead of the rate (a slow answer makes the feed late, and it does not catch up).
                long dueNanos = started + taken * 1_000_000_000L / eventsPerSecond;
                long ahead = dueNanos - System.nanoTime();
                if (ahead > 0) {
                    Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
                }
            }
            for (Map.Entry<String, List<PathwayEvent>> rest : pending.entrySet()) {
                post(rest.getKey(), rest.getValue());
            }
            pending.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure = e;
        }
    }

    /** Posts one trust's batch until it is answered 202; a 4xx is a broken test. */
    private void post(String trust, List<PathwayEvent> batch) throws InterruptedException {
        String token = tokens.get(trust);
        if (token == null) {
            throw new IllegalStateException("no token for trust " + trust);
        }
        HttpRequest request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(batch)))
                .build();
        long giveUp = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            Instant sent = Instant.now();
            String answer;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    acknowledged.addAll(batch);
                    accepted++;
                    return;
                }
                if (response.statusCode() != 503) {
                    throw new IllegalStateException("POST /v1/events answered " + response.statusCode() + ": " + response.body());
                }
                answer = "503 " + response.body();
            } catch (IOException e) {
                answer = "no answer: " + e;
            }
            refusals.add(new Refusal(sent, Instant.now(), answer.length() > 300 ? answer.substring(0, 300) : answer));
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("a batch of " + trust + " was not accepted for " + GIVE_UP_AFTER.toMinutes()
                        + " minutes; last answer " + answer);
            }
            Thread.sleep(RETRY_WAIT.toMillis());
        }
    }

    private static byte[] body(List<PathwayEvent> batch) {
        ArrayNode array = JSON.createArrayNode();
        batch.forEach(event -> array.add(PathwayEventJson.toJson(event)));
        try {
            return JSON.writeValueAsBytes(array);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
