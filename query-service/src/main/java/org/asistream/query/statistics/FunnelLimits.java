package org.asistream.query.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Funnel-plot control limits for a proportion at one denominator: the range an organisation whose true rate is the
 * mean p0 stays within with probability 95% and 99.8%, from the exact binomial distribution (Spiegelhalter 2005).
 */
public record FunnelLimits(int denominator, double lower998, double lower95, double upper95, double upper998) {

    /** Below this denominator every denominator gets its limits; the funnel is steepest there. */
    private static final int EVERY_DENOMINATOR_UP_TO = 100;
    /** Above it, each denominator is about 2% larger than the one before: ~450 points reach 100,000. */
    private static final double GROWTH = 1.02;

    public static FunnelLimits at(double p0, int n) {
        if (n < 1 || !(p0 >= 0 && p0 <= 1)) {
            throw new IllegalArgumentException("needs n >= 1 and 0 <= p0 <= 1, got n=" + n + ", p0=" + p0);
        }
        if (p0 == 0 || p0 == 1) {
            // Every organisation with this true rate would show exactly p0; the interpolation would instead place
            // the limits a fraction of a case away from it.
            return new FunnelLimits(n, p0, p0, p0, p0);
        }
        BinomialDistribution cases = new BinomialDistribution(n, p0);
        return new FunnelLimits(n, limit(cases, 0.001), limit(cases, 0.025), limit(cases, 0.975),
                limit(cases, 0.999));
    }

    /** The limits at denominators from 1 to {@code maxDenominator}: all of the small ones, then thinned. */
    public static List<FunnelLimits> series(double p0, int maxDenominator) {
        List<FunnelLimits> series = new ArrayList<>();
        for (int n = 1; n < maxDenominator; n = n < EVERY_DENOMINATOR_UP_TO ? n + 1 : (int) Math.ceil(n * GROWTH)) {
            series.add(at(p0, n));
        }
        if (maxDenominator >= 1) {
            series.add(at(p0, maxDenominator));
        }
        return List.copyOf(series);
    }

    /**
     * Spiegelhalter's continuous approximation to the binomial quantile, as a proportion: with r the smallest count
     * such that P(X <= r) >= q, step back from r by the share of P(X = r) that lies above q. At the smallest
     * denominators this can fall up to 1/n below 0, where no proportion lies, so it is kept at 0.
     */
    private static double limit(BinomialDistribution cases, double q) {
        int r = cases.quantile(q);
        double alpha = (cases.cumulative(r) - q) / (cases.cumulative(r) - cases.cumulative(r - 1));
        return Math.max(0, (r - alpha) / cases.trials());
    }
}
