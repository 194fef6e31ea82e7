package org.asistream.query.trajectory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.asistream.query.statistics.MeasureCounts;

/**
 * The straight line from the baseline month's rate to the target at the aspiration month, flat at the target from
 * then on (so an aspiration month at or before the baseline gives the target throughout). A baseline already at or
 * above target gives a flat line at the target: the aspiration is then to stay there, and a line falling to the target
 * would call a decline "on trajectory".
 *
 * <p>Whether a month is on the line is decided on the counts, in exact fractions: with national denominators a rate
 * can lie within a billionth of the line, closer than floating point can tell.
 *
 * @param baselineCounts the baseline month's counts; at least one decided episode
 * @param target         the target as a decimal fraction (0.85)
 */
record TrajectoryLine(YearMonth baseline, MeasureCounts baselineCounts, YearMonth aspiration, double target) {

    TrajectoryLine {
        if (baselineCounts.decided() == 0) {
            throw new IllegalArgumentException("a trajectory needs a baseline rate");
        }
    }

    /** The trajectory's value in a month; null before the baseline, where the line has not started. */
    Double valueAt(YearMonth month) {
        if (month.isBefore(baseline)) {
            return null;
        }
        if (isFlat(month)) {
            return target;
        }
        double baselineRate = (double) baselineCounts.met() / baselineCounts.decided();
        return baselineRate + (target - baselineRate) * monthsIn(month) / monthsToAspiration();
    }

    /** Whether a month's counts are at or above the line; null before the baseline or without a rate. */
    Boolean isReachedBy(YearMonth month, MeasureCounts counts) {
        if (month.isBefore(baseline) || counts.decided() == 0) {
            return null;
        }
        BigInteger met = BigInteger.valueOf(counts.met());
        BigInteger decided = BigInteger.valueOf(counts.decided());
        BigDecimal exactTarget = BigDecimal.valueOf(target);
        BigInteger targetNumerator = exactTarget.unscaledValue();
        BigInteger targetDenominator = BigInteger.TEN.pow(Math.max(exactTarget.scale(), 0));
        if (exactTarget.scale() < 0) {
            targetNumerator = targetNumerator.multiply(BigInteger.TEN.pow(-exactTarget.scale()));
        }
        if (isFlat(month)) {
            // met / decided >= targetNumerator / targetDenominator
            return met.multiply(targetDenominator).compareTo(targetNumerator.multiply(decided)) >= 0;
        }
        // The line at k of K months: (b (K - k) + t k) / K, with b = p / q and t = tn / td; cross-multiplied.
        BigInteger p = BigInteger.valueOf(baselineCounts.met());
        BigInteger q = BigInteger.valueOf(baselineCounts.decided());
        BigInteger k = BigInteger.valueOf(monthsIn(month));
        BigInteger bigK = BigInteger.valueOf(monthsToAspiration());
        BigInteger left = met.multiply(q).multiply(targetDenominator).multiply(bigK);
        BigInteger lineNumerator = p.multiply(targetDenominator).multiply(bigK.subtract(k))
                .add(targetNumerator.multiply(q).multiply(k));
        return left.compareTo(decided.multiply(lineNumerator)) >= 0;
    }

    private boolean isFlat(YearMonth month) {
        return (double) baselineCounts.met() / baselineCounts.decided() >= target || !month.isBefore(aspiration);
    }

    private long monthsIn(YearMonth month) {
        return baseline.until(month, ChronoUnit.MONTHS);
    }

    private long monthsToAspiration() {
        return baseline.until(aspiration, ChronoUnit.MONTHS);
    }
}
