package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.STROKE_UNIT_WITHIN_4_HOURS;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.asistream.measures.domain.measure.OutcomeState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;
import org.asistream.measures.domain.time.BankHolidays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measure 2: first arrival on a stroke unit within 4 hours of the clock start. */
class StrokeUnitWithinFourHoursTest {

    private final Pathway pathway = Pathway.episode();

    @BeforeEach
    void arrivesByAmbulance() {
        pathway.arrival("2011-03-01T10:00Z");
    }

    @Test
    void metWhenTheFirstStrokeUnitEntryIsWithinFourHours() {
        pathway.ward("2011-03-01T10:30Z", Ward.OTHER);
        pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);

        MeasureOutcome outcome = pathway.assessAt("2011-03-01T12:00Z").outcome(STROKE_UNIT_WITHIN_4_HOURS).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.FIRST_TRUST, LocalDate.of(2011, 3, 1)));
        assertThat(outcome.deadline()).isEqualTo(Pathway.t("2011-03-01T14:00Z"));
    }

    @Test
    void metByAStrokeUnitEntryExactlyAtTheDeadline() {
        pathway.ward("2011-03-01T14:00Z", Ward.STROKE_UNIT);

        assertThat(pathway.assessAt("2011-03-02T00:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(MET);
    }

    @Test
    void pendingUntilTheClockPassesTheDeadline() {
        assertThat(pathway.assessAt("2011-03-01T14:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(PENDING);
    }

    @Test
    void breachesOneMillisecondAfterTheDeadline() {
        assertThat(pathway.assessAt("2011-03-01T14:00:00.001Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);
    }

    @Test
    void notMetWhenTheFirstStrokeUnitEntryIsOneMillisecondLate() {
        pathway.ward("2011-03-01T14:00:00.001Z", Ward.STROKE_UNIT);

        assertThat(pathway.assessAt("2011-03-01T15:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);
    }

    @Test
    void aLateFactTimedBeforeTheDeadlineTurnsABreachIntoMet() {
        assertThat(pathway.assessAt("2011-03-01T15:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);

        pathway.ward("2011-03-01T13:59Z", Ward.STROKE_UNIT);

        assertThat(pathway.assessAt("2011-03-01T15:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(MET);
    }

    @Test
    void aStrokeUnitAtAnotherTrustCountsForTheFirstTrust() {
        pathway.transferOut("2011-03-01T11:00Z", Pathway.SECOND_TRUST);
        pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-01T12:00Z", ArrivalMode.TRANSFER);
        pathway.ward("2011-03-01T13:00Z", Ward.STROKE_UNIT);

        MeasureOutcome outcome = pathway.assessAt("2011-03-01T13:00Z").outcome(STROKE_UNIT_WITHIN_4_HOURS).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution().trust()).isEqualTo(Pathway.FIRST_TRUST);
    }

    @Test
    void excludesAnInHospitalStroke() {
        Pathway inpatient = Pathway.episode();
        inpatient.inHospitalOnset("2011-03-01T10:00Z");

        MeasureOutcome outcome = inpatient.assessAt("2011-03-02T10:00Z").outcome(STROKE_UNIT_WITHIN_4_HOURS).orElseThrow();

        assertThat(outcome.state()).isEqualTo(EXCLUDED);
        assertThat(outcome.deadline()).isNull();
    }

    @Test
    void excludesAnInpatientArrival() {
        Pathway inpatient = Pathway.episode();
        inpatient.arrival("2011-03-01T10:00Z", ArrivalMode.INPATIENT);
        inpatient.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);

        assertThat(inpatient.assessAt("2011-03-02T10:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(EXCLUDED);
    }

    @Test
    void excludesWhenTheEpisodesFirstWardAtAnyTrustIsCriticalCare() {
        pathway.transferOut("2011-03-01T10:20Z", Pathway.SECOND_TRUST);
        pathway.atTrust(Pathway.SECOND_TRUST).ward("2011-03-01T10:30Z", Ward.CRITICAL_CARE);
        pathway.atTrust(Pathway.FIRST_TRUST).ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(EXCLUDED);
    }

    @Test
    void criticalCareAfterAnotherWardDoesNotExclude() {
        pathway.ward("2011-03-01T10:30Z", Ward.OTHER);
        pathway.ward("2011-03-01T11:00Z", Ward.CRITICAL_CARE);

        assertThat(pathway.assessAt("2011-03-01T15:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);
    }

    @Test
    void aLateCriticalCareFirstWardExcludesABreachedEpisode() {
        assertThat(pathway.assessAt("2011-03-01T15:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);

        pathway.ward("2011-03-01T10:45Z", Ward.CRITICAL_CARE);

        assertThat(pathway.assessAt("2011-03-01T15:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(EXCLUDED);
    }

    @Test
    void aStrokeMimicHasNoState() {
        pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        pathway.diagnosis("2011-03-01T16:00Z", StrokeDiagnosis.NOT_STROKE);

        assertThat(pathway.assessAt("2011-03-01T16:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).isEmpty();
    }

    @Test
    void aCorrectedStrokeUnitTimeAfterTheDeadlineBreaches() {
        PathwayEvent ward = pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);
        pathway.correct(ward, event -> event.occurredAt(Pathway.t("2011-03-01T15:00Z")));

        assertThat(pathway.assessAt("2011-03-01T16:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);
    }

    @Test
    void aRetractedStrokeUnitEntryNoLongerMeetsIt() {
        PathwayEvent ward = pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);
        pathway.retract("2011-03-01T13:00Z", ward);

        assertThat(pathway.assessAt("2011-03-01T13:00Z").state(STROKE_UNIT_WITHIN_4_HOURS)).contains(PENDING);
    }

    @Test
    void aConflictedStrokeUnitEntryDoesNotCount() {
        PathwayEvent ward = pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);
        EpisodeLog log = pathway.log();
        log.add(ward.toBuilder().ward(Ward.OTHER).build());

        EpisodeAssessment assessment = new EpisodeAssessor(BankHolidays.NONE).assess(log, Pathway.t("2011-03-01T15:00Z"));

        assertThat(assessment.state(STROKE_UNIT_WITHIN_4_HOURS)).contains(NOT_MET);
    }

    @Test
    void aDuplicateStrokeUnitEntryChangesNothing() {
        PathwayEvent ward = pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);
        EpisodeLog log = pathway.log();
        log.add(ward);
        EpisodeAssessor assessor = new EpisodeAssessor(BankHolidays.NONE);

        assertThat(assessor.assess(log, Pathway.t("2011-03-01T15:00Z")))
                .isEqualTo(assessor.assess(pathway.log(), Pathway.t("2011-03-01T15:00Z")));
    }
}
