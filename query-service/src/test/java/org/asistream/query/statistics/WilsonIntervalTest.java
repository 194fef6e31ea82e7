package org.asistream.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void eightyOneOfTwoHundredSixtyThreeMatchesThePublishedInterval() {
        WilsonInterval interval = WilsonInterval.of(81, 263);

        assertThat(interval.low()).isCloseTo(0.2553, within(0.00005));
        assertThat(interval.high()).isCloseTo(0.3662, within(0.00005));
    }

    @Test
    void noSuccessesStillGiveAnUpperBoundAboveZero() {
        WilsonInterval interval = WilsonInterval.of(0, 10);

        assertThat(interval.low()).isZero();
        assertThat(interval.high()).isCloseTo(0.2775, within(0.00005));
    }

    @Test
    void allSuccessesMirrorNoSuccesses() {
        WilsonInterval interval = WilsonInterval.of(10, 10);

        assertThat(interval.low()).isCloseTo(1 - 0.2775, within(0.00005));
        assertThat(interval.high()).isEqualTo(1.0);
    }

    @Test
    void theIntervalOfFailuresIsTheMirrorOfTheIntervalOfSuccesses() {
        WilsonInterval successes = WilsonInterval.of(7, 31);
        WilsonInterval failures = WilsonInterval.of(24, 31);

        assertThat(successes.low()).isCloseTo(1 - failures.high(), within(1e-12));
        assertThat(successes.high()).isCloseTo(1 - failures.low(), within(1e-12));
    }

    @Test
    void theIntervalContainsTheObservedRateAndNarrowsWithMoreEpisodes() {
        WilsonInterval small = WilsonInterval.of(6, 10);
        WilsonInterval large = WilsonInterval.of(600, 1000);

        assertThat(small.low()).isLessThan(0.6);
        assertThat(small.high()).isGreaterThan(0.6);
        assertThat(large.low()).isGreaterThan(small.low());
        assertThat(large.high()).isLessThan(small.high());
    }

    @Test
    void noTrialsHaveNoInterval() {
        assertThatThrownBy(() -> WilsonInterval.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
