package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Measures 4a and 4b: stroke patients, attributed to the first trust on the clock-start date, are met when their
 * first brain scan (CT or MRI, at any trust) is within the window after the clock start (60 minutes for 4a, 24 hours
 * for 4b). Excluded: in-hospital strokes.
 */
final class BrainImaging implements MeasureRule {

    static final BrainImaging WITHIN_1_HOUR =
            new BrainImaging(Measure.BRAIN_IMAGING_WITHIN_1_HOUR, Duration.ofMinutes(60));
    static final BrainImaging WITHIN_24_HOURS =
            new BrainImaging(Measure.BRAIN_IMAGING_WITHIN_24_HOURS, Duration.ofHours(24));

    private final Measure measure;
    private final Duration window;

    private BrainImaging(Measure measure, Duration window) {
        this.measure = measure;
        this.window = window;
    }

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        if (!facts.isStroke()) {
            return null;
        }
        PathwayEvent clockStart = facts.clockStart();
        AttributionKey attribution = AttributionKey.of(clockStart);
        if (facts.isInHospitalStroke()) {
            return MeasureOutcome.judged(measure, OutcomeState.EXCLUDED, attribution);
        }
        PathwayEvent firstScan = facts.counted(EventType.BRAIN_IMAGING);
        Deadline deadline = new Deadline(clockStart.occurredAt().plus(window));
        return deadline.outcome(measure, attribution,
                deadline.judge(firstScan == null ? null : firstScan.occurredAt(), now));
    }
}
