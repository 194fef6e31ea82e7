package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
import static org.asistream.measures.domain.measure.Measure.HIGH_RISK_TIA_WITHIN_24_HOURS;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.asistream.measures.domain.measure.OutcomeState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.junit.jupiter.api.Test;

/** Measure 5: high-risk TIA investigated and treated within 24 hours of first contact. */
class HighRiskTiaTest {

    private final Pathway pathway = Pathway.episode();

    @Test
    void metWhenInvestigatedAndTreatedWithin24HoursAttributedToTheTiaService() {
        pathway.atTrust("RTIA").tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T15:00Z", TiaInvestigationMethod.CAROTID_DOPPLER);
        pathway.tiaTreatment("2011-03-01T16:00Z");

        MeasureOutcome outcome = pathway.assessAt("2011-03-01T16:00Z").outcome(HIGH_RISK_TIA_WITHIN_24_HOURS)
                .orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey("RTIA", LocalDate.of(2011, 3, 1)));
        assertThat(outcome.deadline()).isEqualTo(Pathway.t("2011-03-02T10:00Z"));
    }

    @Test
    void metWhenBothHappenExactlyAtTheDeadline() {
        pathway.tiaContact("2011-03-01T10:00Z", 6);
        pathway.tiaInvestigation("2011-03-02T10:00Z", TiaInvestigationMethod.MRI);
        pathway.tiaTreatment("2011-03-02T10:00Z");

        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(MET);
    }

    @Test
    void pendingWithOnlyOneOfTheTwoUntilTheDeadline() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T12:00Z", TiaInvestigationMethod.CT);

        assertThat(pathway.assessAt("2011-03-02T10:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(PENDING);
        assertThat(pathway.assessAt("2011-03-02T10:00:00.001Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS))
                .contains(NOT_MET);
    }

    @Test
    void notMetWhenTreatmentStartsOneMillisecondLate() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T12:00Z", TiaInvestigationMethod.CT);
        pathway.tiaTreatment("2011-03-02T10:00:00.001Z");

        assertThat(pathway.assessAt("2011-03-02T11:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(NOT_MET);
    }

    @Test
    void aLateTreatmentRecordTimedInsideTheWindowTurnsTheBreachIntoMet() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T12:00Z", TiaInvestigationMethod.CT);
        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(NOT_MET);

        pathway.tiaTreatment("2011-03-01T13:00Z");

        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(MET);
    }

    @Test
    void aLowRiskTiaIsNotInTheCohort() {
        pathway.tiaContact("2011-03-01T10:00Z", 3);

        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).isEmpty();
    }

    @Test
    void aTiaWithoutAnAbcd2ScoreIsNotInTheCohort() {
        pathway.tiaContact("2011-03-01T10:00Z", null);

        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).isEmpty();
    }

    @Test
    void theEarliestFirstContactDecides() {
        pathway.atTrust(Pathway.SECOND_TRUST).tiaContact("2011-03-01T12:00Z", 2);
        pathway.atTrust(Pathway.FIRST_TRUST).tiaContact("2011-03-01T10:00Z", 5);

        MeasureOutcome outcome = pathway.assessAt("2011-03-01T12:00Z").outcome(HIGH_RISK_TIA_WITHIN_24_HOURS)
                .orElseThrow();

        assertThat(outcome.attribution().trust()).isEqualTo(Pathway.FIRST_TRUST);
    }

    @Test
    void aCorrectedScoreMovesTheEpisodeOutOfTheCohort() {
        PathwayEvent contact = pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.correct(contact, event -> event.abcd2(3));

        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).isEmpty();
    }

    @Test
    void aTiaThatBecomesAStrokeIsJudgedForBoth() {
        pathway.tiaContact("2011-03-01T10:00Z", 5);
        pathway.tiaInvestigation("2011-03-01T11:00Z", TiaInvestigationMethod.CT);
        pathway.tiaTreatment("2011-03-01T11:30Z");
        pathway.arrival("2011-03-05T10:00Z");
        pathway.scan("2011-03-05T10:30Z");

        EpisodeAssessment assessment = pathway.assessAt("2011-03-05T10:30Z");

        assertThat(assessment.state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(MET);
        assertThat(assessment.state(BRAIN_IMAGING_WITHIN_1_HOUR)).contains(MET);
    }

    @Test
    void aNotStrokeDiagnosisDoesNotRemoveTheTia() {
        pathway.tiaContact("2011-03-01T10:00Z", 5);
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);

        assertThat(pathway.assessAt("2011-03-01T12:00Z").state(HIGH_RISK_TIA_WITHIN_24_HOURS)).contains(PENDING);
    }
}
