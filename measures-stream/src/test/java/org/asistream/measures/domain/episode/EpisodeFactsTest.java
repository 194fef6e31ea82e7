package org.asistream.measures.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.Test;

/** The spec's choices among several facts: clock start, first/latest of a type, end of stay. */
class EpisodeFactsTest {

    private final Pathway pathway = Pathway.episode();

    private EpisodeFacts facts() {
        return EpisodeFacts.of(pathway.log());
    }

    @Test
    void clockStartsAtTheEarliestArrivalThatIsNotATransfer() {
        PathwayEvent transfer = pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-01T09:00Z", ArrivalMode.TRANSFER);
        PathwayEvent selfArrival = pathway.atTrust(Pathway.FIRST_TRUST).arrival("2011-03-01T10:00Z", ArrivalMode.SELF);
        pathway.arrival("2011-03-01T11:00Z", ArrivalMode.AMBULANCE);

        assertThat(facts().clockStart()).isEqualTo(selfArrival);
        assertThat(transfer.trust()).isNotEqualTo(facts().clockStart().trust());
    }

    @Test
    void clockStartsAtTheEarliestTransferWhenEveryArrivalIsATransfer() {
        pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-01T12:00Z", ArrivalMode.TRANSFER);
        PathwayEvent earliest = pathway.atTrust(Pathway.FIRST_TRUST).arrival("2011-03-01T10:00Z", ArrivalMode.TRANSFER);

        assertThat(facts().clockStart()).isEqualTo(earliest);
    }

    @Test
    void breaksATieBetweenArrivalsBySmallerEventId() {
        PathwayEvent first = pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.FIRST_TRUST).arrival("2011-03-01T10:00Z");

        assertThat(facts().clockStart()).isEqualTo(first);
    }

    @Test
    void anInpatientArrivalOrAnInHospitalOnsetIsAnInHospitalStroke() {
        pathway.arrival("2011-03-01T10:00Z", ArrivalMode.INPATIENT);
        assertThat(facts().isInHospitalStroke()).isTrue();

        Pathway onset = Pathway.episode();
        onset.inHospitalOnset("2011-03-01T10:00Z");
        assertThat(EpisodeFacts.of(onset.log()).isInHospitalStroke()).isTrue();
    }

    @Test
    void theLatestDiagnosisDecidesWhetherItIsAStroke() {
        pathway.arrival("2011-03-01T10:00Z");
        assertThat(facts().isStroke()).as("until a diagnosis arrives it counts as a stroke").isTrue();

        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);
        assertThat(facts().isStroke()).isFalse();

        pathway.diagnosis("2011-03-02T09:00Z", StrokeDiagnosis.INFARCTION);
        assertThat(facts().isStroke()).isTrue();
    }

    @Test
    void breaksATieBetweenLatestDiagnosesBySmallerEventId() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.HAEMORRHAGE);

        assertThat(facts().isStroke()).isFalse();
    }

    @Test
    void countsTheEarliestOfOtherTypes() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.ward("2011-03-01T12:00Z", Ward.STROKE_UNIT);
        PathwayEvent earliest = pathway.ward("2011-03-01T11:00Z", Ward.OTHER);

        assertThat(facts().counted(EventType.WARD_ENTERED)).isEqualTo(earliest);
    }

    @Test
    void theLatestDischargeCounts() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.discharge("2011-03-05T10:00Z");
        PathwayEvent latest = pathway.discharge("2011-03-09T10:00Z");

        assertThat(facts().endOfStay()).isEqualTo(latest);
        assertThat(facts().dischargeAlive()).isEqualTo(latest);
    }

    @Test
    void aDeathAtTheDischargeInstantIsADeathInHospital() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.discharge("2011-03-05T10:00Z");
        PathwayEvent death = pathway.atTrust(Pathway.SECOND_TRUST).death("2011-03-05T10:00Z");

        assertThat(facts().endOfStay()).isEqualTo(death);
        assertThat(facts().dischargeAlive()).isNull();
    }

    @Test
    void aDeathAfterTheDischargeLeavesTheDischargeCounted() {
        pathway.arrival("2011-03-01T10:00Z");
        PathwayEvent discharge = pathway.discharge("2011-03-05T10:00Z");
        pathway.death("2011-03-05T10:00:01Z");

        assertThat(facts().endOfStay()).isEqualTo(discharge);
    }

    @Test
    void aTransferOutIsNotTheEndOfTheStay() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.transferOut("2011-03-02T10:00Z", Pathway.SECOND_TRUST);

        assertThat(facts().endOfStay()).isNull();
    }

    @Test
    void theFinalStayRunsFromTheEndingTrustsLatestArrivalBeforeTheEnd() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.SECOND_TRUST);
        pathway.arrival("2011-03-02T10:00Z", ArrivalMode.TRANSFER);
        PathwayEvent readmission = pathway.arrival("2011-03-03T10:00Z", ArrivalMode.TRANSFER);
        pathway.arrival("2011-03-09T10:00Z", ArrivalMode.TRANSFER);
        pathway.discharge("2011-03-08T10:00Z");

        FinalStay stay = facts().finalStay();

        assertThat(stay.trust()).isEqualTo(Pathway.SECOND_TRUST);
        assertThat(stay.start()).isEqualTo(readmission.occurredAt());
        assertThat(stay.arrivalRecorded()).isTrue();
    }

    @Test
    void theFinalStayStartsAtTheClockStartWhenTheEndingTrustSentNoArrival() {
        PathwayEvent arrival = pathway.arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-03-08T10:00Z");

        FinalStay stay = facts().finalStay();

        assertThat(stay.start()).isEqualTo(arrival.occurredAt());
        assertThat(stay.arrivalRecorded()).isFalse();
    }
}
