package org.asistream.platform.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The progress line on stderr: events done of the total, percentage, the rate of this run in events/s, and the time
 * left at that rate. On a terminal it is rewritten in place; otherwise (a log file) a line is printed every
 * {@code every}.
 */
final class ImportProgress {

    private final PrintStream err;
    private final boolean inPlace;
    private final long everyNanos;
    private final LongSupplier nanoTime;
    private long total;
    private long done;
    private long sentThisRun;
    private long startNanos;
    private long lastPrintNanos;

    ImportProgress(PrintStream err, boolean inPlace, Duration every, LongSupplier nanoTime) {
        this.err = err;
        this.inPlace = inPlace;
        this.everyNanos = every.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Rewritten in place four times a second on a terminal, a line every ten seconds into a file. */
    static ImportProgress onStderr() {
        boolean terminal = System.console() != null;
        return new ImportProgress(System.err, terminal, Duration.ofMillis(terminal ? 250 : 10_000), System::nanoTime);
    }

    void start(long totalEvents) {
        total = totalEvents;
        startNanos = nanoTime.getAsLong();
        lastPrintNanos = startNanos;
    }

    /** Events a checkpoint says were done by an earlier run: they count as done but not towards the rate. */
    void skipped(long events) {
        done += events;
    }

    void advanced(int events) {
        done += events;
        sentThisRun += events;
        long now = nanoTime.getAsLong();
        if (now - lastPrintNanos >= everyNanos) {
            lastPrintNanos = now;
            print(now);
        }
    }

    void finish() {
        print(nanoTime.getAsLong());
        if (inPlace) {
            err.println();
        }
    }

    private void print(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = sentThisRun / seconds;
        long percent = total == 0 ? 100 : done * 100 / total;
        String eta = rate > 0 ? clock(Math.round((total - done) / rate)) : "-";
        String line = String.format("%,d/%,d events (%d%%)  %,.0f events/s  ETA %s", done, total, percent, rate, eta);
        if (inPlace) {
            err.print("\r" + line + "   ");
        } else {
            err.println(line);
        }
        err.flush();
    }

    private static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, secs) : String.format("%d:%02d", minutes, secs);
    }
}
