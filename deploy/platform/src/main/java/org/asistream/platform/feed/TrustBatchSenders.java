package org.asistream.platform.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.asistream.schemas.avro.PathwayEvent;

/**
 * A few senders working at once. Each trust is served by one sender, so its batches go out in the order they were
 * handed over, as from one trust system; a bounded number of batches is in flight, so a slow platform slows the feed
 * down rather than filling memory.
 */
final class TrustBatchSenders implements AutoCloseable {

    private static final int BATCHES_IN_FLIGHT_PER_SENDER = 2;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final IngestPoster poster;
    private final Map<String, String> tokens;
    private final FeedTally tally;
    private final List<ExecutorService> senders = new ArrayList<>();
    private final Map<String, ExecutorService> senderOfTrust = new HashMap<>();
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final AtomicReference<RuntimeException> stopped = new AtomicReference<>();

    TrustBatchSenders(IngestPoster poster, TrustTokens tokens, FeedTally tally, int senderCount) {
        this.poster = poster;
        this.tokens = tokens.byTrust();
        this.tally = tally;
        for (int i = 0; i < senderCount; i++) {
            int number = i + 1;
            senders.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "asi-feed-sender-" + number);
                thread.setDaemon(true);
                return thread;
            }));
        }
        this.maxInFlight = senderCount * BATCHES_IN_FLIGHT_PER_SENDER;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Hands a batch to its trust's sender; blocks while too many are in flight. Called from one thread.
     *
     * @throws IngestUnavailableException once a sender gave up on the service
     */
    void send(String trust, List<PathwayEvent> batch) throws InterruptedException {
        throwIfStopped();
        inFlight.acquire();
        // Trusts are spread over the senders in the order they first send, so each sender gets its share.
        ExecutorService sender = senderOfTrust.computeIfAbsent(trust,
                code -> senders.get(senderOfTrust.size() % senders.size()));
        sender.execute(() -> {
            try {
                post(trust, batch);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Waits until every batch handed over has been answered. */
    void finish() throws InterruptedException {
        inFlight.acquire(maxInFlight);
        inFlight.release(maxInFlight);
        throwIfStopped();
    }

    /** Lets the batches handed over be answered for a few seconds, then stops the senders where they are. */
    @Override
    public void close() throws InterruptedException {
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ExecutorService sender : senders) {
            sender.shutdown();
        }
        for (ExecutorService sender : senders) {
            sender.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            sender.shutdownNow();
        }
    }

    private void post(String trust, List<PathwayEvent> batch) {
        if (stopped.get() != null) {
            return;
        }
        String token = tokens.get(trust);
        if (token == null) {
            tally.record(trust, new PostOutcome.Rejected(batch.size(), "no token for the trust",
                    "the credentials hold no token in clear for " + trust + ", so its events cannot be sent"));
            return;
        }
        try {
            tally.record(trust, poster.post(token, batch));
        } catch (IngestUnavailableException e) {
            stopped.compareAndSet(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwIfStopped() {
        RuntimeException reason = stopped.get();
        if (reason != null) {
            throw reason;
        }
    }
}
