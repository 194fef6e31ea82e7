package org.asistream.platform.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

/**
 * Episodes happening now, delivered in real time: each event is sent once its delivery time has come. It starts with
 * the episodes of the last few hours (sent at once, so a dashboard has something to show) and runs until closed.
 */
public final class LiveFeed implements AutoCloseable {

    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final SyntheticEpisodes episodes;
    private final TrustBatchSenders senders;
    private final FeedTally tally;
    private final int batchSize;
    private final Clock clock;
    private final Duration history;
    private final Thread thread;
    private volatile RuntimeException failure;

    LiveFeed(SyntheticEpisodes episodes, TrustBatchSenders senders, FeedTally tally, int batchSize, Clock clock,
            Duration history) {
        this.episodes = episodes;
        this.senders = senders;
        this.tally = tally;
        this.batchSize = batchSize;
        this.clock = clock;
        this.history = history;
        this.thread = new Thread(this::deliverAsTimeGoesBy, "asi-feed-live");
        this.thread.setDaemon(true);
    }

    LiveFeed start() {
        thread.start();
        return this;
    }

    /** What the ingest API answered so far. */
    public FeedSummary summary() {
        return tally.summary();
    }

    /** False once closed, or stopped because the ingest API stayed unavailable ({@link #failure()} says so). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Why the feed stopped by itself, if it did: the ingest API stayed unavailable. */
    public RuntimeException failure() {
        return failure;
    }

    /** Stops sending; batches already handed to a sender are given a few seconds to be answered. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(STOP_GRACE.toMillis());
        senders.close();
    }

    private void deliverAsTimeGoesBy() {
        Iterator<Delivery> deliveries = episodes.startingFrom(clock.instant().minus(history)).iterator();
        TrustBatches batches = new TrustBatches(batchSize, senders);
        try {
            Delivery next = deliveries.hasNext() ? deliveries.next() : null;
            while (next != null) {
                Instant now = clock.instant();
                while (next != null && !next.deliverAt().isAfter(now)) {
                    batches.add(next.event());
                    next = deliveries.hasNext() ? deliveries.next() : null;
                }
                batches.flush();
                Thread.sleep(TICK.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IngestUnavailableException e) {
            failure = e;
        }
    }
}
