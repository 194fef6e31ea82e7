package org.asistream.query.statistics;

/**
 * How many episodes of a cohort are in each outcome state for one measure. Counts, not rates, so that they can be
 * summed over periods and organisations.
 */
public record MeasureCounts(long met, long notMet, long pending, long excluded) {

    public static final MeasureCounts ZERO = new MeasureCounts(0, 0, 0, 0);

    public MeasureCounts {
        if (met < 0 || notMet < 0 || pending < 0 || excluded < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + met + ", " + notMet + ", "
                    + pending + ", " + excluded);
        }
    }

    public MeasureCounts plus(MeasureCounts other) {
        return new MeasureCounts(met + other.met, notMet + other.notMet, pending + other.pending,
                excluded + other.excluded);
    }

    /** The rate's denominator: episodes whose outcome is decided. */
    public long decided() {
        return met + notMet;
    }
}
