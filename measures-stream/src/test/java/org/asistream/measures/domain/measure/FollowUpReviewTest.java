package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.REVIEWED_WITHIN_6_MONTHS;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.asistream.measures.domain.measure.OutcomeState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measure 8: a follow-up review after the discharge and within six calendar months of it. */
class FollowUpReviewTest {

    private final Pathway pathway = Pathway.episode();

    @BeforeEach
    void arrivesByAmbulance() {
        pathway.arrival("2011-08-20T10:00Z");
    }

    /** Discharged 31 August 2011 10:00 BST: the deadline is 29 February 2012 10:00 GMT. */
    private void dischargedOn31August() {
        pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-08-31T10:00+01:00");
    }

    @Test
    void metByAReviewExactlySixCalendarMonthsAfterTheDischarge() {
        dischargedOn31August();
        pathway.review("2012-02-29T10:00Z");

        MeasureOutcome outcome = pathway.assessAt("2012-03-01T00:00Z").outcome(REVIEWED_WITHIN_6_MONTHS).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.deadline()).isEqualTo(Pathway.t("2012-02-29T10:00Z"));
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 8, 31)));
    }

    @Test
    void pendingAtTheDeadlineAndBreachedOneMillisecondAfter() {
        dischargedOn31August();

        assertThat(pathway.assessAt("2012-02-29T10:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(PENDING);
        assertThat(pathway.assessAt("2012-02-29T10:00:00.001Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(NOT_MET);
    }

    @Test
    void aReviewAtOrBeforeTheDischargeIsNotAFollowUp() {
        pathway.review("2011-08-25T10:00Z");
        dischargedOn31August();
        pathway.review("2011-08-31T10:00+01:00");

        assertThat(pathway.assessAt("2012-03-01T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(NOT_MET);

        pathway.review("2011-12-01T10:00Z");

        assertThat(pathway.assessAt("2012-03-01T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(MET);
    }

    @Test
    void aLateReviewTimedBeforeTheDeadlineTurnsTheBreachIntoMet() {
        dischargedOn31August();
        assertThat(pathway.assessAt("2012-06-01T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(NOT_MET);

        pathway.review("2012-01-15T10:00Z");

        assertThat(pathway.assessAt("2012-06-01T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(MET);
    }

    @Test
    void excludedWhenThePatientDiesBeforeTheDeadlineWithoutAReview() {
        dischargedOn31August();
        pathway.death("2011-12-01T10:00Z");

        assertThat(pathway.assessAt("2011-12-02T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(EXCLUDED);
    }

    @Test
    void metWhenReviewedBeforeDying() {
        dischargedOn31August();
        pathway.review("2011-11-01T10:00Z");
        pathway.death("2011-12-01T10:00Z");

        assertThat(pathway.assessAt("2011-12-02T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(MET);
    }

    @Test
    void aDeathAfterTheDeadlineLeavesTheBreach() {
        dischargedOn31August();
        pathway.death("2012-03-01T10:00Z");

        assertThat(pathway.assessAt("2012-04-01T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).contains(NOT_MET);
    }

    @Test
    void theDeadlineKeepsTheEarlierOffsetInTheAutumnOverlap() {
        // 01:30 BST on 30 April; six months later 01:30 on 30 October 2011 happens twice: the BST one (00:30 UTC).
        pathway.discharge("2011-04-30T01:30+01:00");
        pathway.review("2011-10-30T01:00Z");

        MeasureOutcome outcome = pathway.assessAt("2011-11-01T00:00Z").outcome(REVIEWED_WITHIN_6_MONTHS).orElseThrow();

        assertThat(outcome.deadline()).isEqualTo(Pathway.t("2011-10-30T00:30Z"));
        assertThat(outcome.state()).isEqualTo(NOT_MET);
    }

    @Test
    void hasNoStateForADeathInHospital() {
        pathway.death("2011-08-25T10:00Z");
        dischargedOn31August();

        assertThat(pathway.assessAt("2012-06-01T00:00Z").state(REVIEWED_WITHIN_6_MONTHS)).isEmpty();
    }
}
