package org.asistream.measures.domain.view;

import static org.asistream.measures.domain.measure.Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
import static org.asistream.measures.domain.measure.Measure.HIGH_RISK_TIA_WITHIN_24_HOURS;
import static org.asistream.measures.domain.measure.Measure.JOINT_CARE_PLAN;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.asistream.measures.domain.measure.OutcomeState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.asistream.measures.domain.measure.AttributionKey;
import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.measure.OutcomeState;
import org.junit.jupiter.api.Test;

class MeasureCountsTest {

    private static final AttributionKey BUCKET = new AttributionKey("RA1", LocalDate.of(2011, 3, 1));

    private static Contribution stroke(OutcomeState imaging, boolean inHours, Integer doorToScan, Integer doorToNeedle) {
        return new Contribution(BUCKET, MeasureStates.NONE.with(BRAIN_IMAGING_WITHIN_1_HOUR, imaging), doorToScan,
                null, doorToNeedle, inHours, false, false, false, false, 0, 0, Set.of());
    }

    private static Contribution highRiskTia(boolean within2Hours, boolean within6Hours, boolean mri, long earned,
                                            long forgone) {
        return new Contribution(BUCKET, MeasureStates.NONE.with(HIGH_RISK_TIA_WITHIN_24_HOURS, MET), null, null, null,
                false, within2Hours, within6Hours, mri, true, earned, forgone, Set.of());
    }

    private static Contribution outcome(Measure measure, OutcomeState state, MissingFact... missing) {
        return new Contribution(BUCKET, MeasureStates.NONE.with(measure, state), null, null, null, false, false, false,
                false, false, 0, 0, Set.of(missing));
    }

    @Test
    void countsEachStateOfEachMeasure() {
        MeasureCounts counts = new MeasureCounts()
                .add(outcome(JOINT_CARE_PLAN, MET))
                .add(outcome(JOINT_CARE_PLAN, MET))
                .add(outcome(JOINT_CARE_PLAN, NOT_MET))
                .add(outcome(BRAIN_IMAGING_WITHIN_1_HOUR, EXCLUDED));

        assertThat(counts.met(JOINT_CARE_PLAN)).isEqualTo(2);
        assertThat(counts.notMet(JOINT_CARE_PLAN)).isEqualTo(1);
        assertThat(counts.pending(JOINT_CARE_PLAN)).isZero();
        assertThat(counts.excluded(BRAIN_IMAGING_WITHIN_1_HOUR)).isEqualTo(1);
    }

    @Test
    void splitsScansWithinAnHourByInHoursAndOutOfHoursLeavingPendingOut() {
        MeasureCounts counts = new MeasureCounts()
                .add(stroke(MET, true, 40, null))
                .add(stroke(NOT_MET, true, 90, null))
                .add(stroke(MET, false, 50, null))
                .add(stroke(PENDING, false, null, null));

        assertThat(counts.tally(Tally.IN_HOURS_SCANS_JUDGED)).isEqualTo(2);
        assertThat(counts.tally(Tally.IN_HOURS_SCANNED_WITHIN_1_HOUR)).isEqualTo(1);
        assertThat(counts.tally(Tally.OUT_OF_HOURS_SCANS_JUDGED)).isEqualTo(1);
        assertThat(counts.tally(Tally.OUT_OF_HOURS_SCANNED_WITHIN_1_HOUR)).isEqualTo(1);
        assertThat(counts.doorToScanMinutes().median()).hasValue(50);
    }

    @Test
    void countsThrombolysisAmongNonExcludedStrokePatients() {
        MeasureCounts counts = new MeasureCounts()
                .add(stroke(MET, true, 20, 45))
                .add(stroke(PENDING, true, null, null))
                .add(stroke(EXCLUDED, true, null, null));

        assertThat(counts.tally(Tally.THROMBOLYSIS_ELIGIBLE)).isEqualTo(2);
        assertThat(counts.tally(Tally.THROMBOLYSED)).isEqualTo(1);
        assertThat(counts.doorToNeedleMinutes().median()).hasValue(45);
    }

    @Test
    void countsHighRiskTiaFiguresAndSumsTheTariff() {
        MeasureCounts counts = new MeasureCounts()
                .add(highRiskTia(true, true, true, 63_400, 0))
                .add(highRiskTia(false, true, false, 45_000, 18_400));

        assertThat(counts.tally(Tally.HIGH_RISK_TIA)).isEqualTo(2);
        assertThat(counts.tally(Tally.HIGH_RISK_TIA_SCANNED_WITHIN_2_HOURS)).isEqualTo(1);
        assertThat(counts.tally(Tally.HIGH_RISK_TIA_SCANNED_WITHIN_6_HOURS)).isEqualTo(2);
        assertThat(counts.tally(Tally.HIGH_RISK_TIA_INVESTIGATED_WITH_MRI)).isEqualTo(1);
        assertThat(counts.tally(Tally.TARIFF_EPISODES)).isEqualTo(2);
        assertThat(counts.tally(Tally.TARIFF_EARNED_PENCE)).isEqualTo(108_400);
        assertThat(counts.tally(Tally.TARIFF_FORGONE_PENCE)).isEqualTo(18_400);
    }

    @Test
    void countsAnIncompleteEpisodeOnceAndEachOfItsGaps() {
        MeasureCounts counts = new MeasureCounts()
                .add(outcome(JOINT_CARE_PLAN, MET, MissingFact.WARD_MOVEMENTS, MissingFact.DISCHARGE_DETAILS));

        assertThat(counts.tally(Tally.INCOMPLETE_EPISODES)).isEqualTo(1);
        assertThat(counts.missing(MissingFact.WARD_MOVEMENTS)).isEqualTo(1);
        assertThat(counts.missing(MissingFact.DIAGNOSIS)).isZero();
    }

    @Test
    void subtractingWhatWasAddedGivesBackTheOriginal() {
        MeasureCounts counts = new MeasureCounts().add(stroke(MET, true, 40, 50));
        MeasureCounts original = counts.copy();

        counts.add(stroke(NOT_MET, false, 70, null)).add(highRiskTia(true, true, false, 54_200, 9_200))
                .subtract(stroke(NOT_MET, false, 70, null)).subtract(highRiskTia(true, true, false, 54_200, 9_200));

        assertThat(counts).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(counts.subtract(stroke(MET, true, 40, 50)).isEmpty()).isTrue();
    }

    @Test
    void plusSumsTwoAggregatesWithoutChangingEither() {
        MeasureCounts march = new MeasureCounts().add(stroke(MET, true, 40, null));
        MeasureCounts april = new MeasureCounts().add(stroke(NOT_MET, true, 80, null));

        MeasureCounts both = march.plus(april);

        assertThat(both).isEqualTo(new MeasureCounts().add(stroke(MET, true, 40, null)).add(stroke(NOT_MET, true, 80, null)));
        assertThat(march.met(BRAIN_IMAGING_WITHIN_1_HOUR)).isEqualTo(1);
        assertThat(march.notMet(BRAIN_IMAGING_WITHIN_1_HOUR)).isZero();
    }

    @Test
    void aSerdeCanRestoreAnEqualAggregateThroughTheSetters() {
        MeasureCounts counts = new MeasureCounts()
                .add(stroke(MET, true, 40, 55))
                .add(highRiskTia(true, false, true, 54_200, 9_200))
                .add(outcome(JOINT_CARE_PLAN, NOT_MET, MissingFact.DISCHARGE_DETAILS));

        MeasureCounts restored = new MeasureCounts();
        for (Measure measure : Measure.values()) {
            for (OutcomeState state : OutcomeState.values()) {
                restored.setCount(measure, state, counts.count(measure, state));
            }
        }
        for (Tally tally : Tally.values()) {
            restored.setTally(tally, counts.tally(tally));
        }
        for (MissingFact fact : MissingFact.values()) {
            restored.setMissing(fact, counts.missing(fact));
        }
        for (int i = 0; i < counts.doorToScanMinutes().distinctMinutes(); i++) {
            restored.doorToScanMinutes().add(counts.doorToScanMinutes().minuteAt(i), counts.doorToScanMinutes().countAt(i));
        }
        restored.doorToNeedleMinutes().addAll(counts.doorToNeedleMinutes());

        assertThat(restored).isEqualTo(counts);
    }
}
