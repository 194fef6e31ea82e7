package org.asistream.query.report;

import org.asistream.query.statistics.FunnelLimits;

/** Where a trust falls against the funnel limits at its own denominator. */
public enum FunnelSignal {
    ABOVE_99_8,
    ABOVE_95,
    WITHIN_95,
    BELOW_95,
    BELOW_99_8;

    static FunnelSignal of(double rate, FunnelLimits limits) {
        if (rate > limits.upper998()) {
            return ABOVE_99_8;
        }
        if (rate > limits.upper95()) {
            return ABOVE_95;
        }
        if (rate < limits.lower998()) {
            return BELOW_99_8;
        }
        return rate < limits.lower95() ? BELOW_95 : WITHIN_95;
    }
}
