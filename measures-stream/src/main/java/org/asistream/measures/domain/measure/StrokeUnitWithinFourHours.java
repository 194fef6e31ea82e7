package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.Ward;

/**
 * Measure 2: stroke patients, attributed to the first trust on the clock-start date, are met when their first
 * stroke-unit entry (at any trust) is at most 4 hours after the clock start. Excluded: in-hospital strokes, and
 * episodes whose first ward (earliest {@code WARD_ENTERED} at any trust, whenever it happened) is critical care.
 * Exclusions win over a stroke-unit entry.
 */
final class StrokeUnitWithinFourHours implements MeasureRule {

    private static final Duration WINDOW = Duration.ofHours(4);

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        if (!facts.isStroke()) {
            return null;
        }
        PathwayEvent clockStart = facts.clockStart();
        AttributionKey attribution = AttributionKey.of(clockStart);
        PathwayEvent firstWard = facts.counted(EventType.WARD_ENTERED);
        if (facts.isInHospitalStroke() || firstWard != null && firstWard.ward() == Ward.CRITICAL_CARE) {
            return MeasureOutcome.judged(Measure.STROKE_UNIT_WITHIN_4_HOURS, OutcomeState.EXCLUDED, attribution);
        }
        PathwayEvent strokeUnit = facts.earliest(EventType.WARD_ENTERED, ward -> ward.ward() == Ward.STROKE_UNIT);
        Deadline deadline = new Deadline(clockStart.occurredAt().plus(WINDOW));
        OutcomeState state = deadline.judge(strokeUnit == null ? null : strokeUnit.occurredAt(), now);
        return deadline.outcome(Measure.STROKE_UNIT_WITHIN_4_HOURS, attribution, state);
    }
}
