package org.asistream.platform.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.asistream.schemas.avro.ArrivalMode;
import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.avro.StrokeDiagnosis;

/** Clean generated events grouped by episode, with the facts the tests judge the simulation by. */
final class EpisodeRecords {

    private final Map<String, Episode> episodes = new LinkedHashMap<>();

    static EpisodeRecords of(Stream<Delivery> deliveries) {
        EpisodeRecords records = new EpisodeRecords();
        deliveries.forEach(delivery -> records.episodes
                .computeIfAbsent(delivery.event().getEpisodeId(), id -> new Episode(new ArrayList<>()))
                .events().add(delivery.event()));
        records.episodes.values()
                .forEach(episode -> episode.events().sort(Comparator.comparing(PathwayEvent::getOccurredAt)));
        return records;
    }

    Collection<Episode> all() {
        return episodes.values();
    }

    List<Episode> strokes() {
        return episodes.values().stream().filter(Episode::isStroke).toList();
    }

    List<Episode> tias() {
        return episodes.values().stream().filter(episode -> !episode.isStroke()).toList();
    }

    /** Suspected strokes that were strokes after all (not mimics). */
    List<Episode> trueStrokes() {
        return strokes().stream().filter(episode -> !episode.isMimic()).toList();
    }

    static double share(Collection<Episode> episodes, java.util.function.Predicate<Episode> which) {
        return (double) episodes.stream().filter(which).count() / episodes.size();
    }

    record Episode(List<PathwayEvent> events) {

        boolean isStroke() {
            return events.get(0).getType() == EventType.STROKE_ARRIVAL;
        }

        PathwayEvent first() {
            return events.get(0);
        }

        Instant clockStart() {
            return first().getOccurredAt();
        }

        String firstTrust() {
            return first().getTrust();
        }

        boolean isInHospitalStroke() {
            return ((StrokeArrival) first().getDetails()).getInHospitalOnset();
        }

        boolean isMimic() {
            return only(EventType.DIAGNOSIS)
                    .map(event -> ((Diagnosis) event.getDetails()).getDiagnosis() == StrokeDiagnosis.NOT_STROKE)
                    .orElse(false);
        }

        List<PathwayEvent> ofType(EventType type) {
            return events.stream().filter(event -> event.getType() == type).toList();
        }

        Optional<PathwayEvent> only(EventType type) {
            List<PathwayEvent> found = ofType(type);
            if (found.size() > 1) {
                throw new AssertionError(type + " twice in a clean episode: " + found);
            }
            return found.stream().findFirst();
        }

        boolean has(EventType type) {
            return events.stream().anyMatch(event -> event.getType() == type);
        }

        Optional<Duration> sinceClockStart(EventType type) {
            return ofType(type).stream().findFirst()
                    .map(event -> Duration.between(clockStart(), event.getOccurredAt()));
        }

        List<PathwayEvent> transferArrivals() {
            return ofType(EventType.STROKE_ARRIVAL).stream()
                    .filter(event -> ((StrokeArrival) event.getDetails()).getArrivalMode() == ArrivalMode.TRANSFER)
                    .toList();
        }
    }
}
