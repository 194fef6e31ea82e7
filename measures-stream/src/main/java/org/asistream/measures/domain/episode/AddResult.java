package org.asistream.measures.domain.episode;

import java.util.Optional;

import org.asistream.measures.domain.event.PathwayEvent;

/**
 * What {@link EpisodeLog#add} did with an event.
 *
 * @param status    added, ignored as a duplicate, or refused as a conflict
 * @param withdrawn on the first conflict for an eventId, the earlier copy that counted until now and no longer does
 *                  (the caller dead-letters it beside the new copy); otherwise null
 */
public record AddResult(Status status, PathwayEvent withdrawn) {

    public enum Status {
        /** A new eventId: the event is in the log. */
        ADDED,
        /** An identical copy of an event already in the log: ignored. */
        DUPLICATE,
        /** The eventId is already used with a different content: neither copy counts; dead-letter this one. */
        CONFLICT
    }

    static final AddResult ADDED = new AddResult(Status.ADDED, null);
    static final AddResult DUPLICATE = new AddResult(Status.DUPLICATE, null);
    static final AddResult CONFLICT_AGAIN = new AddResult(Status.CONFLICT, null);

    public Optional<PathwayEvent> withdrawnCopy() {
        return Optional.ofNullable(withdrawn);
    }
}
