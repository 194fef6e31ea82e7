package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.time.LondonTime;

/**
 * Measure 6: stroke patients discharged alive, attributed to the discharging trust on the discharge date, are met
 * when their first psychological support is at most six calendar months after the clock start. Excluded: died
 * strictly before that deadline without having received it.
 */
final class PsychologicalSupport implements MeasureRule {

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        PathwayEvent discharge = facts.dischargeAlive();
        if (!facts.isStroke() || discharge == null) {
            return null;
        }
        Deadline deadline = new Deadline(LondonTime.sixCalendarMonthsAfter(facts.clockStart().occurredAt()));
        PathwayEvent support = facts.counted(EventType.PSYCHOLOGICAL_SUPPORT);
        PathwayEvent death = facts.counted(EventType.DEATH);
        OutcomeState state = deadline.judgeUnlessDied(
                support == null ? null : support.occurredAt(),
                death == null ? null : death.occurredAt(),
                now);
        return deadline.outcome(Measure.PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS, AttributionKey.of(discharge), state);
    }
}
