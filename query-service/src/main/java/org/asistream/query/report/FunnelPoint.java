package org.asistream.query.report;

/**
 * A trust on a funnel plot.
 *
 * @param denominator met + notMet
 * @param signal      null when the trust or the organisation has no decided episode
 */
public record FunnelPoint(String trust, String name, long met, long denominator, Double rate, FunnelSignal signal) {
}
