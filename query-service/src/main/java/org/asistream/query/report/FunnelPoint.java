package org.asistream.query.report;

import org.asistream.query.statistics.WilsonInterval;

/**
 * A trust on a funnel plot.
 *
 * @param denominator met + notMet
 * @param ciLow       the rate's Wilson score 95% interval, lower bound; null with the rate
 * @param ciHigh      upper bound
 * @param signal      null when the trust or the organisation has no decided episode
 */
public record FunnelPoint(String trust, String name, long met, long denominator, Double rate, Double ciLow,
                          Double ciHigh, FunnelSignal signal) {

    static FunnelPoint of(String trust, String name, long met, long denominator, FunnelSignal signal) {
        if (denominator == 0) {
            return new FunnelPoint(trust, name, met, denominator, null, null, null, signal);
        }
        WilsonInterval interval = WilsonInterval.of(met, denominator);
        return new FunnelPoint(trust, name, met, denominator, (double) met / denominator, interval.low(),
                interval.high(), signal);
    }
}
