package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.EARLY_SUPPORTED_DISCHARGE;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.DischargeDestination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Measure 9: patients going home supported by a stroke-skilled early supported discharge team. */
class EarlySupportedDischargeTest {

    private final Pathway pathway = Pathway.episode();

    @BeforeEach
    void arrivesByAmbulance() {
        pathway.arrival("2011-03-01T10:00Z");
    }

    @Test
    void metWhenTheDischargeHomeHadEsdSupport() {
        pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-03-08T10:00Z", event -> event.esdSupport(true));

        MeasureOutcome outcome = pathway.assessAt("2011-03-09T00:00Z").outcome(EARLY_SUPPORTED_DISCHARGE).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 8)));
    }

    @Test
    void notMetWhenGoingHomeWithoutEsd() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.esdSupport(false));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(EARLY_SUPPORTED_DISCHARGE)).contains(NOT_MET);
    }

    @Test
    void aDischargeToACareHomeIsNotInTheCohort() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.destination(DischargeDestination.CARE_HOME));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(EARLY_SUPPORTED_DISCHARGE)).isEmpty();
    }

    @Test
    void aDeathInHospitalHasNoState() {
        pathway.death("2011-03-05T10:00Z");
        pathway.discharge("2011-03-08T10:00Z");

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(EARLY_SUPPORTED_DISCHARGE)).isEmpty();
    }

    @Test
    void aDeathAfterTheDischargeChangesNothing() {
        pathway.discharge("2011-03-08T10:00Z", event -> event.esdSupport(true));
        pathway.death("2011-03-08T12:00Z");

        assertThat(pathway.assessAt("2011-03-09T00:00Z").state(EARLY_SUPPORTED_DISCHARGE)).contains(MET);
    }
}
