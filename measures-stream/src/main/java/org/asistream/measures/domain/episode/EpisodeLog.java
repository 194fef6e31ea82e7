package org.asistream.measures.domain.episode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Every event received for one episode, deduplicated by eventId. The state is two sorted lists, so it does not
 * depend on the order in which events arrived and serialises as it is ({@link #events()},
 * {@link #conflictedEventIds()}, {@link #restore}).
 *
 * <p>An eventId seen with two different contents is conflicted: the copy that was in the log leaves it, and every
 * later copy is refused, so the result is the same whichever copy came first.
 */
public final class EpisodeLog {

    private static final Comparator<PathwayEvent> BY_EVENT_ID = Comparator.comparing(PathwayEvent::eventId);

    private final List<PathwayEvent> events;
    private final List<String> conflictedEventIds;

    public EpisodeLog() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    private EpisodeLog(List<PathwayEvent> events, List<String> conflictedEventIds) {
        this.events = events;
        this.conflictedEventIds = conflictedEventIds;
    }

    /** Rebuilds a log from its two lists (as a serde reads them back), in any order. */
    public static EpisodeLog restore(List<PathwayEvent> events, List<String> conflictedEventIds) {
        List<PathwayEvent> sortedEvents = new ArrayList<>(events);
        sortedEvents.sort(BY_EVENT_ID);
        List<String> sortedConflicts = new ArrayList<>(conflictedEventIds);
        Collections.sort(sortedConflicts);
        for (int i = 1; i < sortedEvents.size(); i++) {
            if (sortedEvents.get(i - 1).eventId().equals(sortedEvents.get(i).eventId())) {
                throw new IllegalArgumentException("eventId " + sortedEvents.get(i).eventId() + " appears twice");
            }
        }
        for (PathwayEvent event : sortedEvents) {
            if (Collections.binarySearch(sortedConflicts, event.eventId()) >= 0) {
                throw new IllegalArgumentException("eventId " + event.eventId() + " is both counted and conflicted");
            }
        }
        return new EpisodeLog(sortedEvents, sortedConflicts);
    }

    public AddResult add(PathwayEvent event) {
        String eventId = event.eventId();
        int conflictIndex = Collections.binarySearch(conflictedEventIds, eventId);
        if (conflictIndex >= 0) {
            return AddResult.CONFLICT_AGAIN;
        }
        int index = indexOf(events, eventId);
        if (index < 0) {
            events.add(-index - 1, event);
            return AddResult.ADDED;
        }
        PathwayEvent earlier = events.get(index);
        if (earlier.equals(event)) {
            return AddResult.DUPLICATE;
        }
        events.remove(index);
        conflictedEventIds.add(-conflictIndex - 1, eventId);
        return new AddResult(AddResult.Status.CONFLICT, earlier);
    }

    /**
     * Marks an eventId as conflicted although no second copy reached this episode (the topology found it reused by
     * another episode). Returns the copy this log held, which no longer counts.
     */
    public Optional<PathwayEvent> markConflicted(String eventId) {
        int conflictIndex = Collections.binarySearch(conflictedEventIds, eventId);
        if (conflictIndex >= 0) {
            return Optional.empty();
        }
        conflictedEventIds.add(-conflictIndex - 1, eventId);
        int index = indexOf(events, eventId);
        return index < 0 ? Optional.empty() : Optional.of(events.remove(index));
    }

    /** The events held, one per eventId, sorted by eventId. */
    public List<PathwayEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The eventIds refused for reuse with different content, sorted. */
    public List<String> conflictedEventIds() {
        return Collections.unmodifiableList(conflictedEventIds);
    }

    /**
     * The facts that count: every event that no counting event supersedes or retracts (applied recursively),
     * without the {@link EventType#RETRACTION}s themselves. Sorted by eventId.
     */
    public List<PathwayEvent> countingFacts() {
        boolean[] counting = CountingEvents.resolve(events);
        List<PathwayEvent> facts = new ArrayList<>(events.size());
        for (int i = 0; i < counting.length; i++) {
            PathwayEvent event = events.get(i);
            if (counting[i] && event.type() != EventType.RETRACTION) {
                facts.add(event);
            }
        }
        return facts;
    }

    /** Binary search by eventId in a list sorted by eventId; as {@link Collections#binarySearch}. */
    static int indexOf(List<PathwayEvent> sortedById, String eventId) {
        int low = 0;
        int high = sortedById.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = sortedById.get(mid).eventId().compareTo(eventId);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpisodeLog log
                && events.equals(log.events)
                && conflictedEventIds.equals(log.conflictedEventIds);
    }

    @Override
    public int hashCode() {
        return 31 * events.hashCode() + conflictedEventIds.hashCode();
    }

    @Override
    public String toString() {
        return "EpisodeLog[events=" + events + ", conflictedEventIds=" + conflictedEventIds + "]";
    }
}
