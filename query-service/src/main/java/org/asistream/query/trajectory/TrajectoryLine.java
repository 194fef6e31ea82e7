package org.asistream.query.trajectory;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The straight line from the baseline month's rate to the target at the aspiration month, flat at the target from
 * then on (so an aspiration month at or before the baseline gives the target throughout). A baseline already at or
 * above target gives a flat line at the target: the aspiration is then to stay there, and a line falling to the target
 * would call a decline "on trajectory".
 */
record TrajectoryLine(YearMonth baseline, double baselineRate, YearMonth aspiration, double target) {

    /** The trajectory's value in a month; null before the baseline, where the line has not started. */
    Double valueAt(YearMonth month) {
        if (month.isBefore(baseline)) {
            return null;
        }
        if (baselineRate >= target || !month.isBefore(aspiration)) {
            return target;
        }
        double progress = (double) baseline.until(month, ChronoUnit.MONTHS)
                / baseline.until(aspiration, ChronoUnit.MONTHS);
        return baselineRate + (target - baselineRate) * progress;
    }
}
