package org.asistream.platform.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;

/** The true facts of one episode as its trusts record them, each an event with its own id. */
final class EpisodeFacts {

    private final String episodeId;
    private final Chance ids;
    private final List<PathwayEvent> events = new ArrayList<>();

    EpisodeFacts(String episodeId, Chance ids) {
        this.episodeId = episodeId;
        this.ids = ids;
    }

    void record(TrustProfile trust, Instant at, EventType type, Object details) {
        events.add(event(ids.uuid(), type, episodeId, trust.code(), at, details));
    }

    /** The events in the order they happened (the order of recording for facts at the same second). */
    List<PathwayEvent> inTimeOrder() {
        List<PathwayEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(PathwayEvent::getOccurredAt));
        return ordered;
    }

    /** An event at the London offset of its time, to the second, as a trust's system would stamp it. */
    static PathwayEvent event(String eventId, EventType type, String episodeId, String trust, Instant at,
            Object details) {
        Instant seconds = Instant.ofEpochSecond(at.getEpochSecond());
        return new PathwayEvent(eventId, type, episodeId, trust, seconds, London.offsetSecondsAt(seconds), null,
                details, null);
    }
}
