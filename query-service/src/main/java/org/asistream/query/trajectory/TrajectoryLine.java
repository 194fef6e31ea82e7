package org.asistream.query.trajectory;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.asistream.query.statistics.Fraction;
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
        Fraction value = exactValueAt(month);
        return value == null ? null : value.doubleValue();
    }

    /** Whether a month's counts are at or above the line; null before the baseline or without a rate. */
    Boolean isReachedBy(YearMonth month, MeasureCounts counts) {
        Fraction value = exactValueAt(month);
        return value == null || counts.decided() == 0 ? null : Fraction.rateOf(counts).compareTo(value) >= 0;
    }

    /** At k of the K months to the aspiration: (baseline x (K - k) + target x k) / K. */
    private Fraction exactValueAt(YearMonth month) {
        if (month.isBefore(baseline)) {
            return null;
        }
        Fraction exactTarget = Fraction.ofDecimal(target);
        Fraction baselineRate = Fraction.rateOf(baselineCounts);
        if (baselineRate.compareTo(exactTarget) >= 0 || !month.isBefore(aspiration)) {
            return exactTarget;
        }
        long k = baseline.until(month, ChronoUnit.MONTHS);
        long months = baseline.until(aspiration, ChronoUnit.MONTHS);
        return baselineRate.times(months - k).plus(exactTarget.times(k)).dividedBy(months);
    }
}
