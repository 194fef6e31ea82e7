package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.asistream.measures.domain.measure.OutcomeState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.junit.jupiter.api.Test;

/** Measure 6: psychological support within six calendar months of the clock start. */
class PsychologicalSupportTest {

    private final Pathway pathway = Pathway.episode();

    /** Clock start 31 August 2011 10:00 BST: the deadline is 29 February 2012 10:00 GMT. */
    private void arrivesOn31AugustAndGoesHome() {
        pathway.arrival("2011-08-31T10:00+01:00");
        pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-09-10T12:00Z");
    }

    @Test
    void metBySupportExactlySixCalendarMonthsAfterTheClockStartClampedToTheEndOfFebruary() {
        arrivesOn31AugustAndGoesHome();
        pathway.psychologicalSupport("2012-02-29T10:00Z");

        MeasureOutcome outcome = pathway.assessAt("2012-03-01T00:00Z").outcome(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)
                .orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.deadline()).isEqualTo(Pathway.t("2012-02-29T10:00Z"));
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 9, 10)));
    }

    @Test
    void pendingAtTheDeadlineAndBreachedOneMillisecondAfter() {
        arrivesOn31AugustAndGoesHome();

        assertThat(pathway.assessAt("2012-02-29T10:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(PENDING);
        assertThat(pathway.assessAt("2012-02-29T10:00:00.001Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS))
                .contains(NOT_MET);
    }

    @Test
    void supportOneMillisecondAfterTheDeadlineIsNotMet() {
        arrivesOn31AugustAndGoesHome();
        pathway.psychologicalSupport("2012-02-29T10:00:00.001Z");

        assertThat(pathway.assessAt("2012-03-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(NOT_MET);
    }

    @Test
    void theDeadlineRunsFromTheClockStartNotFromTheDischarge() {
        pathway.arrival("2011-01-10T10:00Z");
        pathway.discharge("2011-06-01T10:00Z");
        pathway.psychologicalSupport("2011-07-15T10:00Z");

        assertThat(pathway.assessAt("2011-08-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(NOT_MET);
    }

    @Test
    void excludedWhenThePatientDiesAfterDischargeBeforeTheDeadlineWithoutSupport() {
        arrivesOn31AugustAndGoesHome();
        pathway.death("2011-11-01T10:00Z");

        assertThat(pathway.assessAt("2011-11-02T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(EXCLUDED);
    }

    @Test
    void metWhenSupportCameBeforeTheDeath() {
        arrivesOn31AugustAndGoesHome();
        pathway.psychologicalSupport("2011-10-01T10:00Z");
        pathway.death("2011-11-01T10:00Z");

        assertThat(pathway.assessAt("2011-11-02T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(MET);
    }

    @Test
    void aLateSupportRecordTurnsAnExclusionIntoMet() {
        arrivesOn31AugustAndGoesHome();
        pathway.death("2011-11-01T10:00Z");
        assertThat(pathway.assessAt("2012-06-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(EXCLUDED);

        pathway.psychologicalSupport("2011-10-01T10:00Z");

        assertThat(pathway.assessAt("2012-06-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(MET);
    }

    @Test
    void aDeathAfterTheDeadlineLeavesTheBreach() {
        arrivesOn31AugustAndGoesHome();
        pathway.death("2012-03-15T10:00Z");

        assertThat(pathway.assessAt("2012-04-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(NOT_MET);
    }

    @Test
    void aDeathExactlyAtTheDeadlineIsNotBeforeItSoTheBreachStands() {
        arrivesOn31AugustAndGoesHome();
        pathway.death("2012-02-29T10:00Z");

        assertThat(pathway.assessAt("2012-03-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(NOT_MET);
    }

    @Test
    void aDeathInHospitalHasNoState() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.psychologicalSupport("2011-03-05T10:00Z");
        pathway.death("2011-03-10T10:00Z");

        assertThat(pathway.assessAt("2011-12-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).isEmpty();
    }

    @Test
    void hasNoStateUntilTheDischargeEvenPastTheDeadline() {
        pathway.arrival("2011-03-01T10:00Z");

        assertThat(pathway.assessAt("2011-12-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).isEmpty();

        pathway.discharge("2011-11-01T10:00Z");

        assertThat(pathway.assessAt("2011-12-01T00:00Z").state(PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS)).contains(NOT_MET);
    }
}
