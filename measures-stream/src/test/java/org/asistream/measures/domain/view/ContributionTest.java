package org.asistream.measures.domain.view;

import static org.asistream.measures.domain.measure.Measure.AF_ANTICOAGULATION;
import static org.asistream.measures.domain.measure.Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
import static org.asistream.measures.domain.measure.Measure.HIGH_RISK_TIA_WITHIN_24_HOURS;
import static org.asistream.measures.domain.measure.Measure.JOINT_CARE_PLAN;
import static org.asistream.measures.domain.measure.Measure.STAY_ON_STROKE_UNIT;
import static org.asistream.measures.domain.measure.Measure.STROKE_UNIT_WITHIN_4_HOURS;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;
import org.asistream.measures.domain.measure.AttributionKey;
import org.asistream.measures.domain.measure.MissingFact;
import org.junit.jupiter.api.Test;

/** How one episode's assessment splits into per-bucket contributions. */
class ContributionTest {

    @Test
    void aTransferredEpisodeContributesToTheFirstTrustAndToTheDischargingTrust() {
        Pathway pathway = Pathway.episode();
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T10:30Z");
        pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-02T10:00Z", ArrivalMode.TRANSFER);
        pathway.ward("2011-03-02T10:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-08T10:00Z");

        List<Contribution> contributions = Contribution.of(pathway.assessAt("2011-03-09T00:00Z"));

        assertThat(contributions).extracting(Contribution::bucket).containsExactly(
                new AttributionKey(Pathway.FIRST_TRUST, LocalDate.of(2011, 3, 1)),
                new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 8)));
        Contribution first = contributions.get(0);
        assertThat(first.state(STROKE_UNIT_WITHIN_4_HOURS)).isEqualTo(MET);
        assertThat(first.state(BRAIN_IMAGING_WITHIN_1_HOUR)).isEqualTo(MET);
        assertThat(first.state(STAY_ON_STROKE_UNIT)).isNull();
        assertThat(first.doorToScanMinutes()).isEqualTo(30);
        assertThat(first.clockStartInHours()).isTrue();
        assertThat(first.missingFacts()).containsExactly(MissingFact.DIAGNOSIS);
        Contribution discharging = contributions.get(1);
        assertThat(discharging.state(STAY_ON_STROKE_UNIT)).isEqualTo(MET);
        assertThat(discharging.state(JOINT_CARE_PLAN)).isEqualTo(MET);
        assertThat(discharging.state(AF_ANTICOAGULATION)).as("not in AF").isNull();
        assertThat(discharging.state(BRAIN_IMAGING_WITHIN_1_HOUR)).isNull();
        assertThat(discharging.doorToScanMinutes()).isNull();
        assertThat(discharging.missingFacts()).isEmpty();
    }

    @Test
    void aSameDayStayAtOneTrustContributesToOneBucket() {
        Pathway pathway = Pathway.episode();
        pathway.arrival("2011-03-01T08:00Z");
        pathway.ward("2011-03-01T08:30Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-01T20:00Z");

        List<Contribution> contributions = Contribution.of(pathway.assessAt("2011-03-01T20:00Z"));

        assertThat(contributions).hasSize(1);
        assertThat(contributions.get(0).state(BRAIN_IMAGING_WITHIN_1_HOUR)).isEqualTo(NOT_MET);
        assertThat(contributions.get(0).state(JOINT_CARE_PLAN)).isEqualTo(MET);
    }

    @Test
    void aTiaEpisodeContributesItsMeasureFiguresAndTariffToTheTiaServiceBucket() {
        Pathway pathway = Pathway.episode();
        pathway.atTrust("RTIA").tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T11:00Z", TiaInvestigationMethod.MRI);
        pathway.tiaTreatment("2011-03-01T12:00Z");

        List<Contribution> contributions = Contribution.of(pathway.assessAt("2011-03-01T12:00Z"));

        assertThat(contributions).hasSize(1);
        Contribution tia = contributions.get(0);
        assertThat(tia.bucket()).isEqualTo(new AttributionKey("RTIA", LocalDate.of(2011, 3, 1)));
        assertThat(tia.state(HIGH_RISK_TIA_WITHIN_24_HOURS)).isEqualTo(MET);
        assertThat(tia.tiaScannedWithin2Hours()).isTrue();
        assertThat(tia.tiaInvestigatedWithMri()).isTrue();
        assertThat(tia.tariffDue()).isTrue();
        assertThat(tia.tariffEarnedPence()).isEqualTo(63_400);
        assertThat(tia.tariffForgonePence()).isZero();
    }

    @Test
    void anEpisodeWithoutAClockStartContributesNothing() {
        Pathway pathway = Pathway.episode();
        pathway.scan("2011-03-01T10:00Z");

        assertThat(Contribution.of(pathway.assessAt("2011-03-01T12:00Z"))).isEmpty();
    }

    @Test
    void packsTheStateOfEveryMeasureIndependently() {
        MeasureStates states = MeasureStates.NONE
                .with(AF_ANTICOAGULATION, MET)
                .with(HIGH_RISK_TIA_WITHIN_24_HOURS, NOT_MET)
                .with(AF_ANTICOAGULATION, null);

        assertThat(states.state(AF_ANTICOAGULATION)).isNull();
        assertThat(states.state(HIGH_RISK_TIA_WITHIN_24_HOURS)).isEqualTo(NOT_MET);
        assertThat(new MeasureStates(states.packed())).isEqualTo(states);
        assertThat(states).hasToString("{HIGH_RISK_TIA_WITHIN_24_HOURS=NOT_MET}");
    }
}
