package org.asistream.query.league;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.asistream.query.statistics.MeasureCounts;

/** An exact non-negative rational, so that equal rates tie exactly (3/4 and 30/40) where doubles might not. */
record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    /** met / (met + notMet); only for counts with a decided episode. */
    static Fraction rateOf(MeasureCounts counts) {
        return new Fraction(BigInteger.valueOf(counts.met()), BigInteger.valueOf(counts.decided()));
    }

    Fraction plus(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction dividedBy(long divisor) {
        return new Fraction(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    double doubleValue() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
    }

    /** Denominators are positive, so cross-multiplying keeps the order. */
    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
