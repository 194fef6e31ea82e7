package org.asistream.platform.feed;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * History as fast as the platform takes it: the episodes of a date range, in delivery order (so late and
 * out-of-order events stay late and out of order), in batches per trust from a few senders at once.
 */
final class Backfill {

    private final SyntheticEpisodes episodes;
    private final int batchSize;

    Backfill(SyntheticEpisodes episodes, int batchSize) {
        this.episodes = episodes;
        this.batchSize = batchSize;
    }

    /** @throws IngestUnavailableException when the service stayed unavailable; the tally has what was answered */
    void run(LocalDate from, LocalDate toInclusive, TrustBatchSenders senders, FeedTally tally, PrintStream progressOut)
            throws InterruptedException {
        // Generating is many times faster than ingesting, so a counting pass for the progress line costs little.
        long total = episodes.between(from, toInclusive).count();
        try (FeedProgress progress = FeedProgress.start(total, tally, progressOut)) {
            TrustBatches batches = new TrustBatches(batchSize, senders);
            Iterator<Delivery> deliveries = episodes.between(from, toInclusive).iterator();
            while (deliveries.hasNext()) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                batches.add(deliveries.next().event());
            }
            batches.flush();
            senders.finish();
        }
    }
}
