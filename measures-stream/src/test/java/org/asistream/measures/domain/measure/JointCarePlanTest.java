package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.JOINT_CARE_PLAN;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measure 7: a joint health and social care plan on discharge. */
class JointCarePlanTest {

    private final Pathway pathway = Pathway.episode();

    @BeforeEach
    void arrivesByAmbulance() {
        pathway.arrival("2011-03-01T10:00Z");
    }

    @Test
    void metWhenThePlanWasGivenAttributedToTheDischargingTrust() {
        pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-03-08T10:00Z", event -> event.jointCarePlan(true));

        MeasureOutcome outcome = pathway.assessAt("2011-03-09T00:00Z").outcome(JOINT_CARE_PLAN).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 8)));
    }

    @Test
    void notMetWithoutAPlan() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.jointCarePlan(false));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(JOINT_CARE_PLAN)).contains(NOT_MET);
    }

    @Test
    void notMetWhenTheFlagIsMissing() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.jointCarePlan(null));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(JOINT_CARE_PLAN)).contains(NOT_MET);
    }

    @Test
    void aDeathInHospitalHasNoState() {
        pathway.death("2011-03-05T10:00Z");

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(JOINT_CARE_PLAN)).isEmpty();
    }

    @Test
    void aDeathAfterTheDischargeChangesNothing() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.jointCarePlan(true));
        pathway.death("2011-03-09T10:00Z");

        assertThat(pathway.assessAt("2011-03-10T00:00Z").state(JOINT_CARE_PLAN)).contains(MET);
    }
}
