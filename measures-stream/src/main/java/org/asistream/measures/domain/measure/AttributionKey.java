package org.asistream.measures.domain.measure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.time.LondonTime;

/** The trust credited with an outcome and the Europe/London date that places it in a period. */
public record AttributionKey(String trust, LocalDate day) implements Comparable<AttributionKey> {

    private static final Comparator<AttributionKey> ORDER =
            Comparator.comparing(AttributionKey::trust).thenComparing(AttributionKey::day);

    public AttributionKey {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(day, "day");
    }

    /** Attributed to the event's trust, on the London date of its occurredAt. */
    public static AttributionKey of(PathwayEvent event) {
        return new AttributionKey(event.trust(), LondonTime.dateOf(event.occurredAt()));
    }

    @Override
    public int compareTo(AttributionKey other) {
        return ORDER.compare(this, other);
    }
}
