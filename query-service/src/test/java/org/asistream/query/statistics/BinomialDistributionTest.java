package org.asistream.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialDistributionTest {

    @Test
    void tenFairCoinsMatchPascalsTriangle() {
        BinomialDistribution heads = new BinomialDistribution(10, 0.5);
        long[] cumulativeOf1024 = {1, 11, 56, 176, 386, 638, 848, 968, 1013, 1023, 1024};

        for (int r = 0; r <= 10; r++) {
            assertThat(heads.cumulative(r)).isCloseTo(cumulativeOf1024[r] / 1024.0, within(1e-15));
        }
    }

    @Test
    void theCumulativeIsZeroBelowNoSuccessesAndOneFromAllOfThem() {
        BinomialDistribution cases = new BinomialDistribution(30, 0.2);

        assertThat(cases.cumulative(-1)).isZero();
        assertThat(cases.cumulative(30)).isEqualTo(1.0);
        assertThat(cases.cumulative(31)).isEqualTo(1.0);
    }

    @Test
    void aLargeDenominatorAgreesWithALogSpaceSumFromZero() {
        int n = 100_000;
        double p = 0.6;
        BinomialDistribution cases = new BinomialDistribution(n, p);
        double[] expected = logSpaceCumulative(n, p);

        for (int r = 59_000; r <= 61_000; r += 50) {
            assertThat(cases.cumulative(r)).as("P(X <= %d)", r).isCloseTo(expected[r], within(1e-10));
        }
    }

    @Test
    void theQuantileIsTheSmallestCountReachingTheLevel() {
        BinomialDistribution heads = new BinomialDistribution(10, 0.5);

        assertThat(heads.quantile(0.025)).isEqualTo(2);
        assertThat(heads.quantile(56 / 1024.0)).isEqualTo(2);
        assertThat(heads.quantile(0.975)).isEqualTo(8);
        assertThat(heads.quantile(1.0)).isEqualTo(10);
    }

    @Test
    void aDegenerateDistributionPutsAllItsWeightOnOneCount() {
        assertThat(new BinomialDistribution(5, 0.0).cumulative(0)).isEqualTo(1.0);
        assertThat(new BinomialDistribution(5, 1.0).cumulative(4)).isZero();
        assertThat(new BinomialDistribution(5, 1.0).quantile(0.001)).isEqualTo(5);
    }

    /**
     * An independent route: log P(X = k) by its recurrence from k = 0, the increments added with Kahan compensation
     * (some 60,000 plain additions to a log near -90,000 would drift by ~1e-9), summed with log-sum-exp.
     */
    private static double[] logSpaceCumulative(int n, double p) {
        double[] cumulative = new double[n + 1];
        double logTerm = n * Math.log1p(-p);
        double compensation = 0;
        double logSum = logTerm;
        cumulative[0] = Math.exp(logSum);
        for (int k = 1; k <= n; k++) {
            double increment = Math.log((double) (n - k + 1) / k) + Math.log(p / (1 - p)) - compensation;
            double next = logTerm + increment;
            compensation = (next - logTerm) - increment;
            logTerm = next;
            double high = Math.max(logSum, logTerm);
            logSum = high + Math.log(Math.exp(logSum - high) + Math.exp(logTerm - high));
            cumulative[k] = Math.exp(logSum);
        }
        return cumulative;
    }
}
