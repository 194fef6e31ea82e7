package org.asistream.measures.topology;

import static org.asistream.measures.domain.Pathway.FIRST_TRUST;
import static org.asistream.measures.domain.Pathway.SECOND_TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.DeadLetter;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MeasuresTopologyTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2011, 3, 1);

    private final TopologyHarness harness = new TopologyHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void breachesImagingWithinOneHourAtDeadlineWithoutAnyFurtherEvent() {
        Pathway episode = Pathway.episode("EPISODE-0001");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"));
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(0, 0, 1, 0));

        harness.tick("2011-03-01T11:00:00Z");
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).as("exactly at the deadline it is still pending")
                .isEqualTo(counts(0, 0, 1, 0));

        harness.tick("2011-03-01T11:00:00.001Z");
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).as("one ms past the deadline it is breached")
                .isEqualTo(counts(0, 1, 0, 0));
        assertThat(harness.stored(FIRST_TRUST, MARCH_1).getMeasures().get("4a")).isEqualTo(counts(0, 1, 0, 0));
        assertThat(measure("4b", FIRST_TRUST, MARCH_1)).isEqualTo(counts(0, 0, 1, 0));
    }

    @Test
    void reportsAStayStillOpenNinetyDaysAfterArrivalOnATickAndClearsItWhenTheDischargeArrives() {
        Pathway episode = Pathway.episode("EPISODE-0009");
        harness.send(episode.arrival("2011-03-01T10:00:00Z")).tick("2011-05-30T10:00:00Z");
        assertThat(harness.published(FIRST_TRUST, MARCH_1).getMissingFacts()).as("exactly 90 days").isEmpty();

        harness.tick("2011-05-30T10:00:00.001Z");
        assertThat(harness.published(FIRST_TRUST, MARCH_1).getMissingFacts()).isEqualTo(Map.of("END_OF_STAY", 1L));
        assertThat(harness.stored(FIRST_TRUST, MARCH_1).getIncompleteEpisodes()).isEqualTo(1);

        harness.send(episode.discharge("2011-03-10T10:00:00Z"));
        assertThat(harness.published(FIRST_TRUST, MARCH_1).getMissingFacts()).doesNotContainKey("END_OF_STAY");
    }

    @Test
    void lateScanTimedBeforeTheDeadlineTurnsABreachBackIntoMet() {
        Pathway episode = Pathway.episode("EPISODE-0002");
        harness.send(episode.arrival("2011-03-01T10:00:00Z")).tick("2011-03-01T12:00:00Z");
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(0, 1, 0, 0));

        harness.send(episode.scan("2011-03-01T11:00:00Z"));
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(1, 0, 0, 0));
        assertThat(measure("4b", FIRST_TRUST, MARCH_1)).isEqualTo(counts(1, 0, 0, 0));
        assertThat(harness.published(FIRST_TRUST, MARCH_1).getDoorToScanMinutes().getBuckets())
                .singleElement().satisfies(bucket -> assertThat(bucket.getMinute()).isEqualTo(60));
    }

    @Test
    void countsARetriedEventOnce() {
        Pathway episode = Pathway.episode("EPISODE-0003");
        PathwayEvent arrival = episode.arrival("2011-03-01T10:00:00Z");
        PathwayEvent scan = episode.scan("2011-03-01T10:20:00Z");
        harness.send(arrival, scan, arrival, scan, scan);

        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(1, 0, 0, 0));
        assertThat(harness.episode("EPISODE-0003").log().events()).hasSize(2);
        assertThat(harness.deadLetters()).isEmpty();
    }

    @Test
    void deadLettersBothCopiesOfAReusedEventIdAndCountsNeither() {
        Pathway episode = Pathway.episode("EPISODE-0004");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"));
        PathwayEvent scan = episode.scan("2011-03-01T10:20:00Z");
        PathwayEvent sameIdOtherTime = scan.toBuilder().occurredAt(Pathway.t("2011-03-01T10:40:00Z")).build();
        harness.send(scan, sameIdOtherTime).tick("2011-03-01T12:00:00Z");

        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).as("neither copy counts: the scan is missing")
                .isEqualTo(counts(0, 1, 0, 0));
        List<DeadLetter> letters = harness.deadLetters();
        assertThat(letters).hasSize(2).allSatisfy(letter -> {
            assertThat(letter.getReason()).startsWith("CONFLICTING_EVENT_ID: ");
            assertThat(letter.getEventId()).isEqualTo(scan.eventId());
            assertThat(letter.getTrust()).isEqualTo(FIRST_TRUST);
        });
        assertThat(letters.get(0).getValue()).as("the new copy is kept as received").isNotNull();
    }

    @Test
    void anEventIdThatTwoEpisodesCarryCountsInNeitherAndBothCopiesAreDeadLettered() {
        Pathway first = Pathway.episode("EPISODE-0021");
        Pathway second = Pathway.episode("EPISODE-0022").atTrust(SECOND_TRUST);
        PathwayEvent scan = first.scan("2011-03-01T10:20:00Z");
        harness.send(first.arrival("2011-03-01T10:00:00Z"), scan, second.arrival("2011-03-01T10:05:00Z"));
        harness.tick("2011-03-01T12:00:00Z");
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).as("one episode's scan: met").isEqualTo(counts(1, 0, 0, 0));

        // The second trust's system reuses the first episode's scan eventId for its own scan.
        PathwayEvent reused = second.scan("2011-03-01T10:25:00Z").toBuilder().eventId(scan.eventId()).build();
        harness.send(reused);

        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).as("the shared eventId counts in neither episode")
                .isEqualTo(counts(0, 1, 0, 0));
        assertThat(measure("4a", SECOND_TRUST, MARCH_1)).isEqualTo(counts(0, 1, 0, 0));
        assertThat(harness.eventIdClaimants(scan.eventId()).episodeIds()).containsExactly("EPISODE-0021", "EPISODE-0022");
        assertThat(harness.episode("EPISODE-0021").log().conflictedEventIds()).containsExactly(scan.eventId());
        assertThat(harness.episode("EPISODE-0022").log().conflictedEventIds()).containsExactly(scan.eventId());
        assertThat(harness.deadLetters()).hasSize(2).allSatisfy(letter -> {
            assertThat(letter.getReason()).startsWith("EVENT_ID_IN_ANOTHER_EPISODE: ")
                    .contains("EPISODE-0021, EPISODE-0022");
            assertThat(letter.getEventId()).isEqualTo(scan.eventId());
        }).extracting(DeadLetter::getTrust).containsExactlyInAnyOrder(FIRST_TRUST, SECOND_TRUST);

        // The second trust resends its scan unchanged: still set aside, and the letter says why.
        harness.send(reused);
        assertThat(harness.deadLetters()).singleElement().satisfies(letter -> assertThat(letter.getReason())
                .startsWith("CONFLICTING_EVENT_ID: ").contains("already set aside"));
        assertThat(measure("4a", SECOND_TRUST, MARCH_1)).isEqualTo(counts(0, 1, 0, 0));
    }

    @Test
    void aThirdEpisodeReusingASharedEventIdLosesItTooWithoutTouchingTheOthersAgain() {
        Pathway first = Pathway.episode("EPISODE-0023");
        Pathway second = Pathway.episode("EPISODE-0024");
        Pathway third = Pathway.episode("EPISODE-0025");
        PathwayEvent scan = first.scan("2011-03-01T10:20:00Z");
        harness.send(first.arrival("2011-03-01T10:00:00Z"), scan, second.arrival("2011-03-01T10:00:00Z"),
                second.scan("2011-03-01T10:30:00Z").toBuilder().eventId(scan.eventId()).build());
        assertThat(harness.deadLetters()).hasSize(2);

        harness.send(third.arrival("2011-03-01T10:00:00Z"),
                third.scan("2011-03-01T10:40:00Z").toBuilder().eventId(scan.eventId()).build());
        harness.tick("2011-03-01T12:00:00Z");

        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).as("three episodes, no scan counts")
                .isEqualTo(counts(0, 3, 0, 0));
        assertThat(harness.deadLetters()).singleElement()
                .satisfies(letter -> assertThat(letter.getReason()).contains("EPISODE-0023, EPISODE-0024, EPISODE-0025"));
    }

    @Test
    void anEventIdUsedAgainInItsOwnEpisodeIsNotAReuseAcrossEpisodes() {
        Pathway episode = Pathway.episode("EPISODE-0026");
        PathwayEvent scan = episode.scan("2011-03-01T10:20:00Z");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"), scan, scan);

        assertThat(harness.eventIdClaimants(scan.eventId()).episodeIds()).containsExactly("EPISODE-0026");
        assertThat(harness.deadLetters()).isEmpty();
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(1, 0, 0, 0));
    }

    @Test
    void deadLettersAnUndecodableRecordAndCarriesOn() {
        harness.sendRaw("EPISODE-0005", "not avro".getBytes(StandardCharsets.UTF_8));
        Pathway episode = Pathway.episode("EPISODE-0006");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"), episode.scan("2011-03-01T10:30:00Z"));

        assertThat(harness.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getReason()).startsWith("UNDECODABLE: ");
            assertThat(letter.getKey()).isEqualTo("EPISODE-0005");
            assertThat(StandardCharsets.UTF_8.decode(letter.getValue()).toString()).isEqualTo("not avro");
        });
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(1, 0, 0, 0));
    }

    @Test
    void deadLettersAnEventFiledUnderAnotherEpisodesKey() {
        PathwayEvent arrival = Pathway.episode("EPISODE-0007").arrival("2011-03-01T10:00:00Z");
        harness.sendRaw("EPISODE-9999", AvroEventFixtures.encode(arrival));

        assertThat(harness.deadLetters()).singleElement()
                .satisfies(letter -> assertThat(letter.getReason()).startsWith("KEY_MISMATCH: "));
        assertThat(harness.publishedTrustDays()).isEmpty();
    }

    @Test
    void correctionOfTheArrivalTimeMovesTheEpisodeToAnotherDay() {
        Pathway episode = Pathway.episode("EPISODE-0008");
        PathwayEvent arrival = episode.arrival("2011-03-01T10:00:00Z");
        harness.send(arrival, episode.scan("2011-03-02T09:30:00Z")).tick("2011-03-02T10:00:00Z");
        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(0, 1, 0, 0));

        harness.send(episode.correct(arrival, event -> event.occurredAt(Pathway.t("2011-03-02T09:00:00Z"))));

        assertThat(harness.published(FIRST_TRUST, MARCH_1)).as("the old day's bucket is tombstoned").isNull();
        assertThat(harness.stored(FIRST_TRUST, MARCH_1)).isNull();
        assertThat(measure("4a", FIRST_TRUST, MARCH_1.plusDays(1))).isEqualTo(counts(1, 0, 0, 0));
    }

    @Test
    void retractionRemovesTheEpisodeFromEveryView() {
        Pathway episode = Pathway.episode("EPISODE-0009");
        PathwayEvent arrival = episode.arrival("2011-03-01T10:00:00Z");
        harness.send(arrival).send(episode.retract("2011-03-01T12:00:00Z", arrival));

        assertThat(harness.publishedTrustDays()).isEmpty();
        assertThat(harness.storedTrustDays()).isEmpty();
    }

    @Test
    void mimicDiagnosisTakesTheEpisodeOutOfTheStrokeMeasures() {
        Pathway episode = Pathway.episode("EPISODE-0010");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"), episode.diagnosis("2011-03-01T12:00:00Z", StrokeDiagnosis.NOT_STROKE));

        assertThat(harness.publishedTrustDays()).allSatisfy((key, view) -> assertThat(view.getMeasures()).doesNotContainKey("4a"));
    }

    @Test
    void attributesTimeCriticalMeasuresToTheFirstTrustAndDischargeMeasuresToTheDischargingTrust() {
        Pathway episode = Pathway.episode("EPISODE-0011");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"), episode.scan("2011-03-01T10:30:00Z"),
                episode.ward("2011-03-01T11:00:00Z", Ward.STROKE_UNIT),
                episode.transferOut("2011-03-03T10:00:00Z", SECOND_TRUST));
        episode.atTrust(SECOND_TRUST);
        harness.send(episode.arrival("2011-03-03T12:00:00Z", org.asistream.measures.domain.event.ArrivalMode.TRANSFER),
                episode.ward("2011-03-03T12:10:00Z", Ward.STROKE_UNIT),
                episode.discharge("2011-03-10T12:00:00Z"));

        assertThat(measure("4a", FIRST_TRUST, MARCH_1)).isEqualTo(counts(1, 0, 0, 0));
        TrustDayView discharge = harness.published(SECOND_TRUST, LocalDate.of(2011, 3, 10));
        assertThat(discharge.getMeasures()).containsKeys("3", "7").doesNotContainKeys("2", "4a");
        assertThat(harness.published(FIRST_TRUST, MARCH_1).getMeasures()).doesNotContainKeys("3", "7");
    }

    @Test
    void putsALateEveningArrivalInBritishSummerTimeIntoTheNextMonth() {
        // 2011-03-31T23:30Z is 00:30 on 1 April in London (BST began on 27 March 2011).
        harness.send(Pathway.episode("EPISODE-0012").arrival("2011-03-31T23:30:00Z"));
        assertThat(harness.published(FIRST_TRUST, LocalDate.of(2011, 4, 1))).isNotNull();
        assertThat(harness.published(FIRST_TRUST, LocalDate.of(2011, 3, 31))).isNull();
    }

    @Test
    void keepsALateEveningArrivalInGreenwichMeanTimeOnItsOwnDay() {
        harness.send(Pathway.episode("EPISODE-0013").arrival("2011-01-31T23:30:00Z"));
        assertThat(harness.published(FIRST_TRUST, LocalDate.of(2011, 1, 31))).isNotNull();
        assertThat(harness.published(FIRST_TRUST, LocalDate.of(2011, 2, 1))).isNull();
    }

    @Test
    void publishesEachTrustsFeedActivityOnTheWallClock() {
        Pathway episode = Pathway.episode("EPISODE-0014");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"), episode.scan("2011-03-01T10:30:00Z"));
        harness.sendRaw("EPISODE-0014", AvroEventFixtures.encode(
                episode.scan("2011-03-01T10:30:00Z").toBuilder().eventId(episode.eventId(2)).occurredAt(Pathway.t("2011-03-01T10:31:00Z")).build()));
        harness.advanceWallClock(Duration.ofSeconds(2));

        DataQualityView quality = harness.dataQuality().get(FIRST_TRUST);
        assertThat(quality.getEventsReceived()).isEqualTo(3);
        assertThat(quality.getNewestOccurredAt()).isEqualTo(Pathway.t("2011-03-01T10:31:00Z"));
        assertThat(quality.getDeadLetters()).isEqualTo(2);
        assertThat(quality.getDeadLetterReasons()).containsEntry("CONFLICTING_EVENT_ID", 2L);
    }

    @Test
    void publishesThePartitionClockAndNeverMovesItBack() {
        harness.tick("2011-03-01T12:00:00Z").tick("2011-03-01T11:00:00Z").tick("2011-03-01T12:00:01Z");
        assertThat(harness.clockReadings()).extracting(reading -> reading.value.getAt())
                .containsExactly(Pathway.t("2011-03-01T12:00:00Z"), Pathway.t("2011-03-01T12:00:01Z"));
    }

    private OutcomeCounts measure(String measure, String trust, LocalDate day) {
        TrustDayView view = harness.published(trust, day);
        assertThat(view).as("a view for " + trust + " on " + day).isNotNull();
        assertThat(harness.stored(trust, day)).as("store and topic agree").isEqualTo(view);
        return view.getMeasures().get(measure);
    }

    private static OutcomeCounts counts(long met, long notMet, long pending, long excluded) {
        return new OutcomeCounts(met, notMet, pending, excluded);
    }
}
