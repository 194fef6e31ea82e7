package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.episode.FinalStay;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/** Finds the {@link MissingFact}s of an episode. */
final class Completeness {

    /**
     * How long after the clock start a stroke stay may stay open before its end is reported missing: stroke stays
     * have a median of about 9 days, and very few last three months, so an open stay this old is most likely a
     * discharge or death the trust has not sent.
     */
    static final Duration OPEN_STAY_REPORTED_AFTER = Duration.ofDays(90);

    private Completeness() {
    }

    /**
     * The instant after which an open stroke stay is reported as missing its end; null when that does not apply
     * (not a stroke, or the stay has ended).
     */
    static Instant openStayReportedAfter(EpisodeFacts facts) {
        if (!facts.isStroke() || facts.endOfStay() != null) {
            return null;
        }
        return facts.clockStart().occurredAt().plus(OPEN_STAY_REPORTED_AFTER);
    }

    static List<DataGap> gaps(EpisodeFacts facts, Instant now) {
        List<DataGap> gaps = new ArrayList<>(0);
        PathwayEvent firstContact = facts.tiaFirstContact();
        if (firstContact != null && firstContact.abcd2() == null) {
            gaps.add(new DataGap(MissingFact.ABCD2_SCORE, AttributionKey.of(firstContact)));
        }
        Instant openStayReported = openStayReportedAfter(facts);
        if (openStayReported != null && now.isAfter(openStayReported)) {
            gaps.add(new DataGap(MissingFact.END_OF_STAY, AttributionKey.of(latestArrival(facts))));
        }
        FinalStay stay = facts.finalStay();
        if (!facts.isStroke() || stay == null) {
            return gaps;
        }
        AttributionKey clockStart = AttributionKey.of(facts.clockStart());
        AttributionKey endOfStay = AttributionKey.of(facts.endOfStay());
        if (facts.counted(EventType.DIAGNOSIS) == null) {
            gaps.add(new DataGap(MissingFact.DIAGNOSIS, clockStart));
        }
        if (facts.counted(EventType.BRAIN_IMAGING) == null) {
            gaps.add(new DataGap(MissingFact.BRAIN_IMAGING, clockStart));
        }
        if (stay.wards().isEmpty()) {
            gaps.add(new DataGap(MissingFact.WARD_MOVEMENTS, endOfStay));
        }
        if (!stay.arrivalRecorded()) {
            gaps.add(new DataGap(MissingFact.ARRIVAL_AT_ENDING_TRUST, endOfStay));
        }
        PathwayEvent discharge = facts.dischargeAlive();
        if (discharge != null && lacksDetails(discharge)) {
            gaps.add(new DataGap(MissingFact.DISCHARGE_DETAILS, endOfStay));
        }
        return gaps;
    }

    /** The latest counting arrival (ties: the smaller eventId, as for every "latest" fact): who has the patient. */
    private static PathwayEvent latestArrival(EpisodeFacts facts) {
        PathwayEvent latest = null;
        for (PathwayEvent arrival : facts.all(EventType.STROKE_ARRIVAL, any -> true)) { // earliest first
            if (latest == null || arrival.occurredAt().isAfter(latest.occurredAt())) {
                latest = arrival;
            }
        }
        return latest;
    }

    private static boolean lacksDetails(PathwayEvent discharge) {
        return discharge.destination() == null
                || discharge.inAtrialFibrillation() == null
                || discharge.jointCarePlan() == null
                || Boolean.TRUE.equals(discharge.inAtrialFibrillation()) && discharge.anticoagulation() == null
                || discharge.destination() == DischargeDestination.USUAL_RESIDENCE && discharge.esdSupport() == null;
    }
}
