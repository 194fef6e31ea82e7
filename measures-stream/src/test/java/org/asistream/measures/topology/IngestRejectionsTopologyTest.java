package org.asistream.measures.topology;

import static org.asistream.measures.domain.Pathway.FIRST_TRUST;
import static org.asistream.measures.domain.Pathway.SECOND_TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.asistream.measures.domain.Pathway;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.DeadLetter;
import org.asistream.schemas.avro.IngestRejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests the ingest service refused, summed per trust into the data-quality view beside the dead letters. */
class IngestRejectionsTopologyTest {

    private static final Instant AT = Instant.parse("2026-01-01T09:00:00Z");

    private final TopologyHarness harness = new TopologyHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void sumsEachTrustsRefusedRequestsEventsAndReasonsIntoItsDataQualityView() {
        harness.rejected(rejection(FIRST_TRUST, "invalid-events", 2,
                        Map.of("invalid-events:occurredAt", 2L, "invalid-events:trust", 1L)))
                .rejected(rejection(FIRST_TRUST, "invalid-events", 3, Map.of("invalid-events:occurredAt", 3L)))
                .rejected(rejection(FIRST_TRUST, "malformed-json", 0, Map.of()))
                .rejected(rejection(SECOND_TRUST, "foreign-trust", 4, Map.of("foreign-trust:trust", 4L)));

        Map<String, DataQualityView> published = harness.dataQuality();
        DataQualityView first = published.get(FIRST_TRUST);
        assertThat(first.getRejectedRequests()).isEqualTo(3);
        assertThat(first.getRejectedEvents()).isEqualTo(5);
        assertThat(first.getRejectionReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "invalid-events", 2L, "invalid-events:occurredAt", 5L, "invalid-events:trust", 1L,
                "malformed-json", 1L));
        DataQualityView second = published.get(SECOND_TRUST);
        assertThat(second.getRejectedRequests()).isEqualTo(1);
        assertThat(second.getRejectedEvents()).isEqualTo(4);
        assertThat(second.getRejectionReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "foreign-trust", 1L, "foreign-trust:trust", 4L));

        assertThat(harness.storedRejections(FIRST_TRUST)).as("store and topic agree")
                .isEqualTo(new TrustRejections(3, 5, first.getRejectionReasons()));
        assertThat(harness.storedRejections(SECOND_TRUST))
                .isEqualTo(new TrustRejections(1, 4, second.getRejectionReasons()));
    }

    @Test
    void rejectionsStandBesideTheFeedActivityAndDeadLettersOfTheTrust() {
        Pathway episode = Pathway.episode("EPISODE-0101");
        harness.send(episode.arrival("2011-03-01T10:00:00Z"))
                .sendRaw("NOT-ITS-EPISODE", AvroEventFixtures.encode(episode.scan("2011-03-01T10:05:00Z")))
                .advanceWallClock(Duration.ofSeconds(2));
        harness.rejected(rejection(FIRST_TRUST, "invalid-events", 1, Map.of("invalid-events:occurredAt", 1L)));

        DataQualityView afterRejection = harness.dataQuality().get(FIRST_TRUST);
        assertThat(afterRejection.getEventsReceived()).isEqualTo(2);
        assertThat(afterRejection.getDeadLetters()).isEqualTo(1);
        assertThat(afterRejection.getRejectedEvents()).isEqualTo(1);

        harness.send(Pathway.episode("EPISODE-0102").arrival("2011-03-01T11:00:00Z"))
                .advanceWallClock(Duration.ofSeconds(2));
        DataQualityView afterMoreEvents = harness.dataQuality().get(FIRST_TRUST);
        assertThat(afterMoreEvents.getEventsReceived()).isEqualTo(3);
        assertThat(afterMoreEvents.getRejectedRequests()).as("kept when the activity changes").isEqualTo(1);
        assertThat(afterMoreEvents.getRejectionReasons()).containsEntry("invalid-events:occurredAt", 1L);
    }

    @Test
    void aTrustWithoutRejectionsShowsNone() {
        harness.send(Pathway.episode("EPISODE-0103").arrival("2011-03-01T10:00:00Z"))
                .advanceWallClock(Duration.ofSeconds(2));

        DataQualityView quality = harness.dataQuality().get(FIRST_TRUST);
        assertThat(quality.getRejectedRequests()).isZero();
        assertThat(quality.getRejectedEvents()).isZero();
        assertThat(quality.getRejectionReasons()).isEmpty();
    }

    @Test
    void deadLettersAnUnreadableRejectionAndCountsTheNextOne() {
        byte[] unreadable = "not a rejection".getBytes(StandardCharsets.UTF_8);
        harness.sendRawRejection(FIRST_TRUST, unreadable)
                .rejected(rejection(FIRST_TRUST, "too-large", 0, Map.of()));

        DataQualityView quality = harness.dataQuality().get(FIRST_TRUST);
        assertThat(quality.getRejectedRequests()).as("the unreadable record is not counted").isEqualTo(1);
        assertThat(quality.getRejectionReasons()).containsExactlyEntriesOf(Map.of("too-large", 1L));
        assertThat(harness.storedRejections(FIRST_TRUST)).isEqualTo(new TrustRejections(1, 0, Map.of("too-large", 1L)));

        List<DeadLetter> letters = harness.deadLetters();
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0);
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.INGEST_REJECTIONS.name());
        assertThat(letter.getOffset()).isZero();
        assertThat(letter.getKey()).isEqualTo(FIRST_TRUST);
        assertThat(letter.getReason()).startsWith("UNDECODABLE: not an ingest rejection");
        assertThat(letter.getValue()).isEqualTo(ByteBuffer.wrap(unreadable));
        assertThat(letter.getTrust()).as("a record that cannot be read vouches for no trust").isNull();
    }

    private static IngestRejection rejection(String trust, String problem, long events, Map<String, Long> reasons) {
        return new IngestRejection(trust, AT, problem, events, reasons);
    }
}
