package org.asistream.measures.domain.episode;

import java.time.Instant;
import java.util.List;

import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * The stay at the trust where the inpatient stay ended (by discharge, or by death in hospital at the death's trust):
 * from that trust's latest counting {@code STROKE_ARRIVAL} at or before the end (the clock start if it has none) to
 * the end.
 *
 * @param trust             the trust where the stay ended
 * @param start             when the stay at that trust began
 * @param end               the discharge or death
 * @param wards             that trust's {@code WARD_ENTERED} facts timed within [start, end], earliest first
 * @param arrivalRecorded   whether the start is that trust's own arrival (false: it fell back to the clock start)
 */
public record FinalStay(String trust, Instant start, Instant end, List<PathwayEvent> wards, boolean arrivalRecorded) {

    static FinalStay of(EpisodeFacts facts, PathwayEvent endOfStay) {
        String trust = endOfStay.trust();
        Instant end = endOfStay.occurredAt();
        List<PathwayEvent> arrivals = facts.all(EventType.STROKE_ARRIVAL,
                arrival -> arrival.trust().equals(trust) && !arrival.occurredAt().isAfter(end));
        boolean arrivalRecorded = !arrivals.isEmpty();
        Instant start = arrivalRecorded
                ? arrivals.get(arrivals.size() - 1).occurredAt()
                : facts.clockStart().occurredAt();
        List<PathwayEvent> wards = facts.all(EventType.WARD_ENTERED,
                ward -> ward.trust().equals(trust)
                        && !ward.occurredAt().isBefore(start)
                        && !ward.occurredAt().isAfter(end));
        return new FinalStay(trust, start, end, List.copyOf(wards), arrivalRecorded);
    }

    /** The stay's first ward at that trust, or null if it recorded none. */
    public PathwayEvent firstWard() {
        return wards.isEmpty() ? null : wards.get(0);
    }
}
