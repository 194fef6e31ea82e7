package org.asistream.measures.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.Test;

/** Data gaps: facts the measures need that an episode with a clock start lacks. */
class CompletenessTest {

    private static final AttributionKey CLOCK_START = new AttributionKey(Pathway.FIRST_TRUST, LocalDate.of(2011, 3, 1));
    private static final AttributionKey DISCHARGE = new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 8));

    private final Pathway pathway = Pathway.episode();

    @Test
    void aCompleteEpisodeHasNoGaps() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T10:30Z");
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.INFARCTION);
        pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-08T10:00Z");

        assertThat(pathway.assessAt("2011-03-09T00:00Z").dataGaps()).isEmpty();
    }

    @Test
    void anOpenStayIsNotJudgedForNinetyDays() {
        pathway.arrival("2011-03-01T10:00Z");

        EpisodeAssessment atNinetyDays = pathway.assessAt("2011-05-30T10:00Z");
        assertThat(atNinetyDays.dataGaps()).as("exactly 90 days: not yet overdue").isEmpty();
        assertThat(atNinetyDays.nextDeadline()).contains(java.time.Instant.parse("2011-05-30T10:00:00Z"));
    }

    @Test
    void aStayStillOpenAfterNinetyDaysIsMissingItsEndAtTheTrustThatHasThePatient() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.SECOND_TRUST).arrival("2011-03-03T09:00Z", ArrivalMode.TRANSFER);

        EpisodeAssessment overdue = pathway.assessAt("2011-05-30T10:00:00.001Z");

        assertThat(overdue.dataGaps()).containsExactly(new DataGap(MissingFact.END_OF_STAY,
                new AttributionKey(Pathway.SECOND_TRUST, LocalDate.of(2011, 3, 3))));
        assertThat(overdue.nextDeadline()).as("nothing left for the clock to change").isEmpty();
    }

    @Test
    void aLateDischargeOrDeathClosesTheOverdueStay() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T10:30Z");
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.INFARCTION);
        pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        assertThat(pathway.assessAt("2011-07-01T00:00Z").dataGaps()).extracting(DataGap::fact)
                .containsExactly(MissingFact.END_OF_STAY);

        pathway.discharge("2011-03-20T10:00Z");

        assertThat(pathway.assessAt("2011-07-01T00:00Z").dataGaps()).isEmpty();
    }

    @Test
    void anOpenTiaOrMimicIsNeverOverdue() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);
        Pathway tia = Pathway.episode("EPISODE-TIA");
        tia.tiaContact("2011-03-01T10:00Z", 3);

        assertThat(pathway.assessAt("2011-09-01T00:00Z").dataGaps()).isEmpty();
        assertThat(tia.assessAt("2011-09-01T00:00Z").dataGaps()).isEmpty();
    }

    @Test
    void anEndedStayMissingEverythingListsEachGapAtTheTrustExpectedToSendIt() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.atTrust(Pathway.SECOND_TRUST).discharge("2011-03-08T10:00Z",
                event -> event.inAtrialFibrillation(true).anticoagulation(null));

        assertThat(pathway.assessAt("2011-03-09T00:00Z").dataGaps()).containsExactlyInAnyOrder(
                new DataGap(MissingFact.DIAGNOSIS, CLOCK_START),
                new DataGap(MissingFact.BRAIN_IMAGING, CLOCK_START),
                new DataGap(MissingFact.WARD_MOVEMENTS, DISCHARGE),
                new DataGap(MissingFact.ARRIVAL_AT_ENDING_TRUST, DISCHARGE),
                new DataGap(MissingFact.DISCHARGE_DETAILS, DISCHARGE));
    }

    @Test
    void aMimicIsNotJudged() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.diagnosis("2011-03-01T12:00Z", StrokeDiagnosis.NOT_STROKE);
        pathway.discharge("2011-03-02T10:00Z");

        assertThat(pathway.assessAt("2011-03-03T00:00Z").dataGaps()).isEmpty();
    }

    @Test
    void aTiaWithoutAnAbcd2ScoreIsIncomplete() {
        pathway.atTrust("RTIA").tiaContact("2011-03-01T10:00Z", null);

        assertThat(pathway.assessAt("2011-03-01T10:00Z").dataGaps())
                .containsExactly(new DataGap(MissingFact.ABCD2_SCORE, new AttributionKey("RTIA", LocalDate.of(2011, 3, 1))));
    }
}
