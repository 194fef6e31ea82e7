package org.asistream.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

import org.asistream.bench.common.KeepAliveConnection;

/**
 * Several trusts posting their batches to {@code POST /v1/events} at once, each as fast as its answers come back
 * (one request in flight per client, as the bulk importer does). Each client keeps one connection
 * ({@link KeepAliveConnection}: {@code java.net.http.HttpClient} took a sixth of a core at 100,000 events/s, CPU the
 * service under test competes for on two cores).
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

    /**
     * Every client posts its batches over and over until {@code duration} has passed: a warm-up long enough for the
     * JIT compilers of the service, the broker and the clients to finish (the same events again are harmless: the
     * stream deduplicates them by eventId, and nothing reads them here).
     */
    static void runFor(URI baseUrl, List<Client> clients, Duration duration) throws InterruptedException {
        URI events = baseUrl.resolve("/v1/events");
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(threads.submit(() -> {
                    try (KeepAliveConnection connection = connect(events, client)) {
                        for (int i = 0; System.nanoTime() < deadline; i = (i + 1) % client.batches().size()) {
                            post(connection, events, client, i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static long[] post(URI events, Client client) throws IOException {
        long[] latency = new long[client.batches().size()];
        try (KeepAliveConnection connection = connect(events, client)) {
            for (int i = 0; i < latency.length; i++) {
                long sent = System.nanoTime();
                post(connection, events, client, i);
                latency[i] = System.nanoTime() - sent;
            }
        }
        return latency;
    }

    private static KeepAliveConnection connect(URI events, Client client) {
        return new KeepAliveConnection(events.getHost(), events.getPort() < 0 ? 80 : events.getPort(), client.token());
    }

    private static void post(KeepAliveConnection connection, URI events, Client client, int batch)
            throws IOException {
        int status = connection.post(events, "application/json", client.batches().get(batch));
        if (status != 202) {
            throw new IllegalStateException("POST /v1/events answered " + status + ": " + connection.errorBody());
        }
    }

    private IngestLoad() {
    }
}
