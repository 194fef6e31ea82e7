package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.json.NhsNumbers;
import org.asistream.schemas.json.ParsedEvent;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.junit.jupiter.api.Test;

class SyntheticEpisodesTest {

    private static final ReferenceData REGISTRY = ReferenceDataFile.syntheticRegistry();
    private static final LocalDate FROM = LocalDate.of(2010, 10, 1);
    private static final LocalDate TO = LocalDate.of(2010, 10, 10);
    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern EPISODE_ID = Pattern.compile("EP-[0-9a-f]{16}");

    @Test
    void theSameSeedGivesTheSameDeliveries() {
        assertThat(deliveries(7, FROM, TO)).isEqualTo(deliveries(7, FROM, TO)).isNotEmpty();
    }

    @Test
    void anotherSeedGivesOtherEpisodes() {
        Set<String> shared = new HashSet<>(deliveries(8, FROM, TO));
        shared.retainAll(new HashSet<>(deliveries(7, FROM, TO)));

        assertThat(shared).isEmpty();
    }

    @Test
    void aDayHasTheSameEpisodesWhicheverRangeOrStartItIsAskedFor() {
        SyntheticEpisodes episodes = new SyntheticEpisodes(REGISTRY, 7, FeedSettings.DEFAULT.withScale(0.1));
        LocalDate laterDay = FROM.plusDays(4);
        Set<String> startingThatDay = episodes.between(laterDay, laterDay)
                .map(delivery -> delivery.event().getEpisodeId()).collect(Collectors.toSet());

        List<String> fromTheWholeRange = texts(episodes.between(FROM, TO)
                .filter(delivery -> startingThatDay.contains(delivery.event().getEpisodeId())).toList());
        List<String> fromThatDayOn = texts(episodes.startingFrom(London.startOf(laterDay))
                .takeWhile(delivery -> delivery.deliverAt().isBefore(London.startOf(TO.plusDays(400))))
                .filter(delivery -> startingThatDay.contains(delivery.event().getEpisodeId())).toList());

        assertThat(texts(episodes.between(laterDay, laterDay).toList()))
                .isEqualTo(fromTheWholeRange)
                .isEqualTo(fromThatDayOn);
    }

    @Test
    void startingFromAnInstantLeavesOutEpisodesThatBeganBefore() {
        SyntheticEpisodes episodes = new SyntheticEpisodes(REGISTRY, 7, FeedSettings.DEFAULT);
        Instant noon = London.startOf(FROM).plusSeconds(12 * 3600);
        Map<String, Instant> clockStarts = new HashMap<>();
        episodes.startingFrom(noon)
                .takeWhile(delivery -> delivery.deliverAt().isBefore(noon.plusSeconds(24 * 3600)))
                .forEach(delivery -> clockStarts.merge(delivery.event().getEpisodeId(),
                        delivery.event().getOccurredAt(), (a, b) -> a.isBefore(b) ? a : b));

        assertThat(clockStarts).isNotEmpty();
        assertThat(clockStarts.values()).filteredOn(start -> start.isBefore(noon)).isEmpty();
    }

    @Test
    void deliveriesComeInTimeOrderAndNeverBeforeTheEventHappened() {
        List<Delivery> deliveries = new SyntheticEpisodes(REGISTRY, 3, FeedSettings.DEFAULT).between(FROM, TO).toList();

        assertThat(deliveries).isSortedAccordingTo(Comparator.comparing(Delivery::deliverAt));
        assertThat(deliveries).filteredOn(delivery -> delivery.deliverAt().isBefore(delivery.event().getOccurredAt()))
                .isEmpty();
    }

    @Test
    void everyEventPassesTheTrustsJsonContractAndReadsBackTheSame() {
        new SyntheticEpisodes(REGISTRY, 3, FeedSettings.DEFAULT).between(FROM, TO).forEach(delivery -> {
            ObjectNode json = PathwayEventJson.toJson(delivery.event());
            ParsedEvent parsed = PathwayEventJson.parse(json);
            assertThat(parsed.errors()).as(json.toString()).isEmpty();
            assertThat(PathwayEventJson.toJson(((ParsedEvent.Valid) parsed).event())).isEqualTo(json);
        });
    }

    @Test
    void idsArePseudonymousAndNothingLooksLikeAnNhsNumber() {
        new SyntheticEpisodes(REGISTRY, 3, FeedSettings.DEFAULT).between(FROM, TO).forEach(delivery -> {
            PathwayEvent event = delivery.event();
            assertThat(event.getEventId()).matches(UUID);
            assertThat(event.getEpisodeId()).matches(EPISODE_ID);
            PathwayEventJson.toJson(event).forEach(value ->
                    assertThat(NhsNumbers.containsNhsNumber(value.asText())).as(value.asText()).isFalse());
        });
    }

    @Test
    void anEventIdIsNeverReusedForOtherContent() {
        Map<String, JsonNode> contentById = new HashMap<>();
        new SyntheticEpisodes(REGISTRY, 3, FeedSettings.DEFAULT).between(FROM, TO).forEach(delivery -> {
            JsonNode json = PathwayEventJson.toJson(delivery.event());
            assertThat(contentById.computeIfAbsent(delivery.event().getEventId(), id -> json)).isEqualTo(json);
        });
    }

    @Test
    void eventsGivesTheFirstEventsInDeliveryOrder() {
        SyntheticEpisodes episodes = new SyntheticEpisodes(REGISTRY, 3, FeedSettings.DEFAULT);

        List<PathwayEvent> events = episodes.events(FROM, 5_000);

        assertThat(events).hasSize(5_000)
                .isEqualTo(episodes.between(FROM, TO).limit(5_000).map(Delivery::event).toList());
    }

    @Test
    void aRegistryWithoutTrustsHasNoEpisodes() {
        ReferenceData empty = new ReferenceData(List.of(), List.of(), List.of());

        assertThat(new SyntheticEpisodes(empty, 3, FeedSettings.DEFAULT).startingFrom(Instant.now())).isEmpty();
    }

    private static List<String> deliveries(long seed, LocalDate from, LocalDate to) {
        return texts(new SyntheticEpisodes(REGISTRY, seed, FeedSettings.DEFAULT).between(from, to).toList());
    }

    private static List<String> texts(List<Delivery> deliveries) {
        return deliveries.stream()
                .map(delivery -> delivery.deliverAt() + " " + PathwayEventJson.toJson(delivery.event()))
                .toList();
    }
}
