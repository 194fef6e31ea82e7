package org.asistream.query.statistics;

/** The Wilson score 95% confidence interval for a proportion. */
public record WilsonInterval(double low, double high) {

    /** The standard normal quantile for a two-sided 95% interval. */
    static final double Z_95 = 1.959963984540054;

    public static WilsonInterval of(long successes, long trials) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("needs 0 <= successes <= trials and trials > 0, got "
                    + successes + "/" + trials);
        }
        double n = trials;
        double p = successes / n;
        double zSquared = Z_95 * Z_95;
        double shrink = 1 + zSquared / n;
        double centre = (p + zSquared / (2 * n)) / shrink;
        double halfWidth = Z_95 / shrink * Math.sqrt(p * (1 - p) / n + zSquared / (4 * n * n));
        // At 0 or n successes the bound is exactly 0 or 1, which rounding would miss by a hair.
        double low = successes == 0 ? 0 : centre - halfWidth;
        double high = successes == trials ? 1 : centre + halfWidth;
        return new WilsonInterval(low, high);
    }
}
