package org.asistream.bench.common;

import java.util.Arrays;

/** Latencies in nanoseconds, collected from many threads, summarised as percentiles. */
public final class Latencies {

    private long[] values = new long[4096];
    private int count;

    public synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The q-quantile (0..1) in milliseconds, nearest rank; NaN when empty. */
    public synchronized double percentileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }

    public String summary() {
        return String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (%,d samples)", percentileMillis(0.5),
                percentileMillis(0.99), percentileMillis(1.0), count());
    }
}
