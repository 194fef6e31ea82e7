package org.asistream.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateSummaryTest {

    @Test
    void theRateIsMetOverMetAndNotMetWithItsWilsonInterval() {
        RateSummary summary = RateSummary.of(new MeasureCounts(81, 182, 0, 9), 0.60);

        assertThat(summary.rate()).isEqualTo(81.0 / 263);
        assertThat(summary.ciLow()).isCloseTo(0.2553, within(0.00005));
        assertThat(summary.ciHigh()).isCloseTo(0.3662, within(0.00005));
        assertThat(summary.atTarget()).isFalse();
        assertThat(summary.tooFewToRank()).isFalse();
    }

    @Test
    void pendingAndExcludedEpisodesStayOutOfTheRateButAreKept() {
        MeasureCounts counts = new MeasureCounts(6, 4, 5, 7);
        RateSummary summary = RateSummary.of(counts, 0.60);

        assertThat(summary.rate()).isEqualTo(0.6);
        assertThat(summary.counts()).isEqualTo(counts);
        assertThat(summary.target()).isEqualTo(0.60);
    }

    @Test
    void pendingEpisodesOpenTheRangeTheRateCanStillReach() {
        RateSummary summary = RateSummary.of(new MeasureCounts(6, 4, 5, 7), 0.60);

        assertThat(summary.rangeLow()).isEqualTo(6.0 / 15);
        assertThat(summary.rangeHigh()).isEqualTo(11.0 / 15);
    }

    @Test
    void withNothingPendingTheRangeIsTheRateItself() {
        RateSummary summary = RateSummary.of(new MeasureCounts(3, 1, 0, 2), 0.60);

        assertThat(summary.rangeLow()).isEqualTo(0.75);
        assertThat(summary.rangeHigh()).isEqualTo(0.75);
    }

    @Test
    void aZeroDenominatorHasNoRateIntervalOrVerdict() {
        RateSummary summary = RateSummary.of(new MeasureCounts(0, 0, 0, 3), 0.60);

        assertThat(summary.rate()).isNull();
        assertThat(summary.ciLow()).isNull();
        assertThat(summary.ciHigh()).isNull();
        assertThat(summary.atTarget()).isNull();
        assertThat(summary.rangeLow()).isNull();
        assertThat(summary.rangeHigh()).isNull();
        assertThat(summary.tooFewToRank()).isTrue();
    }

    @Test
    void allPendingHasNoRateYetButCanStillEndAnywhere() {
        RateSummary summary = RateSummary.of(new MeasureCounts(0, 0, 8, 0), 0.60);

        assertThat(summary.rate()).isNull();
        assertThat(summary.atTarget()).isNull();
        assertThat(summary.rangeLow()).isEqualTo(0.0);
        assertThat(summary.rangeHigh()).isEqualTo(1.0);
    }

    @Test
    void aRateExactlyAtEachTargetIsAtTargetAndOneEpisodeLessIsNot() {
        for (Measure measure : Measure.values()) {
            long met = Math.round(measure.target() * 100);

            assertThat(RateSummary.of(new MeasureCounts(met, 100 - met, 0, 0), measure.target()).atTarget())
                    .as("measure %s at %d/100", measure.id(), met)
                    .isTrue();
            assertThat(RateSummary.of(new MeasureCounts(met - 1, 101 - met, 0, 0), measure.target()).atTarget())
                    .as("measure %s at %d/100", measure.id(), met - 1)
                    .isFalse();
        }
    }

    @Test
    void exactlyTwentyDecidedEpisodesAreEnoughToRank() {
        assertThat(RateSummary.of(new MeasureCounts(12, 8, 0, 0), 0.60).tooFewToRank()).isFalse();
    }

    @Test
    void nineteenDecidedEpisodesAreTooFewToRankWhateverIsPending() {
        assertThat(RateSummary.of(new MeasureCounts(12, 7, 40, 40), 0.60).tooFewToRank()).isTrue();
    }
}
