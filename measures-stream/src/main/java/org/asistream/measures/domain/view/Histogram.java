package org.asistream.measures.domain.view;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A mergeable count of episodes per whole minute (door-to-scan, scan-to-report, door-to-needle), kept sparse as two
 * parallel arrays sorted by minute. Adding a negative count subtracts; a minute whose count reaches zero is removed,
 * so that adding then subtracting the same values restores an equal histogram.
 *
 * <p>Percentiles use the nearest-rank definition on minutes: the P-th percentile is the smallest minute m such that
 * at least ceil(P/100 x N) of the N episodes took m minutes or fewer (so the median of an even count is the lower of
 * the two middle values).
 */
public final class Histogram {

    private static final int[] NO_MINUTES = new int[0];
    private static final long[] NO_COUNTS = new long[0];

    private int[] minutes = NO_MINUTES;
    private long[] counts = NO_COUNTS;
    private int size;
    private long total;

    /** Adds {@code count} episodes (negative to remove them) at {@code minute}. */
    public void add(int minute, long count) {
        if (count == 0) {
            return;
        }
        int index = Arrays.binarySearch(minutes, 0, size, minute);
        if (index >= 0) {
            counts[index] += count;
            if (counts[index] == 0) {
                remove(index);
            }
        } else {
            insert(-index - 1, minute, count);
        }
        total += count;
    }

    /** Adds every count of {@code other} to this histogram. */
    public void addAll(Histogram other) {
        for (int i = 0; i < other.size; i++) {
            add(other.minutes[i], other.counts[i]);
        }
    }

    public Histogram copy() {
        Histogram copy = new Histogram();
        copy.minutes = Arrays.copyOf(minutes, size);
        copy.counts = Arrays.copyOf(counts, size);
        copy.size = size;
        copy.total = total;
        return copy;
    }

    /** The number of episodes counted. */
    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** How many distinct minutes have a count; with {@link #minuteAt} and {@link #countAt}, the serialised form. */
    public int distinctMinutes() {
        return size;
    }

    /** The {@code index}-th minute in ascending order. */
    public int minuteAt(int index) {
        return minutes[checked(index)];
    }

    /** The count of the {@code index}-th minute in ascending order. */
    public long countAt(int index) {
        return counts[checked(index)];
    }

    /** The nearest-rank percentile ({@code 0 < percent <= 100}); empty when no episode is counted. */
    public OptionalInt percentile(int percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (total <= 0) {
            return OptionalInt.empty();
        }
        long rank = Math.max(1, (percent * total + 99) / 100);
        long cumulative = 0;
        for (int i = 0; i < size; i++) {
            cumulative += counts[i];
            if (cumulative >= rank) {
                return OptionalInt.of(minutes[i]);
            }
        }
        return OptionalInt.of(minutes[size - 1]);
    }

    public OptionalInt median() {
        return percentile(50);
    }

    private int checked(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    private void insert(int index, int minute, long count) {
        if (size == minutes.length) {
            int capacity = Math.max(8, size * 2);
            minutes = Arrays.copyOf(minutes, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        System.arraycopy(minutes, index, minutes, index + 1, size - index);
        System.arraycopy(counts, index, counts, index + 1, size - index);
        minutes[index] = minute;
        counts[index] = count;
        size++;
    }

    private void remove(int index) {
        System.arraycopy(minutes, index + 1, minutes, index, size - index - 1);
        System.arraycopy(counts, index + 1, counts, index, size - index - 1);
        size--;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram histogram
                && Arrays.equals(minutes, 0, size, histogram.minutes, 0, histogram.size)
                && Arrays.equals(counts, 0, size, histogram.counts, 0, histogram.size);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int i = 0; i < size; i++) {
            hash = 31 * (31 * hash + minutes[i]) + Long.hashCode(counts[i]);
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            text.append(i == 0 ? "" : ", ").append(minutes[i]).append("m=").append(counts[i]);
        }
        return text.append('}').toString();
    }
}
