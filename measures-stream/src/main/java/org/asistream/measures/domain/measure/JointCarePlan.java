package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Measure 7: stroke patients discharged alive, attributed to the discharging trust on the discharge date, are met
 * when the discharge record says a joint health and social care plan was given; a missing flag is not met.
 */
final class JointCarePlan implements MeasureRule {

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        PathwayEvent discharge = facts.dischargeAlive();
        if (!facts.isStroke() || discharge == null) {
            return null;
        }
        OutcomeState state = Boolean.TRUE.equals(discharge.jointCarePlan()) ? OutcomeState.MET : OutcomeState.NOT_MET;
        return MeasureOutcome.judged(Measure.JOINT_CARE_PLAN, state, AttributionKey.of(discharge));
    }
}
