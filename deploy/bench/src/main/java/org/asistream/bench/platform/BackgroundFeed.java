package org.asistream.bench.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.asistream.platform.feed.FeedSettings;
import org.asistream.platform.feed.SyntheticEpisodes;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.reference.ReferenceData;

/**
 * A steady stream of realistic events through the ingest API, each trust posting its own with its own token: ten
 * batches a second, each from the next trust in turn, on time whatever the answers' latency. Trusts in the excluded
 * set send nothing, so that whatever changes there is the probe's doing.
 */
final class BackgroundFeed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCHES_PER_SECOND = 10;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(4);
    private final Map<String, Deque<PathwayEvent>> byTrust = new HashMap<>();
    private final List<String> trusts;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final URI eventsUrl;
    private final Map<String, String> tokens;
    private int turn;

    BackgroundFeed(ReferenceData reference, Set<String> excludedTrusts, int events, URI eventsUrl,
                   Map<String, String> tokens) {
        this.eventsUrl = eventsUrl;
        this.tokens = tokens;
        SyntheticEpisodes feed = new SyntheticEpisodes(reference, 7, FeedSettings.DEFAULT);
        Iterator<PathwayEvent> log = feed.between(LocalDate.of(2010, 4, 1), LocalDate.of(2030, 1, 1))
                .map(delivery -> delivery.event()).filter(event -> !excludedTrusts.contains(event.getTrust()))
                .limit(events).iterator();
        log.forEachRemaining(event -> byTrust.computeIfAbsent(event.getTrust(), t -> new ArrayDeque<>()).add(event));
        this.trusts = new ArrayList<>(byTrust.keySet());
    }

    void start(int eventsPerSecond) {
        int batch = Math.max(1, eventsPerSecond / BATCHES_PER_SECOND);
        senders.scheduleAtFixedRate(() -> send(nextBatch(batch)), 0, 1000 / BATCHES_PER_SECOND, TimeUnit.MILLISECONDS);
    }

    long accepted() {
        return accepted.get();
    }

    long refused() {
        return refused.get();
    }

    private synchronized List<PathwayEvent> nextBatch(int size) {
        for (int tried = 0; tried < trusts.size(); tried++) {
            Deque<PathwayEvent> queue = byTrust.get(trusts.get(turn++ % trusts.size()));
            if (!queue.isEmpty()) {
                List<PathwayEvent> batch = new ArrayList<>(size);
                while (batch.size() < size && !queue.isEmpty()) {
                    batch.add(queue.poll());
                }
                return batch;
            }
        }
        return List.of();
    }

    /** Sent without waiting for the answer, so a slow answer does not lower the rate offered. */
    private void send(List<PathwayEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        ArrayNode body = JSON.createArrayNode();
        batch.forEach(event -> body.add(PathwayEventJson.toJson(event)));
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(eventsUrl)
                .header("Authorization", "Bearer " + tokens.get(batch.get(0).getTrust()))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) ->
                (failure == null && response.statusCode() == 202 ? accepted : refused).addAndGet(batch.size()));
    }

    @Override
    public void close() throws InterruptedException {
        senders.shutdownNow();
        senders.awaitTermination(30, TimeUnit.SECONDS);
    }
}
