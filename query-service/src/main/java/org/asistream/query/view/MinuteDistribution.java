package org.asistream.query.view;

import java.util.Arrays;

/**
 * How many episodes took each whole number of minutes for one interval (door to scan, scan to report, door to
 * needle): a histogram, so that distributions of days, trusts and periods add up and percentiles are read from the sum.
 * Immutable; only minutes with episodes are stored, in ascending order.
 */
public final class MinuteDistribution {

    public static final MinuteDistribution EMPTY = new MinuteDistribution(new int[0], new long[0]);

    private final int[] minutes;
    private final long[] counts;
    private final long episodes;

    private MinuteDistribution(int[] minutes, long[] counts) {
        this.minutes = minutes;
        this.counts = counts;
        this.episodes = Arrays.stream(counts).sum();
    }

    /**
     * @param minutes ascending, without repeats
     * @param counts  episodes at each minute, none negative; minutes with no episode are dropped
     */
    public static MinuteDistribution of(int[] minutes, long[] counts) {
        if (minutes.length != counts.length) {
            throw new IllegalArgumentException("one count per minute is needed");
        }
        int kept = 0;
        int[] keptMinutes = new int[minutes.length];
        long[] keptCounts = new long[counts.length];
        for (int i = 0; i < minutes.length; i++) {
            if (i > 0 && minutes[i] <= minutes[i - 1]) {
                throw new IllegalArgumentException("minutes must ascend without repeats: " + Arrays.toString(minutes));
            }
            if (counts[i] < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + counts[i] + " at " + minutes[i]);
            }
            if (counts[i] > 0) {
                keptMinutes[kept] = minutes[i];
                keptCounts[kept] = counts[i];
                kept++;
            }
        }
        return kept == 0 ? EMPTY : new MinuteDistribution(Arrays.copyOf(keptMinutes, kept), Arrays.copyOf(keptCounts, kept));
    }

    public long episodes() {
        return episodes;
    }

    /**
     * A running total of distributions, counted in one array indexed by minute, so adding many distributions costs
     * their size rather than a merge each. Not thread-safe.
     */
    static final class Sum {

        private int firstMinute;
        private long[] counts = new long[0];

        void add(MinuteDistribution distribution) {
            if (distribution.episodes == 0) {
                return;
            }
            cover(distribution.minutes[0], distribution.minutes[distribution.minutes.length - 1]);
            for (int i = 0; i < distribution.minutes.length; i++) {
                counts[distribution.minutes[i] - firstMinute] += distribution.counts[i];
            }
        }

        private void cover(int low, int high) {
            if (counts.length == 0) {
                firstMinute = low;
                counts = new long[high - low + 1];
                return;
            }
            int from = Math.min(low, firstMinute);
            int to = Math.max(high, firstMinute + counts.length - 1);
            if (from != firstMinute || to != firstMinute + counts.length - 1) {
                long[] wider = new long[to - from + 1];
                System.arraycopy(counts, 0, wider, firstMinute - from, counts.length);
                counts = wider;
                firstMinute = from;
            }
        }

        MinuteDistribution toDistribution() {
            int present = 0;
            for (long count : counts) {
                present += count > 0 ? 1 : 0;
            }
            if (present == 0) {
                return EMPTY;
            }
            int[] minutes = new int[present];
            long[] kept = new long[present];
            int k = 0;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    minutes[k] = firstMinute + i;
                    kept[k++] = counts[i];
                }
            }
            return new MinuteDistribution(minutes, kept);
        }
    }

    /**
     * The nearest-rank percentile: the smallest minute at or below which at least {@code q} of the episodes fall
     * (the ceil(q x n)-th smallest value). Always a minute some episode actually took; null without episodes.
     *
     * @param q in (0, 1]
     */
    public Integer percentile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("a percentile level must be in (0, 1], got " + q);
        }
        if (episodes == 0) {
            return null;
        }
        long rank = (long) Math.ceil(q * episodes);
        long seen = 0;
        for (int i = 0; i < minutes.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return minutes[i];
            }
        }
        return minutes[minutes.length - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinuteDistribution that
                && Arrays.equals(minutes, that.minutes) && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minutes) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("MinuteDistribution{");
        for (int i = 0; i < minutes.length; i++) {
            text.append(i == 0 ? "" : ", ").append(minutes[i]).append("m=").append(counts[i]);
        }
        return text.append('}').toString();
    }
}
