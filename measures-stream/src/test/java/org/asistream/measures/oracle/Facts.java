package org.asistream.measures.oracle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * The counting facts of one episode by type, with the spec's "several facts of one kind" rule: the earliest
 * {@code occurredAt} counts (ties: smaller eventId), except DIAGNOSIS and DISCHARGE where the latest counts (ties:
 * smaller eventId).
 */
final class Facts {

    private static final Comparator<PathwayEvent> BY_TIME_THEN_ID =
            Comparator.comparing(PathwayEvent::occurredAt).thenComparing(PathwayEvent::eventId);

    private final Map<EventType, List<PathwayEvent>> byType = new EnumMap<>(EventType.class);

    Facts(List<PathwayEvent> facts) {
        for (EventType type : EventType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (PathwayEvent e : facts) {
            byType.get(e.type()).add(e);
        }
        byType.values().forEach(list -> list.sort(BY_TIME_THEN_ID));
    }

    /** Every counting fact of a type, earliest first (ties: smaller eventId). */
    List<PathwayEvent> all(EventType type) {
        return byType.get(type);
    }

    /** The earliest counting fact of a type, or null. */
    PathwayEvent earliest(EventType type) {
        return earliest(type, e -> true);
    }

    /** The earliest counting fact of a type that is of the kind asked for, or null. */
    PathwayEvent earliest(EventType type, Predicate<PathwayEvent> kind) {
        for (PathwayEvent e : byType.get(type)) {
            if (kind.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** The latest counting fact of a type (ties: the smaller eventId), or null. For DIAGNOSIS and DISCHARGE. */
    PathwayEvent latest(EventType type) {
        PathwayEvent latest = null;
        for (PathwayEvent e : byType.get(type)) {
            if (latest == null || e.occurredAt().isAfter(latest.occurredAt())
                    || e.occurredAt().equals(latest.occurredAt()) && e.eventId().compareTo(latest.eventId()) < 0) {
                latest = e;
            }
        }
        return latest;
    }

    boolean any(EventType type, Predicate<PathwayEvent> kind) {
        return earliest(type, kind) != null;
    }
}
