package org.asistream.query.statistics;

/**
 * A measure's rate for one organisation and period, with everything shown beside it. Build it with
 * {@link #of(MeasureCounts, double)}; fields that cannot be known are null (no rate without a decided episode, no
 * range without any episode).
 *
 * @param rate        met / (met + notMet)
 * @param ciLow       Wilson 95% interval, lower bound
 * @param ciHigh      Wilson 95% interval, upper bound
 * @param atTarget    rate >= target; null when there is no rate
 * @param rangeLow    the lowest rate still reachable if every pending episode ends not met
 * @param rangeHigh   the highest rate still reachable if every pending episode ends met
 * @param tooFewToRank fewer than {@link #MINIMUM_TO_RANK} decided episodes, so left out of rankings
 */
public record RateSummary(MeasureCounts counts, double target, Double rate, Double ciLow, Double ciHigh,
                          Boolean atTarget, Double rangeLow, Double rangeHigh, boolean tooFewToRank) {

    /** SSNAP's small-numbers rule: a denominator under 20 is shown but not ranked. */
    public static final int MINIMUM_TO_RANK = 20;

    public static RateSummary of(MeasureCounts counts, double target) {
        long decided = counts.decided();
        Double rate = null;
        Double ciLow = null;
        Double ciHigh = null;
        Boolean atTarget = null;
        if (decided > 0) {
            rate = (double) counts.met() / decided;
            WilsonInterval interval = WilsonInterval.of(counts.met(), decided);
            ciLow = interval.low();
            ciHigh = interval.high();
            // Exact enough: a rate that differs from a two-decimal target differs by at least 1/(100 x decided),
            // far more than the rounding of either double.
            atTarget = rate >= target;
        }
        long pendingOrDecided = decided + counts.pending();
        Double rangeLow = null;
        Double rangeHigh = null;
        if (pendingOrDecided > 0) {
            rangeLow = (double) counts.met() / pendingOrDecided;
            rangeHigh = (double) (counts.met() + counts.pending()) / pendingOrDecided;
        }
        return new RateSummary(counts, target, rate, ciLow, ciHigh, atTarget, rangeLow, rangeHigh,
                decided < MINIMUM_TO_RANK);
    }
}
