package org.asistream.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FunnelLimitsTest {

    @Test
    void tenEpisodesAtAHalfGiveTheLimitsWorkedByHand() {
        // P(X <= r) x 1024 for Bin(10, 0.5): 1, 11, 56, 176, 386, 638, 848, 968, 1013, 1023, 1024.
        // 2.5%: 25.6 is first reached at r = 2; alpha = (56 - 25.6) / 45; limit = (2 - alpha) / 10.
        // 97.5%: 998.4 at r = 8; alpha = (1013 - 998.4) / 45. 0.1%: 1.024 at r = 1; 99.9%: 1022.976 at r = 9.
        FunnelLimits limits = FunnelLimits.at(0.5, 10);

        assertThat(limits.denominator()).isEqualTo(10);
        assertThat(limits.lower95()).isCloseTo((2 - 30.4 / 45) / 10, within(1e-12));
        assertThat(limits.upper95()).isCloseTo((8 - 14.6 / 45) / 10, within(1e-12));
        assertThat(limits.lower998()).isCloseTo((1 - 9.976 / 10) / 10, within(1e-12));
        assertThat(limits.upper998()).isCloseTo((9 - 0.024 / 10) / 10, within(1e-12));
    }

    @Test
    void limitsAgreeWithExactRationalBinomialSumsForSmallDenominators() {
        for (int n : new int[] {1, 2, 5, 17, 50, 120}) {
            for (double p0 : new double[] {0.03, 0.3, 0.5, 0.77, 0.95}) {
                FunnelLimits limits = FunnelLimits.at(p0, n);
                String where = "p0=" + p0 + ", n=" + n;

                assertThat(limits.lower998()).as(where).isCloseTo(bruteForceLimit(p0, n, 0.001), within(1e-10));
                assertThat(limits.lower95()).as(where).isCloseTo(bruteForceLimit(p0, n, 0.025), within(1e-10));
                assertThat(limits.upper95()).as(where).isCloseTo(bruteForceLimit(p0, n, 0.975), within(1e-10));
                assertThat(limits.upper998()).as(where).isCloseTo(bruteForceLimit(p0, n, 0.999), within(1e-10));
            }
        }
    }

    @Test
    void limitsForTheComplementaryRateMirrorTheseShiftedByOneEpisode() {
        // Spiegelhalter's interpolation spreads each count r over (r - 1, r], so mirroring X into n - X moves the
        // limits by one episode: lower(p0) + upper(1 - p0) = 1 - 1/n.
        int n = 50;
        FunnelLimits limits = FunnelLimits.at(0.3, n);
        FunnelLimits complement = FunnelLimits.at(0.7, n);

        assertThat(limits.lower95() + complement.upper95()).isCloseTo(1 - 1.0 / n, within(1e-12));
        assertThat(limits.lower998() + complement.upper998()).isCloseTo(1 - 1.0 / n, within(1e-12));
    }

    @Test
    void limitsAreNestedAndWithinZeroToOne() {
        for (int n = 1; n <= 200; n++) {
            for (double p0 : new double[] {0.001, 0.1, 0.5, 0.85, 0.999}) {
                FunnelLimits limits = FunnelLimits.at(p0, n);

                assertThat(List.of(0.0, limits.lower998(), limits.lower95(), limits.upper95(), limits.upper998(), 1.0))
                        .as("p0=%s, n=%d", p0, n)
                        .isSorted();
            }
        }
    }

    @Test
    void theFunnelNarrowsAsTheDenominatorGrows() {
        double previousWidth = Double.MAX_VALUE;
        for (int n : new int[] {10, 100, 1_000, 10_000, 100_000}) {
            FunnelLimits limits = FunnelLimits.at(0.6, n);
            double width = limits.upper998() - limits.lower998();

            assertThat(width).as("n=%d", n).isLessThan(previousWidth);
            previousWidth = width;
        }
    }

    @Test
    void atOneHundredThousandTheLimitsMeetTheNormalApproximation() {
        int n = 100_000;
        double p0 = 0.6;
        double standardError = Math.sqrt(p0 * (1 - p0) / n);
        FunnelLimits limits = FunnelLimits.at(p0, n);
        // Within a couple of episodes in 100,000: the half-episode shift and the skew of the binomial.
        double tolerance = 2.0 / n;

        assertThat(limits.lower95()).isCloseTo(p0 - 1.959964 * standardError, within(tolerance));
        assertThat(limits.upper95()).isCloseTo(p0 + 1.959964 * standardError, within(tolerance));
        assertThat(limits.lower998()).isCloseTo(p0 - 3.090232 * standardError, within(tolerance));
        assertThat(limits.upper998()).isCloseTo(p0 + 3.090232 * standardError, within(tolerance));
    }

    @Test
    void aRareEventOverALargeDenominatorStaysFiniteAndAboveZero() {
        FunnelLimits limits = FunnelLimits.at(0.001, 100_000);

        assertThat(limits.lower998()).isGreaterThan(0.0005);
        assertThat(limits.upper998()).isLessThan(0.0015);
    }

    @Test
    void aMeanOfZeroOrOneAllowsNoVariation() {
        assertThat(FunnelLimits.at(0.0, 40)).isEqualTo(new FunnelLimits(40, 0, 0, 0, 0));
        assertThat(FunnelLimits.at(1.0, 40)).isEqualTo(new FunnelLimits(40, 1, 1, 1, 1));
    }

    @Test
    void tinyDenominatorsClampTheLowerLimitsAtZero() {
        FunnelLimits limits = FunnelLimits.at(0.5, 1);

        assertThat(limits.lower998()).isZero();
        assertThat(limits.lower95()).isZero();
        assertThat(limits.upper95()).isCloseTo(0.95, within(1e-12));
        assertThat(limits.upper998()).isCloseTo(0.998, within(1e-12));
    }

    @Test
    void aDenominatorBelowOneOrAMeanOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> FunnelLimits.at(0.5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunnelLimits.at(-0.1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunnelLimits.at(1.1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FunnelLimits.at(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeriesHasEverySmallDenominatorThenThinsOutAndEndsAtTheLargest() {
        List<FunnelLimits> series = FunnelLimits.series(0.6, 100_000);
        List<Integer> denominators = series.stream().map(FunnelLimits::denominator).toList();

        assertThat(denominators.subList(0, 100)).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(denominators).isSorted().doesNotHaveDuplicates();
        assertThat(denominators.get(denominators.size() - 1)).isEqualTo(100_000);
        assertThat(series).hasSizeLessThan(500);
        assertThat(series.get(57)).isEqualTo(FunnelLimits.at(0.6, 58));
    }

    @Test
    void aSeriesUpToOneHasOnePointAndUpToZeroHasNone() {
        assertThat(FunnelLimits.series(0.6, 1)).containsExactly(FunnelLimits.at(0.6, 1));
        assertThat(FunnelLimits.series(0.6, 0)).isEmpty();
    }

    /** The interpolated limit from P(X <= r) summed exactly as rationals, C(n, k) p^k (1 - p)^(n - k). */
    private static double bruteForceLimit(double p0, int n, double q) {
        BigDecimal p = new BigDecimal(p0);
        BigDecimal level = new BigDecimal(q);
        BigDecimal previous = BigDecimal.ZERO;
        BigDecimal cumulative = BigDecimal.ZERO;
        BigInteger choose = BigInteger.ONE;
        for (int r = 0; r <= n; r++) {
            if (r > 0) {
                choose = choose.multiply(BigInteger.valueOf(n - r + 1)).divide(BigInteger.valueOf(r));
            }
            previous = cumulative;
            cumulative = cumulative.add(new BigDecimal(choose)
                    .multiply(p.pow(r))
                    .multiply(BigDecimal.ONE.subtract(p).pow(n - r)));
            if (cumulative.compareTo(level) >= 0) {
                double alpha = cumulative.subtract(level)
                        .divide(cumulative.subtract(previous), MathContext.DECIMAL128)
                        .doubleValue();
                return Math.max(0, (r - alpha) / n);
            }
        }
        throw new AssertionError("P(X <= n) never reached " + q);
    }
}
