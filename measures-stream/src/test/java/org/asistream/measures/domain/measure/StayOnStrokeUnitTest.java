package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.STAY_ON_STROKE_UNIT;
import static org.asistream.measures.domain.measure.OutcomeState.EXCLUDED;
import static org.asistream.measures.domain.measure.OutcomeState.MET;
import static org.asistream.measures.domain.measure.OutcomeState.NOT_MET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.Test;

/** Measure 3: at least 90% of the stay at the trust where it ended spent on a stroke unit. */
class StayOnStrokeUnitTest {

    private final Pathway pathway = Pathway.episode();

    @Test
    void metAtExactlyNinetyPercentAttributedToTheDischargingTrustOnTheDischargeDate() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-01T20:00Z");

        MeasureOutcome outcome = pathway.assessAt("2011-03-02T00:00Z").outcome(STAY_ON_STROKE_UNIT).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.FIRST_TRUST, LocalDate.of(2011, 3, 1)));
    }

    @Test
    void notMetOneSecondShortOfNinetyPercent() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T11:00:01Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-01T20:00Z");

        assertThat(pathway.assessAt("2011-03-02T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(NOT_MET);
    }

    @Test
    void countsOnlyTheSpellsOnTheStrokeUnit() {
        pathway.arrival("2011-03-01T00:00Z");
        pathway.ward("2011-03-01T00:00Z", Ward.STROKE_UNIT);
        pathway.ward("2011-03-05T00:00Z", Ward.OTHER);
        pathway.ward("2011-03-06T00:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-11T00:00Z");

        assertThat(pathway.assessAt("2011-03-12T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(MET);

        pathway.ward("2011-03-10T00:00Z", Ward.OTHER);

        assertThat(pathway.assessAt("2011-03-12T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(NOT_MET);
    }

    @Test
    void hasNoStateWhileThePatientIsInHospital() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        pathway.transferOut("2011-03-03T10:00Z", Pathway.SECOND_TRUST);

        assertThat(pathway.assessAt("2011-03-04T00:00Z").state(STAY_ON_STROKE_UNIT)).isEmpty();
    }

    @Test
    void judgesOnlyTheStayAtTheTrustThatDischargedAfterATransfer() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T10:30Z", Ward.OTHER);
        pathway.transferOut("2011-03-03T10:00Z", Pathway.SECOND_TRUST);
        pathway.atTrust(Pathway.SECOND_TRUST);
        pathway.arrival("2011-03-03T12:00Z", ArrivalMode.TRANSFER);
        pathway.ward("2011-03-03T12:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-10T12:00Z");

        MeasureOutcome outcome = pathway.assessAt("2011-03-11T00:00Z").outcome(STAY_ON_STROKE_UNIT).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 10)));
    }

    @Test
    void measuresFromTheClockStartWhenTheDischargingTrustSentNoArrival() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.SECOND_TRUST);
        pathway.ward("2011-03-02T10:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-03T10:00Z");

        assertThat(pathway.assessAt("2011-03-04T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(NOT_MET);
    }

    @Test
    void notMetWhenTheEndingTrustRecordedNoWardMovements() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.discharge("2011-03-05T10:00Z");

        assertThat(pathway.assessAt("2011-03-06T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(NOT_MET);
    }

    @Test
    void excludesWhenTheStaysFirstWardAtThatTrustIsCriticalCare() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T10:30Z", Ward.CRITICAL_CARE);
        pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-09T10:00Z");

        assertThat(pathway.assessAt("2011-03-10T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(EXCLUDED);
    }

    @Test
    void criticalCareAtAnEarlierTrustDoesNotExcludeTheDischargingTrust() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T10:30Z", Ward.CRITICAL_CARE);
        pathway.atTrust(Pathway.SECOND_TRUST);
        pathway.arrival("2011-03-02T10:00Z", ArrivalMode.TRANSFER);
        pathway.ward("2011-03-02T10:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-09T10:00Z");

        assertThat(pathway.assessAt("2011-03-10T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(MET);
    }

    @Test
    void countsADeathInHospitalAtTheTrustWhereThePatientDied() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.SECOND_TRUST);
        pathway.arrival("2011-03-02T10:00Z", ArrivalMode.TRANSFER);
        pathway.ward("2011-03-02T10:00Z", Ward.STROKE_UNIT);
        pathway.death("2011-03-04T10:00Z");

        MeasureOutcome outcome = pathway.assessAt("2011-03-05T00:00Z").outcome(STAY_ON_STROKE_UNIT).orElseThrow();

        assertThat(outcome.state()).isEqualTo(MET);
        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 4)));
    }

    @Test
    void aDeathAtOrBeforeTheDischargeEndsTheStayAndTheDischargeIsIgnored() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T10:00Z", Ward.STROKE_UNIT);
        pathway.atTrust(Pathway.SECOND_TRUST).death("2011-03-03T10:00Z");
        pathway.atTrust(Pathway.FIRST_TRUST).discharge("2011-03-05T10:00Z");

        MeasureOutcome outcome = pathway.assessAt("2011-03-06T00:00Z").outcome(STAY_ON_STROKE_UNIT).orElseThrow();

        assertThat(outcome.attribution()).isEqualTo(new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 3)));
    }

    @Test
    void excludesADeathOnTheLondonCalendarDayOfTheClockStart() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST); 22:00 UTC on 1 July is still 1 July there.
        pathway.arrival("2011-06-30T23:30Z");
        pathway.ward("2011-06-30T23:45Z", Ward.STROKE_UNIT);
        pathway.death("2011-07-01T22:00Z");

        assertThat(pathway.assessAt("2011-07-02T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(EXCLUDED);
    }

    @Test
    void aDeathOnTheNextLondonDayIsNotExcluded() {
        pathway.arrival("2011-06-30T22:30Z");
        pathway.ward("2011-06-30T22:30Z", Ward.STROKE_UNIT);
        pathway.death("2011-06-30T23:30Z");

        assertThat(pathway.assessAt("2011-07-02T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(MET);
    }

    @Test
    void excludesADeathAfterDischargeOnTheDayOfTheClockStart() {
        pathway.arrival("2011-03-01T08:00Z");
        pathway.ward("2011-03-01T08:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-01T16:00Z");
        pathway.death("2011-03-01T22:00Z");

        assertThat(pathway.assessAt("2011-03-02T00:00Z").state(STAY_ON_STROKE_UNIT)).contains(EXCLUDED);
    }

    @Test
    void aMimicHasNoState() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);
        pathway.discharge("2011-03-02T10:00Z");

        assertThat(pathway.assessAt("2011-03-03T00:00Z").state(STAY_ON_STROKE_UNIT)).isEmpty();
    }
}
