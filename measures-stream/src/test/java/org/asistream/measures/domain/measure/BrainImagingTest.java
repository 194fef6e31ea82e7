package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
import static org.asistream.measures.domain.measure.Measure.BRAIN_IMAGING_WITHIN_24_HOURS;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.asistream.measures.domain.measure.OutcomeState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.ImagingModality;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measures 4a and 4b: first brain scan within 1 hour and within 24 hours of the clock start. */
class BrainImagingTest {

    private final Pathway pathway = Pathway.episode();

    @BeforeEach
    void arrivesByAmbulance() {
        pathway.arrival("2011-03-01T10:00Z");
    }

    @Test
    void metWithinOneHourAttributedToTheFirstTrustOnTheClockStartDate() {
        pathway.scan("2011-03-01T10:45Z");

        EpisodeAssessment assessment = pathway.assessAt("2011-03-01T10:45Z");

        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_24_HOURS)).contains(MET);
        assertThat(assessment.outcome(BRAIN_IMAGING_WITHIN_1_HOUR).orElseThrow().attribution())
                .isEqualTo(new AttributionKey(Pathway.FIRST_TRUST, LocalDate.of(2011, 3, 1)));
    }

    @Test
    void metByAScanExactlyAtTheOneHourDeadline() {
        pathway.scan("2011-03-01T11:00Z");

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void pendingAtTheOneHourDeadlineItself() {
        assertThat(pathway.assessAt("2011-03-01T11:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(PENDING);
    }

    @Test
    void breachesImagingWithinOneHourAtDeadline() {
        EpisodeAssessment assessment = pathway.assessAt("2011-03-01T11:00:00.001Z");

        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);
        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_24_HOURS)).contains(PENDING);
    }

    @Test
    void aScanOneMillisecondLateMissesOneHourButMeetsTwentyFour() {
        pathway.scan("2011-03-01T11:00:00.001Z");

        EpisodeAssessment assessment = pathway.assessAt("2011-03-01T11:00:00.001Z");

        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);
        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_24_HOURS)).contains(MET);
    }

    @Test
    void breachesImagingWithinTwentyFourHoursAtItsDeadline() {
        assertThat(pathway.assessAt("2011-03-02T10:00Z").state(BRAIN_IMAGING_WITHIN_24_HOURS)).contains(PENDING);
        assertThat(pathway.assessAt("2011-03-02T10:00:00.001Z").state(BRAIN_IMAGING_WITHIN_24_HOURS))
                .contains(NOT_MET);
    }

    @Test
    void metWithinTwentyFourHoursByAScanExactlyAtTheDeadline() {
        pathway.scan("2011-03-02T10:00Z");

        assertThat(pathway.assessAt("2011-03-03T10:00Z").state(BRAIN_IMAGING_WITHIN_24_HOURS)).contains(MET);
    }

    @Test
    void aLateScanTimedInsideTheHourTurnsTheBreachIntoMet() {
        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);

        pathway.scan("2011-03-01T10:55Z");

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void theFirstScanDecidesEvenWhenASecondScanIsSentFirst() {
        pathway.scan("2011-03-01T13:00Z");
        pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:50Z", event -> event.modality(ImagingModality.MRI));

        assertThat(pathway.assessAt("2011-03-01T13:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void aScanAtTheReceivingTrustCountsForTheFirstTrust() {
        pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-01T10:30Z", ArrivalMode.TRANSFER);
        pathway.scan("2011-03-01T10:50Z");

        MeasureOutcome outcome = pathway.assessAt("2011-03-01T12:00Z").outcome(BRAIN_IMAGING_WITHIN_1_HOUR).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution().trust()).isEqualTo(Pathway.FIRST_TRUST);
    }

    @Test
    void excludesAnInHospitalStrokeFromBoth() {
        Pathway inpatient = Pathway.episode();
        inpatient.inHospitalOnset("2011-03-01T10:00Z");

        EpisodeAssessment assessment = inpatient.assessAt("2011-03-03T10:00Z");

        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(EXCLUDED);
        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_24_HOURS)).contains(EXCLUDED);
    }

    @Test
    void aCorrectionThatTurnsAWardEntryIntoAScanMeetsIt() {
        PathwayEvent misrecorded = pathway.ward("2011-03-01T10:40Z", Ward.OTHER);
        pathway.correct(misrecorded, event -> event.type(EventType.BRAIN_IMAGING).ward(null)
                .modality(ImagingModality.CT));

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void aRetractedScanBreachesAgain() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:40Z");
        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);

        pathway.retract("2011-03-01T12:00Z", scan);

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);
    }

    @Test
    void twoScansThatSupersedeEachOtherBreachUntilTheTrustRetractsOne() {
        // e02 (10:30) and e03 (10:40) each claim to correct the other: a cycle, so neither counts.
        PathwayEvent early = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z",
                event -> event.modality(ImagingModality.CT).supersedes(pathway.eventId(3)));
        PathwayEvent late = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:40Z",
                event -> event.modality(ImagingModality.CT).supersedes(early.eventId()));
        assertThat(pathway.assessAt("2011-03-01T11:00:00.001Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);

        // Days later the trust retracts the 10:40 record: the 10:30 scan counts, within the hour.
        pathway.retract("2011-03-04T09:00Z", late);

        assertThat(pathway.assessAt("2011-03-04T09:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void retractingTheCorrectionOfAScanBringsBackTheOriginalTime() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:40Z");
        PathwayEvent correction = pathway.correct(scan, event -> event.occurredAt(Pathway.t("2011-03-01T11:30Z")));
        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);

        pathway.retract("2011-03-01T12:00Z", correction);

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void aMimicLeavesBothCohortsAndALaterStrokeDiagnosisBringsItBack() {
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);
        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).isEmpty();
        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(BRAIN_IMAGING_WITHIN_24_HOURS)).isEmpty();

        pathway.diagnosis("2011-03-01T18:00Z", StrokeDiagnosis.HAEMORRHAGE);

        assertThat(pathway.assessAt("2011-03-01T18:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(NOT_MET);
    }

    @Test
    void aTiaOnlyEpisodeHasNoStrokeState() {
        Pathway tia = Pathway.episode();
        tia.tiaContact("2011-03-01T10:00Z", 5);

        assertThat(tia.assessAt("2011-03-03T10:00Z").state(BRAIN_IMAGING_WITHIN_1_HOUR)).isEmpty();
    }
}
