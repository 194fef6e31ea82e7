package org.asistream.measures.domain.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.Test;

class EpisodeLogTest {

    private final Pathway pathway = Pathway.episode();
    private final PathwayEvent arrival = pathway.arrival("2011-03-01T10:00Z");
    private final PathwayEvent scan = pathway.scan("2011-03-01T10:30Z");

    @Test
    void addsANewEvent() {
        EpisodeLog log = new EpisodeLog();

        assertThat(log.add(arrival).status()).isEqualTo(AddResult.Status.ADDED);
        assertThat(log.events()).containsExactly(arrival);
    }

    @Test
    void ignoresAnIdenticalCopyAsADuplicate() {
        EpisodeLog log = new EpisodeLog();
        log.add(arrival);

        AddResult result = log.add(arrival.toBuilder().build());

        assertThat(result.status()).isEqualTo(AddResult.Status.DUPLICATE);
        assertThat(log.events()).containsExactly(arrival);
    }

    @Test
    void treatsTheSameInstantWrittenWithAnotherOffsetAsTheSameContent() {
        EpisodeLog log = new EpisodeLog();
        log.add(arrival);

        PathwayEvent sameInBst = arrival.toBuilder().occurredAt(Pathway.t("2011-03-01T11:00+01:00")).build();

        assertThat(log.add(sameInBst).status()).isEqualTo(AddResult.Status.DUPLICATE);
    }

    @Test
    void refusesAReusedEventIdWithDifferentContentAndWithdrawsTheEarlierCopy() {
        EpisodeLog log = new EpisodeLog();
        log.add(arrival);
        log.add(scan);
        PathwayEvent reused = scan.toBuilder().occurredAt(Pathway.t("2011-03-01T10:40Z")).build();

        AddResult result = log.add(reused);

        assertThat(result.status()).isEqualTo(AddResult.Status.CONFLICT);
        assertThat(result.withdrawnCopy()).contains(scan);
        assertThat(log.events()).containsExactly(arrival);
        assertThat(log.conflictedEventIds()).containsExactly(scan.eventId());
    }

    @Test
    void refusesEveryLaterCopyOfAConflictedEventIdEvenTheOriginal() {
        EpisodeLog log = new EpisodeLog();
        log.add(scan);
        log.add(scan.toBuilder().occurredAt(Pathway.t("2011-03-01T10:40Z")).build());

        AddResult again = log.add(scan);

        assertThat(again.status()).isEqualTo(AddResult.Status.CONFLICT);
        assertThat(again.withdrawnCopy()).isEmpty();
        assertThat(log.events()).isEmpty();
    }

    @Test
    void endsInTheSameStateWhicheverConflictingCopyCameFirst() {
        PathwayEvent other = scan.toBuilder().occurredAt(Pathway.t("2011-03-01T10:40Z")).build();
        EpisodeLog oneWay = new EpisodeLog();
        List.of(arrival, scan, other, scan).forEach(oneWay::add);
        EpisodeLog otherWay = new EpisodeLog();
        List.of(other, other, arrival, scan).forEach(otherWay::add);

        assertThat(oneWay).isEqualTo(otherWay);
    }

    @Test
    void marksAnEventIdReusedByAnotherEpisodeAsConflicted() {
        EpisodeLog log = new EpisodeLog();
        log.add(arrival);
        log.add(scan);

        assertThat(log.markConflicted(scan.eventId())).contains(scan);
        assertThat(log.events()).containsExactly(arrival);
        assertThat(log.add(scan).status()).isEqualTo(AddResult.Status.CONFLICT);
    }

    @Test
    void marksAnUnseenEventIdSoThatItsFirstCopyIsRefused() {
        EpisodeLog log = new EpisodeLog();

        assertThat(log.markConflicted(scan.eventId())).isEmpty();
        assertThat(log.add(scan).status()).isEqualTo(AddResult.Status.CONFLICT);
        assertThat(log.markConflicted(scan.eventId())).isEmpty();
    }

    @Test
    void keepsEventsSortedByEventIdWhateverTheArrivalOrder() {
        PathwayEvent ward = pathway.ward("2011-03-01T11:00Z", Ward.STROKE_UNIT);
        EpisodeLog log = new EpisodeLog();
        List.of(ward, arrival, scan).forEach(log::add);

        assertThat(log.events()).containsExactly(arrival, scan, ward);
    }

    @Test
    void restoresAnEqualLogFromItsLists() {
        EpisodeLog log = new EpisodeLog();
        log.add(scan);
        log.add(arrival);
        log.markConflicted("reused-elsewhere");

        EpisodeLog restored = EpisodeLog.restore(List.of(scan, arrival), log.conflictedEventIds());

        assertThat(restored).isEqualTo(log);
    }

    @Test
    void refusesToRestoreTwoEventsWithOneEventId() {
        PathwayEvent reused = scan.toBuilder().occurredAt(Pathway.t("2011-03-01T10:40Z")).build();

        assertThatThrownBy(() -> EpisodeLog.restore(List.of(scan, reused), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(scan.eventId());
    }
}
