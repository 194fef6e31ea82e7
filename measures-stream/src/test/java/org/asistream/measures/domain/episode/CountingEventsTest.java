package org.asistream.measures.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.Test;

/** Which events count: corrections and retractions, applied recursively within the episode. */
class CountingEventsTest {

    private final Pathway pathway = Pathway.episode();
    private final PathwayEvent arrival = pathway.arrival("2011-03-01T10:00Z");

    @Test
    void countsEveryEventWithoutCorrections() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan);
    }

    @Test
    void aCorrectionReplacesTheEventItSupersedes() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent corrected = pathway.correct(scan, event -> event.occurredAt(Pathway.t("2011-03-01T10:50Z")));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, corrected);
    }

    @Test
    void aCorrectionMayChangeTheType() {
        PathwayEvent ward = pathway.ward("2011-03-01T10:30Z", Ward.STROKE_UNIT);
        PathwayEvent scan = pathway.correct(ward, event -> event.type(EventType.BRAIN_IMAGING).ward(null));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan);
    }

    @Test
    void aRetractionHidesItsTargetAndIsNeverAFact() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        pathway.retract("2011-03-01T12:00Z", scan);

        assertThat(pathway.log().countingFacts()).containsExactly(arrival);
    }

    @Test
    void retractingACorrectionBringsBackWhatItCorrected() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent correction = pathway.correct(scan, event -> event.occurredAt(Pathway.t("2011-03-01T10:50Z")));
        pathway.retract("2011-03-01T12:00Z", correction);

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan);
    }

    @Test
    void retractingARetractionBringsBackItsTarget() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent retraction = pathway.retract("2011-03-01T12:00Z", scan);
        pathway.retract("2011-03-01T12:05Z", retraction);

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan);
    }

    @Test
    void supersedingACorrectionBringsBackWhatItCorrectedBecauseTheRuleIsRecursive() {
        // The spec's rule read literally: the first correction no longer counts, so nothing counting hides the scan.
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent second = pathway.correct(scan, event -> event.occurredAt(Pathway.t("2011-03-01T10:40Z")));
        PathwayEvent third = pathway.correct(second, event -> event.occurredAt(Pathway.t("2011-03-01T10:50Z")));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan, third);
    }

    @Test
    void replacingACorrectionTakesARetractionOfItAndACorrectionOfTheOriginal() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent second = pathway.correct(scan, event -> event.occurredAt(Pathway.t("2011-03-01T10:40Z")));
        pathway.retract("2011-03-01T12:00Z", second);
        PathwayEvent third = pathway.correct(scan, event -> event.occurredAt(Pathway.t("2011-03-01T10:50Z")));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, third);
    }

    @Test
    void eventsCaughtInACycleDoNotCount() {
        PathwayEvent first = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z",
                event -> event.supersedes(pathway.eventId(3)));
        PathwayEvent second = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:40Z",
                event -> event.supersedes(first.eventId()));

        assertThat(second.eventId()).isEqualTo(pathway.eventId(3));
        assertThat(pathway.log().countingFacts()).containsExactly(arrival);
    }

    @Test
    void anEventSupersedingItselfIsACycle() {
        pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z", event -> event.supersedes(pathway.eventId(2)));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival);
    }

    @Test
    void retractionsCaughtInACycleHideNothingBehindTheCycle() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        // e03 retracts e04 and supersedes the scan; e04 retracts e03: both are on a cycle, so the scan is not hidden.
        pathway.record(EventType.RETRACTION, "2011-03-01T11:00Z",
                event -> event.retracts(pathway.eventId(4)).supersedes(scan.eventId()));
        pathway.record(EventType.RETRACTION, "2011-03-01T11:05Z", event -> event.retracts(pathway.eventId(3)));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan);
    }

    @Test
    void aCountingEventOutsideACycleThatHidesOneMemberBreaksTheCycle() {
        // e02 and e03 supersede each other; e04, which nothing hides, supersedes e02. So e02 does not count, and e03,
        // whose only hider is e02, counts: nothing is left undecided, so nothing is "caught in a cycle".
        PathwayEvent first = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z",
                event -> event.supersedes(pathway.eventId(3)));
        PathwayEvent second = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:40Z",
                event -> event.supersedes(first.eventId()));
        PathwayEvent outside = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:50Z",
                event -> event.supersedes(first.eventId()));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, second, outside);
    }

    @Test
    void aRetractionFreedByACycleInFrontOfItStillBreaksTheCycleBehindIt() {
        // e02 and e03 supersede each other. e04 retracts e02; e05 retracts e04 but supersedes itself, so e05 is on a
        // cycle and does not count. e04's only hider is e05: e04 counts and hides e02, and e03, whose only hider is
        // e02, counts. The cycle in front (e05) is settled first; the one behind it is then judged as usual.
        PathwayEvent late = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T13:00Z",
                event -> event.supersedes(pathway.eventId(3)));
        PathwayEvent early = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z",
                event -> event.supersedes(late.eventId()));
        PathwayEvent retraction = pathway.retract("2011-03-01T11:00Z", late);
        pathway.record(EventType.RETRACTION, "2011-03-01T11:10Z",
                event -> event.retracts(retraction.eventId()).supersedes(pathway.eventId(5)));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, early);
    }

    @Test
    void aCycleBehindACycleThatHidesNothingStillDoesNotCount() {
        // e02 and e03 supersede each other; e04 retracts e02 but supersedes itself, so it does not count and hides
        // nothing: e02 and e03 are still caught in their cycle.
        PathwayEvent late = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T13:00Z",
                event -> event.supersedes(pathway.eventId(3)));
        pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z", event -> event.supersedes(late.eventId()));
        pathway.record(EventType.RETRACTION, "2011-03-01T11:00Z",
                event -> event.retracts(late.eventId()).supersedes(pathway.eventId(4)));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival);
    }

    @Test
    void retractingOneMemberOfACycleBringsBackTheOther() {
        // Two scans that supersede each other count neither; the trust retracts the 10:40 one, so the 10:30 one is
        // as if never superseded and counts.
        PathwayEvent early = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:30Z",
                event -> event.supersedes(pathway.eventId(3)));
        PathwayEvent late = pathway.record(EventType.BRAIN_IMAGING, "2011-03-01T10:40Z",
                event -> event.supersedes(early.eventId()));
        assertThat(pathway.log().countingFacts()).containsExactly(arrival);

        pathway.retract("2011-03-01T12:00Z", late);

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, early);
    }

    @Test
    void aReferenceToAnotherEpisodesEventHidesNothing() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent otherEpisodesScan = Pathway.episode("EPISODE-0002").scan("2011-03-01T09:00Z").toBuilder()
                .eventId("0b6f1c9e-other-episode").build();
        pathway.retract("2011-03-01T12:00Z", otherEpisodesScan);
        PathwayEvent correctionOfNothing = pathway.record(EventType.THROMBOLYSIS, "2011-03-01T11:00Z",
                event -> event.supersedes(otherEpisodesScan.eventId()));

        assertThat(pathway.log().countingFacts()).containsExactly(arrival, scan, correctionOfNothing);
    }

    @Test
    void aConflictedEventNeitherCountsNorHides() {
        PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");
        PathwayEvent retraction = pathway.retract("2011-03-01T12:00Z", scan);
        EpisodeLog log = pathway.log();

        log.add(retraction.toBuilder().occurredAt(Pathway.t("2011-03-01T12:30Z")).build());

        assertThat(log.countingFacts()).containsExactly(arrival, scan);
    }
}
