package org.asistream.measures.domain.measure;

import java.util.ArrayList;
import java.util.List;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.episode.FinalStay;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/** Finds the {@link MissingFact}s of an episode. */
final class Completeness {

    private Completeness() {
    }

    static List<DataGap> gaps(EpisodeFacts facts) {
        List<DataGap> gaps = new ArrayList<>(0);
        PathwayEvent firstContact = facts.tiaFirstContact();
        if (firstContact != null && firstContact.abcd2() == null) {
            gaps.add(new DataGap(MissingFact.ABCD2_SCORE, AttributionKey.of(firstContact)));
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

    private static boolean lacksDetails(PathwayEvent discharge) {
        return discharge.destination() == null
                || discharge.inAtrialFibrillation() == null
                || discharge.jointCarePlan() == null
                || Boolean.TRUE.equals(discharge.inAtrialFibrillation()) && discharge.anticoagulation() == null
                || discharge.destination() == DischargeDestination.USUAL_RESIDENCE && discharge.esdSupport() == null;
    }
}
