package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Measure 1: stroke patients discharged alive in atrial fibrillation, attributed to the discharging trust on the
 * discharge date, are met when discharged on an anticoagulant or with a plan for one; excluded when it is
 * contraindicated. A missing anticoagulation status counts as not met (nothing documented).
 */
final class AfAnticoagulation implements MeasureRule {

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        PathwayEvent discharge = facts.dischargeAlive();
        if (!facts.isStroke() || discharge == null || !Boolean.TRUE.equals(discharge.inAtrialFibrillation())) {
            return null;
        }
        OutcomeState state = OutcomeState.NOT_MET;
        if (discharge.anticoagulation() != null) {
            state = switch (discharge.anticoagulation()) {
                case ON_ANTICOAGULANT, PLANNED -> OutcomeState.MET;
                case CONTRAINDICATED -> OutcomeState.EXCLUDED;
                case NOT_GIVEN -> OutcomeState.NOT_MET;
            };
        }
        return MeasureOutcome.judged(Measure.AF_ANTICOAGULATION, state, AttributionKey.of(discharge));
    }
}
