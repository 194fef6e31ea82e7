package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.episode.FinalStay;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.Ward;
import org.asistream.measures.domain.time.LondonTime;

/**
 * Measure 3: stroke patients whose stay ended (discharge, or death in hospital), attributed to the trust where it
 * ended on the date it ended, are met when stroke-unit time at that trust is at least 90% of their stay there
 * ({@link FinalStay}). Stroke-unit time runs from each stroke-unit entry to the next ward entry at that trust or the
 * end; time before the stay's first ward is not stroke-unit time, so a stay without ward events is not met.
 * Excluded: the stay's first ward is critical care; the patient died on the London calendar day of the clock start.
 */
final class StayOnStrokeUnit implements MeasureRule {

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        FinalStay stay = facts.finalStay();
        if (!facts.isStroke() || stay == null) {
            return null;
        }
        AttributionKey attribution = AttributionKey.of(facts.endOfStay());
        PathwayEvent firstWard = stay.firstWard();
        if (firstWard != null && firstWard.ward() == Ward.CRITICAL_CARE || diedOnDayOfClockStart(facts)) {
            return MeasureOutcome.judged(Measure.STAY_ON_STROKE_UNIT, OutcomeState.EXCLUDED, attribution);
        }
        Duration onStrokeUnit = strokeUnitTime(stay);
        Duration atTrust = Duration.between(stay.start(), stay.end());
        boolean met = onStrokeUnit.multipliedBy(10).compareTo(atTrust.multipliedBy(9)) >= 0;
        return MeasureOutcome.judged(Measure.STAY_ON_STROKE_UNIT, met ? OutcomeState.MET : OutcomeState.NOT_MET,
                attribution);
    }

    private static Duration strokeUnitTime(FinalStay stay) {
        List<PathwayEvent> wards = stay.wards();
        Duration total = Duration.ZERO;
        for (int i = 0; i < wards.size(); i++) {
            if (wards.get(i).ward() == Ward.STROKE_UNIT) {
                Instant left = i + 1 < wards.size() ? wards.get(i + 1).occurredAt() : stay.end();
                total = total.plus(Duration.between(wards.get(i).occurredAt(), left));
            }
        }
        return total;
    }

    /** Any counting death (in hospital or after discharge) on the London date of the clock start. */
    private static boolean diedOnDayOfClockStart(EpisodeFacts facts) {
        PathwayEvent death = facts.counted(EventType.DEATH);
        return death != null
                && LondonTime.dateOf(death.occurredAt()).equals(LondonTime.dateOf(facts.clockStart().occurredAt()));
    }
}
