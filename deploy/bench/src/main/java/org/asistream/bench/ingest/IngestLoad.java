package org.asistream.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Several trusts posting their batches to {@code POST /v1/events} at once, each as fast as its answers come back
 * (one request in flight per client, as the bulk importer does).
 */
final class IngestLoad {

    /** One trust's client: its token and its request bodies (JSON arrays of events), sent in order. */
    record Client(String token, List<byte[]> batches, int eventsPerBatch) {
    }

    /** Events accepted, wall-clock time, and the latency of each request. */
    record Result(long events, Duration elapsed, long[] latencyNanos) {

        double eventsPerSecond() {
            return events / (elapsed.toNanos() / 1e9);
        }

        Duration latencyPercentile(double percentile) {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            return Duration.ofNanos(sorted[(int) Math.min(sorted.length - 1, Math.floor(percentile * sorted.length))]);
        }
    }

    static Result run(URI baseUrl, List<Client> clients) throws InterruptedException {
        URI events = baseUrl.resolve("/v1/events");
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try {
            long start = System.nanoTime();
            List<Future<long[]>> latencies = new ArrayList<>();
            for (Client client : clients) {
                latencies.add(threads.submit(() -> post(events, client)));
            }
            long accepted = 0;
            List<long[]> all = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                all.add(latencies.get(i).get());
                accepted += (long) clients.get(i).batches().size() * clients.get(i).eventsPerBatch();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(accepted, elapsed, all.stream().flatMapToLong(Arrays::stream).toArray());
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static long[] post(URI events, Client client) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latency = new long[client.batches().size()];
        for (int i = 0; i < latency.length; i++) {
            HttpRequest request = HttpRequest.newBuilder(events)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + client.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(client.batches().get(i)))
                    .build();
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latency[i] = System.nanoTime() - sent;
            if (response.statusCode() != 202) {
                throw new IllegalStateException("POST /v1/events answered " + response.statusCode() + ": "
                        + response.body());
            }
        }
        return latency;
    }

    private IngestLoad() {
    }
}
