package org.asistream.query.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.query.statistics.RateSummary;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static final double TARGET = 0.60;
    private static final YearMonth APRIL_2010 = YearMonth.of(2010, 4);

    @Test
    void theTrajectoryRisesInAStraightLineFromTheBaselineRateToTheTargetAtTheAspirationMonth() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2011, 6), rate(70, 30));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(trajectory.defined()).isTrue();
        assertThat(trajectory.baseline()).isEqualTo(APRIL_2010);
        assertThat(trajectory.aspiration()).isEqualTo(YearMonth.of(2011, 4));
        assertThat(trajectory.baselineRate()).isEqualTo(0.30);
        assertThat(value(trajectory, APRIL_2010)).isCloseTo(0.30, within(1e-12));
        assertThat(value(trajectory, YearMonth.of(2010, 10))).isCloseTo(0.45, within(1e-12));
        assertThat(value(trajectory, YearMonth.of(2011, 3))).isCloseTo(0.30 + 0.30 * 11 / 12, within(1e-12));
        assertThat(value(trajectory, YearMonth.of(2011, 4))).isEqualTo(TARGET);
    }

    @Test
    void afterTheAspirationMonthTheTrajectoryStaysAtTheTarget() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2011, 9), rate(50, 50));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(value(trajectory, YearMonth.of(2011, 5))).isEqualTo(TARGET);
        assertThat(value(trajectory, YearMonth.of(2011, 9))).isEqualTo(TARGET);
        assertThat(month(trajectory, YearMonth.of(2011, 9)).onTrajectory()).isFalse();
    }

    @Test
    void aMonthAtOrAboveTheTrajectoryIsOnItAndOneBelowIsOff() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2010, 10), rate(45, 55));
        series.put(YearMonth.of(2010, 11), rate(40, 60));
        series.put(YearMonth.of(2010, 12), rate(90, 10));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(month(trajectory, APRIL_2010).onTrajectory()).isTrue();
        assertThat(month(trajectory, YearMonth.of(2010, 10)).onTrajectory()).isTrue();
        assertThat(month(trajectory, YearMonth.of(2010, 11)).onTrajectory()).isFalse();
        assertThat(month(trajectory, YearMonth.of(2010, 12)).onTrajectory()).isTrue();
    }

    @Test
    void monthsMissingFromTheSeriesAreListedWithoutAMark() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2010, 5), null);
        series.put(YearMonth.of(2010, 7), rate(40, 60));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(trajectory.months()).extracting(TrajectoryMonth::month).containsExactly(APRIL_2010,
                YearMonth.of(2010, 5), YearMonth.of(2010, 6), YearMonth.of(2010, 7));
        TrajectoryMonth june = month(trajectory, YearMonth.of(2010, 6));
        assertThat(june.summary()).isNull();
        assertThat(june.trajectoryValue()).isCloseTo(0.30 + 0.30 * 2 / 12, within(1e-12));
        assertThat(june.onTrajectory()).isNull();
        assertThat(month(trajectory, YearMonth.of(2010, 5)).onTrajectory()).isNull();
    }

    @Test
    void aMonthWithOnlyPendingEpisodesHasNoMarkYet() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2010, 5), RateSummary.of(new MeasureCounts(0, 0, 12, 0), TARGET));

        TrajectoryMonth may = month(Trajectory.of(series, TARGET), YearMonth.of(2010, 5));

        assertThat(may.summary().counts().pending()).isEqualTo(12);
        assertThat(may.trajectoryValue()).isNotNull();
        assertThat(may.onTrajectory()).isNull();
    }

    @Test
    void aBaselineMonthWithNoFiguresLeavesTheTrajectoryUndefinedAndSaysWhy() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, null);
        series.put(YearMonth.of(2010, 5), rate(40, 60));

        Trajectory trajectory = Trajectory.of(series, TARGET, APRIL_2010, Trajectory.DEFAULT_ASPIRATION);

        assertThat(trajectory.defined()).isFalse();
        assertThat(trajectory.baselineRate()).isNull();
        assertThat(trajectory.undefinedReason()).contains("baseline month 2010-04").contains("no rate");
        assertThat(trajectory.months()).allSatisfy(month -> {
            assertThat(month.trajectoryValue()).isNull();
            assertThat(month.onTrajectory()).isNull();
        });
        assertThat(month(trajectory, YearMonth.of(2010, 5)).summary().rate()).isEqualTo(0.40);
    }

    @Test
    void aBaselineMonthWithOnlyPendingEpisodesLeavesTheTrajectoryUndefined() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, RateSummary.of(new MeasureCounts(0, 0, 5, 2), TARGET));

        assertThat(Trajectory.of(series, TARGET).defined()).isFalse();
    }

    @Test
    void aBaselineOutsideTheSeriesLeavesTheTrajectoryUndefined() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));

        Trajectory trajectory = Trajectory.of(series, TARGET, YearMonth.of(2010, 1), YearMonth.of(2011, 4));

        assertThat(trajectory.defined()).isFalse();
        assertThat(trajectory.undefinedReason()).contains("2010-01");
    }

    @Test
    void aLaterBaselineStartsTheLineThereAndLeavesEarlierMonthsUnmarked() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(10, 90));
        series.put(YearMonth.of(2010, 10), rate(40, 60));
        series.put(YearMonth.of(2011, 1), rate(45, 55));

        Trajectory trajectory = Trajectory.of(series, TARGET, YearMonth.of(2010, 10), YearMonth.of(2011, 4));

        assertThat(month(trajectory, APRIL_2010).trajectoryValue()).isNull();
        assertThat(month(trajectory, APRIL_2010).onTrajectory()).isNull();
        assertThat(value(trajectory, YearMonth.of(2011, 1))).isCloseTo(0.50, within(1e-12));
        assertThat(month(trajectory, YearMonth.of(2011, 1)).onTrajectory()).isFalse();
    }

    @Test
    void aConfiguredAspirationMonthMovesWhereTheLineMeetsTheTarget() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(20, 80));
        series.put(YearMonth.of(2010, 6), rate(40, 60));

        Trajectory trajectory = Trajectory.of(series, TARGET, APRIL_2010, YearMonth.of(2010, 8));

        assertThat(value(trajectory, YearMonth.of(2010, 6))).isCloseTo(0.40, within(1e-12));
    }

    @Test
    void aBaselineAlreadyAtOrAboveTargetGivesAFlatLineAtTheTarget() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(80, 20));
        series.put(YearMonth.of(2010, 6), rate(70, 30));
        series.put(YearMonth.of(2010, 7), rate(55, 45));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(trajectory.months()).allSatisfy(month -> assertThat(month.trajectoryValue()).isEqualTo(TARGET));
        assertThat(month(trajectory, YearMonth.of(2010, 6)).onTrajectory()).isTrue();
        assertThat(month(trajectory, YearMonth.of(2010, 7)).onTrajectory()).isFalse();
    }

    @Test
    void aBaselineInTheAspirationMonthIsAlreadyAtTheTarget() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(YearMonth.of(2011, 4), rate(20, 80));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(value(trajectory, YearMonth.of(2011, 4))).isEqualTo(TARGET);
        assertThat(month(trajectory, YearMonth.of(2011, 4)).onTrajectory()).isFalse();
    }

    @Test
    void anAspirationBeforeTheBaselineHasPassedSoTheTrajectoryIsTheTargetThroughout() {
        // The default aspiration (April 2011) against the twelve months before a 2026 platform clock.
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(YearMonth.of(2025, 12), rate(30, 70));
        series.put(YearMonth.of(2026, 5), rate(65, 35));
        series.put(YearMonth.of(2026, 11), rate(55, 45));

        Trajectory trajectory = Trajectory.of(series, TARGET, YearMonth.of(2025, 12), Trajectory.DEFAULT_ASPIRATION);

        assertThat(trajectory.defined()).isTrue();
        assertThat(trajectory.months()).allSatisfy(month -> assertThat(month.trajectoryValue()).isEqualTo(TARGET));
        assertThat(month(trajectory, YearMonth.of(2025, 12)).onTrajectory()).isFalse();
        assertThat(month(trajectory, YearMonth.of(2026, 5)).onTrajectory()).isTrue();
        assertThat(month(trajectory, YearMonth.of(2026, 11)).onTrajectory()).isFalse();
    }

    @Test
    void aRateExactlyOnTheLineIsOnItThoughTheLineIsComputedInFloatingPoint() {
        // 0.3 + (0.9 - 0.3) * 6 / 12 is 0.6000000000000001 in doubles; 60 of 100 is on the line all the same.
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2010, 10), rate(60, 40));

        Trajectory trajectory = Trajectory.of(series, 0.9, APRIL_2010, YearMonth.of(2011, 4));

        assertThat(value(trajectory, YearMonth.of(2010, 10))).isCloseTo(0.6, within(1e-12));
        assertThat(month(trajectory, YearMonth.of(2010, 10)).onTrajectory()).isTrue();
    }

    @Test
    void aRateBelowTheLineByLessThanABillionthIsOffTrajectory() {
        // Baseline 1,499 of 2,999, target 85% in 24 months; 19 months on the line is
        // 1499/2999 + (17/20 - 1499/2999) x 19/24, and 4,381 of 5,638 lies 7.4e-10 below it (found by an independent
        // implementation of the spec: a floating-point tolerance called it on trajectory). One more met is above it.
        YearMonth baseline = YearMonth.of(2010, 1);
        YearMonth month = baseline.plusMonths(19);
        SortedMap<YearMonth, RateSummary> below = new TreeMap<>();
        below.put(baseline, rate(1_499, 1_500));
        below.put(month, rate(4_381, 5_638 - 4_381));
        SortedMap<YearMonth, RateSummary> above = new TreeMap<>(below);
        above.put(month, rate(4_382, 5_638 - 4_382));

        Trajectory justBelow = Trajectory.of(below, 0.85, baseline, baseline.plusMonths(24));
        Trajectory justAbove = Trajectory.of(above, 0.85, baseline, baseline.plusMonths(24));

        assertThat(month(justBelow, month).onTrajectory()).isFalse();
        assertThat(month(justAbove, month).onTrajectory()).isTrue();
    }

    @Test
    void aRateExactlyAtTheTargetAfterTheAspirationIsOnTrajectory() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, rate(30, 70));
        series.put(YearMonth.of(2011, 5), rate(17, 3));
        series.put(YearMonth.of(2011, 6), rate(8_499_999_999L, 1_500_000_001L));

        Trajectory trajectory = Trajectory.of(series, 0.85, APRIL_2010, YearMonth.of(2011, 4));

        assertThat(month(trajectory, YearMonth.of(2011, 5)).onTrajectory()).as("17 of 20 is 85%").isTrue();
        assertThat(month(trajectory, YearMonth.of(2011, 6)).onTrajectory()).as("a ten-billionth below").isFalse();
    }

    @Test
    void theDefaultBaselineIsTheFirstMonthWithARate() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, null);
        series.put(YearMonth.of(2010, 5), RateSummary.of(new MeasureCounts(0, 0, 3, 0), TARGET)); // pending only
        series.put(YearMonth.of(2010, 6), rate(40, 60));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(trajectory.baseline()).isEqualTo(YearMonth.of(2010, 6));
        assertThat(trajectory.baselineRate()).isEqualTo(0.40);
        assertThat(month(trajectory, YearMonth.of(2010, 5)).trajectoryValue()).isNull();
    }

    @Test
    void withoutAnyRateTheDefaultBaselineIsTheFirstMonthAndTheTrajectoryIsUndefined() {
        SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
        series.put(APRIL_2010, null);
        series.put(YearMonth.of(2010, 5), RateSummary.of(new MeasureCounts(0, 0, 3, 0), TARGET));

        Trajectory trajectory = Trajectory.of(series, TARGET);

        assertThat(trajectory.baseline()).isEqualTo(APRIL_2010);
        assertThat(trajectory.defined()).isFalse();
    }

    @Test
    void anEmptySeriesIsRejected() {
        assertThatThrownBy(() -> Trajectory.of(new TreeMap<>(), TARGET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RateSummary rate(long met, long notMet) {
        return RateSummary.of(new MeasureCounts(met, notMet, 0, 0), TARGET);
    }

    private static TrajectoryMonth month(Trajectory trajectory, YearMonth month) {
        return trajectory.months().stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow();
    }

    private static double value(Trajectory trajectory, YearMonth month) {
        return month(trajectory, month).trajectoryValue();
    }
}
