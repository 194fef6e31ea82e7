package org.asistream.platform.feed;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The backfill's progress line on the terminal, rewritten every second: share done, events/s and time left. */
final class FeedProgress implements AutoCloseable {

    private static final long EVERY_MILLIS = 1000;

    private final long total;
    private final FeedTally tally;
    private final PrintStream out;
    private final long startedAt = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "asi-feed-progress");
        thread.setDaemon(true);
        return thread;
    });

    private FeedProgress(long total, FeedTally tally, PrintStream out) {
        this.total = total;
        this.tally = tally;
        this.out = out;
    }

    static FeedProgress start(long total, FeedTally tally, PrintStream out) {
        FeedProgress progress = new FeedProgress(total, tally, out);
        progress.ticker.scheduleAtFixedRate(progress::print, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return progress;
    }

    /** Stops the line where it is, with a final update. */
    @Override
    public void close() {
        ticker.shutdownNow();
        print();
        out.println();
    }

    /** {@code h:mm:ss}, or {@code m:ss} under an hour. */
    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private synchronized void print() {
        long sent = tally.sent();
        double seconds = Math.max(System.nanoTime() - startedAt, 1) / 1e9;
        double perSecond = sent / seconds;
        String eta = sent == 0 ? "-" : clock(Duration.ofSeconds(Math.round((total - sent) / perSecond)));
        out.printf("\rbackfill: %5.1f%%  %,d of %,d events  %,.0f events/s  ETA %s   ",
                total == 0 ? 100.0 : 100.0 * sent / total, sent, total, perSecond, eta);
        out.flush();
    }
}
