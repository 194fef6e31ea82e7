package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.Retraction;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same month with and without dirt (every kind at 4%): the rates, and that resolving the dirt gives the truth. */
class DirtTest {

    private static final ReferenceData REGISTRY = ReferenceDataFile.syntheticRegistry();
    private static final DirtRates DIRT = new DirtRates(0.04, 0.04, 0.04, 0.04, 0.04);
    private static final LocalDate FROM = LocalDate.of(2011, 2, 1);
    private static final LocalDate TO = LocalDate.of(2011, 2, 28);
    private static List<Delivery> clean;
    private static List<Delivery> dirty;

    @BeforeAll
    static void generate() {
        clean = deliveries(DirtRates.NONE, TO);
        dirty = deliveries(DIRT, TO);
    }

    @Test
    void withoutDirtEachEventIsSentOnceWithinMinutesOfHappening() {
        assertThat(clean.stream().map(delivery -> delivery.event().getEventId()).distinct().count())
                .isEqualTo(clean.size());
        assertThat(clean).filteredOn(delivery -> delay(delivery).compareTo(Duration.ofMinutes(30)) > 0).isEmpty();
        assertThat(clean).noneMatch(delivery -> delivery.event().getSupersedes() != null
                || delivery.event().getType() == EventType.RETRACTION);
    }

    @Test
    void someEventsAreSentTwiceWithTheSameIdAndContent() {
        Map<String, Integer> copies = new HashMap<>();
        dirty.forEach(delivery -> copies.merge(delivery.event().getEventId(), 1, Integer::sum));

        assertThat((double) copies.values().stream().filter(count -> count > 1).count() / clean.size())
                .isCloseTo(DIRT.duplicates(), within(0.005));
    }

    @Test
    void someEventsAreSentHoursOrDaysLate() {
        DirtRates lateOnly = new DirtRates(0, 0.04, 0, 0, 0);
        List<Delivery> deliveries = twoWeeksWith(lateOnly);

        List<Duration> lateBy = deliveries.stream().map(DirtTest::delay)
                .filter(delay -> delay.compareTo(Duration.ofHours(1)) >= 0).toList();

        assertThat((double) lateBy.size() / deliveries.size()).isCloseTo(lateOnly.late(), within(0.005));
        assertThat(lateBy).anyMatch(delay -> delay.toDays() >= 2);
    }

    @Test
    void someEventsAreDeliveredAfterTheEpisodesNextEvent() {
        DirtRates outOfOrderOnly = new DirtRates(0, 0, 0.04, 0, 0);
        List<Delivery> deliveries = twoWeeksWith(outOfOrderOnly);
        Map<String, Integer> deliveredAs = new HashMap<>();
        Map<String, List<PathwayEvent>> byEpisode = new HashMap<>();
        for (Delivery delivery : deliveries) {
            deliveredAs.put(delivery.event().getEventId(), deliveredAs.size());
            byEpisode.computeIfAbsent(delivery.event().getEpisodeId(), id -> new ArrayList<>()).add(delivery.event());
        }

        long pairs = 0;
        long behindTheNext = 0;
        for (List<PathwayEvent> episode : byEpisode.values()) {
            episode.sort(Comparator.comparing(PathwayEvent::getOccurredAt));
            for (int i = 0; i + 1 < episode.size(); i++) {
                PathwayEvent event = episode.get(i);
                PathwayEvent next = episode.get(i + 1);
                if (Duration.between(event.getOccurredAt(), next.getOccurredAt()).toHours() < 23) {
                    pairs++;
                    behindTheNext += deliveredAs.get(event.getEventId()) > deliveredAs.get(next.getEventId()) ? 1 : 0;
                }
            }
        }

        assertThat((double) behindTheNext / pairs).isCloseTo(outOfOrderOnly.outOfOrder(), within(0.01));
    }

    @Test
    void someEventsAreCorrectedAndSomeMistakesRetracted() {
        long corrections = dirty.stream().filter(delivery -> delivery.event().getSupersedes() != null)
                .map(delivery -> delivery.event().getEventId()).distinct().count();
        long retractions = dirty.stream().filter(delivery -> delivery.event().getType() == EventType.RETRACTION)
                .map(delivery -> delivery.event().getEventId()).distinct().count();

        assertThat((double) corrections / clean.size()).isCloseTo(DIRT.corrections(), within(0.004));
        assertThat((double) retractions / clean.size()).isCloseTo(DIRT.retractions(), within(0.004));
    }

    @Test
    void aCorrectionIsDeliveredAfterWhatItCorrectsAndARetractionAfterTheMistake() {
        Map<String, Integer> firstDelivered = new HashMap<>();
        for (int i = 0; i < dirty.size(); i++) {
            firstDelivered.putIfAbsent(dirty.get(i).event().getEventId(), i);
        }
        dirty.forEach(delivery -> {
            PathwayEvent event = delivery.event();
            String earlier = event.getType() == EventType.RETRACTION
                    ? ((Retraction) event.getDetails()).getRetracts() : event.getSupersedes();
            if (earlier != null) {
                assertThat(firstDelivered.get(earlier)).isLessThan(firstDelivered.get(event.getEventId()));
            }
        });
    }

    @Test
    void resolvingDuplicatesCorrectionsAndRetractionsGivesBackTheTrueEpisodes() {
        Map<String, PathwayEvent> byId = new HashMap<>();
        dirty.forEach(delivery -> byId.putIfAbsent(delivery.event().getEventId(), delivery.event()));
        Set<String> hidden = new HashSet<>();
        byId.values().forEach(event -> {
            if (event.getType() == EventType.RETRACTION) {
                hidden.add(event.getEventId());
                hidden.add(((Retraction) event.getDetails()).getRetracts());
            } else if (event.getSupersedes() != null) {
                hidden.add(event.getSupersedes());
            }
        });
        Set<String> resolved = new HashSet<>();
        byId.values().stream()
                .filter(event -> !hidden.contains(event.getEventId()))
                .map(event -> PathwayEvent.newBuilder(event).setSupersedes(null).build())
                .forEach(event -> resolved.add(PathwayEventJson.toJson(event).toString()));

        Set<String> truth = new HashSet<>();
        clean.forEach(delivery -> truth.add(PathwayEventJson.toJson(delivery.event()).toString()));
        assertThat(resolved).isEqualTo(truth);
    }

    private static List<Delivery> twoWeeksWith(DirtRates dirt) {
        return deliveries(dirt, FROM.plusDays(13));
    }

    private static List<Delivery> deliveries(DirtRates dirt, LocalDate to) {
        return new SyntheticEpisodes(REGISTRY, 21, FeedSettings.DEFAULT.withDirt(dirt)).between(FROM, to).toList();
    }

    private static Duration delay(Delivery delivery) {
        return Duration.between(delivery.event().getOccurredAt(), delivery.deliverAt());
    }
}
