package org.asistream.query.report;

import org.asistream.query.statistics.WilsonInterval;

/**
 * A proportion with its counts and, as every rate the service publishes, its Wilson score 95% interval; rate and
 * interval are null when the denominator is 0.
 */
public record Share(long numerator, long denominator, Double rate, Double ciLow, Double ciHigh) {

    public static Share of(long numerator, long denominator) {
        if (denominator == 0) {
            return new Share(numerator, denominator, null, null, null);
        }
        WilsonInterval interval = WilsonInterval.of(numerator, denominator);
        return new Share(numerator, denominator, (double) numerator / denominator, interval.low(), interval.high());
    }
}
