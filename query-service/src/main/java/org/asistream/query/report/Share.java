package org.asistream.query.report;

/** A proportion with its counts; rate is null when the denominator is 0. */
public record Share(long numerator, long denominator, Double rate) {

    public static Share of(long numerator, long denominator) {
        return new Share(numerator, denominator, denominator == 0 ? null : (double) numerator / denominator);
    }
}
