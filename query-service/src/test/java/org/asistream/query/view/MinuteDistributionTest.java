package org.asistream.query.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinuteDistributionTest {

    @Test
    void theMedianIsTheNearestRankValue() {
        // 20, 30, 30, 45, 70, 200: the 3rd of 6.
        MinuteDistribution minutes = MinuteDistribution.of(new int[] {20, 30, 45, 70, 200}, new long[] {1, 2, 1, 1, 1});

        assertThat(minutes.episodes()).isEqualTo(6);
        assertThat(minutes.percentile(0.5)).isEqualTo(30);
        assertThat(minutes.percentile(0.9)).isEqualTo(200);
        assertThat(minutes.percentile(1.0)).isEqualTo(200);
    }

    @Test
    void anOddCountHasItsMiddleValueAsMedian() {
        MinuteDistribution minutes = MinuteDistribution.of(new int[] {10, 11, 12}, new long[] {1, 1, 1});

        assertThat(minutes.percentile(0.5)).isEqualTo(11);
        assertThat(minutes.percentile(0.9)).isEqualTo(12);
    }

    @Test
    void anEmptyDistributionHasNoPercentile() {
        assertThat(MinuteDistribution.EMPTY.percentile(0.5)).isNull();
        assertThat(MinuteDistribution.of(new int[] {5}, new long[] {0})).isEqualTo(MinuteDistribution.EMPTY);
    }

    @Test
    void distributionsAddMinuteByMinute() {
        MinuteDistribution.Sum sum = new MinuteDistribution.Sum();
        sum.add(MinuteDistribution.of(new int[] {10, 30}, new long[] {1, 2}));
        sum.add(MinuteDistribution.EMPTY);
        sum.add(MinuteDistribution.of(new int[] {-5, 30, 90}, new long[] {1, 1, 4}));
        sum.add(MinuteDistribution.of(new int[] {200}, new long[] {1}));

        assertThat(sum.toDistribution()).isEqualTo(
                MinuteDistribution.of(new int[] {-5, 10, 30, 90, 200}, new long[] {1, 1, 3, 4, 1}));
        assertThat(new MinuteDistribution.Sum().toDistribution()).isEqualTo(MinuteDistribution.EMPTY);
    }

    @Test
    void minutesMustAscendAndCountsMustNotBeNegative() {
        assertThatThrownBy(() -> MinuteDistribution.of(new int[] {30, 10}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinuteDistribution.of(new int[] {10}, new long[] {-1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
