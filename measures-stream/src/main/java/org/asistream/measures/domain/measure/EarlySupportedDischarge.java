package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Measure 9: stroke patients discharged alive to their usual residence, attributed to the discharging trust on the
 * discharge date, are met when the discharge record's ESD flag is set (whatever the trust registry says); a missing
 * flag is not met. Care home and other destinations are not in the cohort.
 */
final class EarlySupportedDischarge implements MeasureRule {

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        PathwayEvent discharge = facts.dischargeAlive();
        if (!facts.isStroke() || discharge == null
                || discharge.destination() != DischargeDestination.USUAL_RESIDENCE) {
            return null;
        }
        OutcomeState state = Boolean.TRUE.equals(discharge.esdSupport()) ? OutcomeState.MET : OutcomeState.NOT_MET;
        return MeasureOutcome.judged(Measure.EARLY_SUPPORTED_DISCHARGE, state, AttributionKey.of(discharge));
    }
}
