package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.AF_ANTICOAGULATION;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.Anticoagulation;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measure 1: patients discharged in AF on anticoagulation or with a plan for it. */
class AfAnticoagulationTest {

    private final Pathway pathway = Pathway.episode();

    @BeforeEach
    void arrivesByAmbulance() {
        pathway.arrival("2011-03-01T10:00Z");
    }

    private PathwayEvent dischargeInAf(Anticoagulation anticoagulation) {
        return pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-03-08T10:00Z",
                event -> event.inAtrialFibrillation(true).anticoagulation(anticoagulation));
    }

    @Test
    void metWhenDischargedOnAnAnticoagulantAttributedToTheDischargingTrust() {
        dischargeInAf(Anticoagulation.ON_ANTICOAGULANT);

        MeasureOutcome outcome = pathway.assessAt("2011-03-09T00:00Z").outcome(AF_ANTICOAGULATION).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 8)));
        assertThat(outcome.deadline()).isNull();
    }

    @Test
    void metWithADocumentedPlan() {
        dischargeInAf(Anticoagulation.PLANNED);

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).contains(MET);
    }

    @Test
    void notMetWhenNotGiven() {
        dischargeInAf(Anticoagulation.NOT_GIVEN);

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).contains(NOT_MET);
    }

    @Test
    void notMetWhenTheStatusIsMissing() {
        dischargeInAf(null);

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).contains(NOT_MET);
    }

    @Test
    void excludedWhenContraindicated() {
        dischargeInAf(Anticoagulation.CONTRAINDICATED);

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).contains(EXCLUDED);
    }

    @Test
    void aPatientNotInAfHasNoStateWhateverTheAnticoagulationField() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.inAtrialFibrillation(false).anticoagulation(null));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).isEmpty();
    }

    @Test
    void hasNoStateBeforeTheDischarge() {
        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).isEmpty();
    }

    @Test
    void aDeathInHospitalHasNoState() {
        pathway.death("2011-03-07T10:00Z");
        dischargeInAf(Anticoagulation.ON_ANTICOAGULANT);

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).isEmpty();
    }

    @Test
    void aDeathAfterTheDischargeChangesNothing() {
        dischargeInAf(Anticoagulation.NOT_GIVEN);
        pathway.death("2011-03-08T11:00Z");

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).contains(NOT_MET);
    }

    @Test
    void aCorrectedDischargeIsJudgedOnItsNewContent() {
        PathwayEvent discharge = dischargeInAf(Anticoagulation.NOT_GIVEN);
        pathway.correct(discharge, event -> event.anticoagulation(Anticoagulation.PLANNED));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).contains(MET);
    }

    @Test
    void aMimicHasNoState() {
        pathway.diagnosis("2011-03-02T10:00Z", StrokeDiagnosis.NOT_STROKE);
        dischargeInAf(Anticoagulation.NOT_GIVEN);

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(AF_ANTICOAGULATION)).isEmpty();
    }
}
