package org.asistream.query.report;

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
}
