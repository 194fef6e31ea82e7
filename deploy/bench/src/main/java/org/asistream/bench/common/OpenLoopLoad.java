package org.asistream.bench.common;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends GET requests at a fixed rate whatever the server does (open loop, as wrk2 does): request i is due at i / rate
 * seconds, and its latency counts from when it was due, so time spent waiting for a free connection counts too.
 * HTTP/1.1 over a fixed number of connections, as load balancers and browsers talk to the services.
 */
public final class OpenLoopLoad {

    public record Result(Latencies latencies, long sent, long failed, double seconds) {

        public double requestsPerSecond() {
            return sent / seconds;
        }
    }

    private final List<URI> urls;
    private final String bearerToken;
    private final int connections;

    public OpenLoopLoad(List<URI> urls, String bearerToken, int connections) {
        this.urls = urls;
        this.bearerToken = bearerToken;
        this.connections = connections;
    }

    /** Runs for warm-up plus the measured time; only the measured requests are counted. */
    public Result run(int rate, Duration warmUp, Duration measured) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Latencies latencies = new Latencies();
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        for (int w = 0; w < connections; w++) {
            workers.execute(() -> {
                while (true) {
                    long i = next.getAndIncrement();
                    long due = start + i * intervalNanos;
                    if (due >= end) {
                        return;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    HttpRequest request = HttpRequest.newBuilder(urls.get((int) (i % urls.size())))
                            .header("Authorization", "Bearer " + bearerToken).timeout(Duration.ofSeconds(30)).GET().build();
                    boolean ok;
                    try {
                        ok = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (due >= measureFrom) {
                        latencies.add(System.nanoTime() - due);
                        if (!ok) {
                            failed.incrementAndGet();
                        }
                    }
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(warmUp.plus(measured).toSeconds() + 120, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        return new Result(latencies, latencies.count(), failed.get(), seconds);
    }
}
