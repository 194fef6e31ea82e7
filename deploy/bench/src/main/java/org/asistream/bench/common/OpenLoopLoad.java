package org.asistream.bench.common;

import java.io.IOException;
import java.net.URI;
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
 * HTTP/1.1 over a fixed number of keep-alive connections ({@link KeepAliveConnection}), as load balancers and browsers
 * talk to the services. Every URL must be on the same host and port.
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
        Schedule schedule = new Schedule(System.nanoTime(), 1_000_000_000L / rate, warmUp, measured);
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        for (int w = 0; w < connections; w++) {
            workers.execute(() -> send(schedule));
        }
        workers.shutdown();
        if (!workers.awaitTermination(warmUp.plus(measured).toSeconds() + 120, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
        double seconds = (System.nanoTime() - schedule.measureFrom) / 1e9;
        return new Result(schedule.latencies, schedule.latencies.count(), schedule.failed.get(), seconds);
    }

    /** One connection's loop: take the next due request, wait for its time, send it, record it if measured. */
    private void send(Schedule schedule) {
        URI first = urls.get(0);
        try (KeepAliveConnection connection = new KeepAliveConnection(first.getHost(), first.getPort(), bearerToken)) {
            while (true) {
                long i = schedule.next.getAndIncrement();
                long due = schedule.start + i * schedule.intervalNanos;
                if (due >= schedule.end) {
                    return;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                boolean ok;
                try {
                    ok = connection.get(urls.get((int) (i % urls.size()))) == 200;
                } catch (IOException | RuntimeException e) {
                    connection.close();
                    ok = false;
                }
                if (due >= schedule.measureFrom) {
                    schedule.latencies.add(System.nanoTime() - due);
                    if (!ok) {
                        schedule.failed.incrementAndGet();
                    }
                }
            }
        }
    }

    private static final class Schedule {
        final long start;
        final long intervalNanos;
        final long measureFrom;
        final long end;
        final AtomicLong next = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final Latencies latencies = new Latencies();

        Schedule(long start, long intervalNanos, Duration warmUp, Duration measured) {
            this.start = start;
            this.intervalNanos = intervalNanos;
            this.measureFrom = start + warmUp.toNanos();
            this.end = measureFrom + measured.toNanos();
        }
    }
}
