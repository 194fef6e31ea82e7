package org.asistream.bench.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.bench.common.Latencies;

/**
 * Measures how long a new event takes from its 202 to a visible change: through the query API (polled) and through
 * the league-table stream (server-sent events) of the probe trust's network. Each probe is a new episode's stroke
 * arrival at the probe trust, which adds one episode to the trust's figures for the current month.
 */
final class FreshnessProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Often enough to resolve well under the 1 s target, rarely enough not to load the query service itself. */
    private static final Duration POLL_EVERY = Duration.ofMillis(10);
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final PlatformProcess platform;
    private final String trust;
    private final String trustToken;
    private final String period;
    private final BlockingQueue<Long> tablesPushedAt = new LinkedBlockingQueue<>();
    private final Thread streamReader;
    private volatile boolean closing;
    private int probes;
    private long lastViaQuery;
    private long lastViaStream;
    final Latencies viaQuery = new Latencies();
    final Latencies viaStream = new Latencies();

    FreshnessProbe(PlatformProcess platform, String trust, String trustToken, String network, String networkToken,
                   String period) {
        this.platform = platform;
        this.trust = trust;
        this.trustToken = trustToken;
        this.period = period;
        URI stream = platform.query("/v1/networks/" + network + "/league-table/stream?period=" + period);
        this.streamReader = new Thread(() -> readStream(stream, networkToken), "league-table-stream");
        streamReader.setDaemon(true);
        streamReader.start();
    }

    /**
     * Sends one probe event and waits until both the query API and the stream show it; false (and nothing recorded)
     * when either did not within the time limit. Prints one line per probe, so a warm-up or a stall shows.
     */
    boolean probe() throws Exception {
        boolean seen = probeOnce();
        if (seen) {
            viaQuery.add(lastViaQuery);
            viaStream.add(lastViaStream);
        }
        System.out.printf("probe %3d: %s%n", ++probes, seen
                ? String.format("query %,6.0f ms, stream %,6.0f ms", lastViaQuery / 1e6, lastViaStream / 1e6)
                : "not visible within " + GIVE_UP_AFTER.toSeconds() + " s");
        return seen;
    }

    /** Probes without recording, so that the paths a probe takes are compiled before it is measured. */
    void warmUp(Duration duration, Duration spacing) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            probeOnce();
            Thread.sleep(spacing.toMillis());
        }
    }

    private boolean probeOnce() throws Exception {
        long before = episodesCounted();
        tablesPushedAt.clear();
        if (!post(probeEvent())) {
            throw new IllegalStateException("the probe event was refused");
        }
        long accepted = System.nanoTime();
        long deadline = accepted + GIVE_UP_AFTER.toNanos();
        while (episodesCounted() <= before) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_EVERY.toMillis());
        }
        lastViaQuery = System.nanoTime() - accepted;
        Long pushed = tablesPushedAt.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        while (pushed != null && pushed < accepted) {
            pushed = tablesPushedAt.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        if (pushed == null) {
            return false;
        }
        lastViaStream = pushed - accepted;
        return true;
    }

    private ObjectNode probeEvent() {
        ObjectNode event = JSON.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("type", "STROKE_ARRIVAL");
        event.put("episodeId", "FRESH-" + UUID.randomUUID());
        event.put("trust", trust);
        event.put("occurredAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("arrivalMode", "AMBULANCE");
        return event;
    }

    private boolean post(ObjectNode event) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(platform.ingest("/v1/events"))
                .header("Authorization", "Bearer " + trustToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(JSON.createArrayNode().add(event))))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
    }

    /** Episodes in the trust's figures this month: the largest cohort over the measures, as the API shows them. */
    private long episodesCounted() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(platform.query("/v1/trusts/" + trust + "/measures?period=" + period))
                .header("Authorization", "Bearer " + trustToken).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            return -1;
        }
        long most = 0;
        for (JsonNode measure : JSON.readTree(response.body()).path("measures")) {
            most = Math.max(most, measure.path("met").asLong() + measure.path("notMet").asLong()
                    + measure.path("pending").asLong() + measure.path("excluded").asLong());
        }
        return most;
    }

    private void readStream(URI stream, String token) {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build();
        try {
            http.send(request, HttpResponse.BodyHandlers.ofLines()).body().forEach(line -> {
                if (line.startsWith("data:")) {
                    tablesPushedAt.add(System.nanoTime());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            if (!closing) {
                System.err.println("league-table stream ended early: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        streamReader.interrupt();
    }
}
