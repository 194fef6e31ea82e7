package org.asistream.measures.domain.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;

/**
 * The counting facts of one episode, with the spec's choices made once: the fact that counts for each type (the
 * earliest, but the latest {@code DIAGNOSIS} and {@code DISCHARGE}; ties to the smaller eventId), the clock start
 * and how the stay ended. Measures read the episode through this class only.
 */
public final class EpisodeFacts {

    private static final int TYPE_COUNT = EventType.values().length;

    private final List<PathwayEvent> facts;
    private final PathwayEvent[] counted = new PathwayEvent[TYPE_COUNT];
    private final PathwayEvent clockStart;
    private final PathwayEvent endOfStay;
    private FinalStay finalStay;

    private EpisodeFacts(List<PathwayEvent> facts) {
        this.facts = facts;
        PathwayEvent firstArrival = null;
        for (PathwayEvent fact : facts) {
            int type = fact.type().ordinal();
            PathwayEvent current = counted[type];
            if (current == null || (keepsLatest(fact.type()) ? isLaterThan(fact, current) : fact.isEarlierThan(current))) {
                counted[type] = fact;
            }
            if (fact.type() == EventType.STROKE_ARRIVAL && fact.arrivalMode() != ArrivalMode.TRANSFER
                    && (firstArrival == null || fact.isEarlierThan(firstArrival))) {
                firstArrival = fact;
            }
        }
        // Only when every arrival is a transfer does a transfer start the clock.
        clockStart = firstArrival != null ? firstArrival : counted[EventType.STROKE_ARRIVAL.ordinal()];
        PathwayEvent death = counted[EventType.DEATH.ordinal()];
        PathwayEvent discharge = counted[EventType.DISCHARGE.ordinal()];
        if (death != null && (discharge == null || !death.occurredAt().isAfter(discharge.occurredAt()))) {
            endOfStay = death;
        } else {
            endOfStay = discharge;
        }
    }

    public static EpisodeFacts of(EpisodeLog log) {
        return new EpisodeFacts(log.countingFacts());
    }

    private static boolean keepsLatest(EventType type) {
        return type == EventType.DIAGNOSIS || type == EventType.DISCHARGE;
    }

    /** Later occurredAt first; at the same instant the smaller eventId still wins. */
    private static boolean isLaterThan(PathwayEvent fact, PathwayEvent current) {
        int byTime = fact.occurredAt().compareTo(current.occurredAt());
        return byTime > 0 || byTime == 0 && fact.eventId().compareTo(current.eventId()) < 0;
    }

    /** The fact that counts for a type: the earliest, or the latest for DIAGNOSIS and DISCHARGE; null if none. */
    public PathwayEvent counted(EventType type) {
        return counted[type.ordinal()];
    }

    /** The earliest counting fact of a type that satisfies a condition (first stroke-unit entry, ...); or null. */
    public PathwayEvent earliest(EventType type, Predicate<PathwayEvent> condition) {
        PathwayEvent earliest = null;
        for (PathwayEvent fact : facts) {
            if (fact.type() == type && condition.test(fact) && (earliest == null || fact.isEarlierThan(earliest))) {
                earliest = fact;
            }
        }
        return earliest;
    }

    /** Whether some counting fact of a type satisfies a condition. */
    public boolean any(EventType type, Predicate<PathwayEvent> condition) {
        for (PathwayEvent fact : facts) {
            if (fact.type() == type && condition.test(fact)) {
                return true;
            }
        }
        return false;
    }

    /** All counting facts of a type that satisfy a condition, earliest first. */
    public List<PathwayEvent> all(EventType type, Predicate<PathwayEvent> condition) {
        List<PathwayEvent> matching = new ArrayList<>();
        for (PathwayEvent fact : facts) {
            if (fact.type() == type && condition.test(fact)) {
                matching.add(fact);
            }
        }
        matching.sort(PathwayEvent.EARLIEST_FIRST);
        return matching;
    }

    /**
     * The {@code STROKE_ARRIVAL} that starts the stroke clock: the earliest that is not a transfer, or if every
     * arrival is a transfer the earliest of all; its trust is the first trust. Null without an arrival.
     */
    public PathwayEvent clockStart() {
        return clockStart;
    }

    /** Onset while already an inpatient: the clock-start arrival says so or came from an inpatient ward. */
    public boolean isInHospitalStroke() {
        return clockStart != null
                && (Boolean.TRUE.equals(clockStart.inHospitalOnset()) || clockStart.arrivalMode() == ArrivalMode.INPATIENT);
    }

    /** In the stroke cohorts: a clock start, and the latest diagnosis (if any) is not a stroke mimic. */
    public boolean isStroke() {
        PathwayEvent diagnosis = counted(EventType.DIAGNOSIS);
        return clockStart != null && (diagnosis == null || diagnosis.diagnosis() != StrokeDiagnosis.NOT_STROKE);
    }

    /**
     * The event that ended the inpatient stay: the earliest {@code DEATH} if it is at or before the counted
     * (latest) {@code DISCHARGE} or there is no discharge (a death in hospital, at the death's trust); otherwise the
     * counted discharge. Null while the patient is in hospital. A {@code TRANSFER_OUT} never ends the stay.
     */
    public PathwayEvent endOfStay() {
        return endOfStay;
    }

    /** The counted discharge when the patient left inpatient care alive; null otherwise. */
    public PathwayEvent dischargeAlive() {
        return endOfStay != null && endOfStay.type() == EventType.DISCHARGE ? endOfStay : null;
    }

    /**
     * The stay at the trust where the inpatient stay ended (measure 3), or null while the patient is in hospital or
     * without a clock start.
     */
    public FinalStay finalStay() {
        if (finalStay == null && endOfStay != null && clockStart != null) {
            finalStay = FinalStay.of(this, endOfStay);
        }
        return finalStay;
    }

    /** The earliest {@code TIA_FIRST_CONTACT}: the TIA clock start and the TIA service's trust. Null if none. */
    public PathwayEvent tiaFirstContact() {
        return counted(EventType.TIA_FIRST_CONTACT);
    }
}
