package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.time.LondonTime;

/**
 * Measure 8: stroke patients discharged alive, attributed to the discharging trust on the discharge date, are met
 * when their first follow-up review strictly after the discharge is at most six calendar months after the
 * discharge. Excluded: died strictly before that deadline without having been reviewed.
 */
final class FollowUpReview implements MeasureRule {

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        PathwayEvent discharge = facts.dischargeAlive();
        if (!facts.isStroke() || discharge == null) {
            return null;
        }
        Instant dischargedAt = discharge.occurredAt();
        Deadline deadline = new Deadline(LondonTime.sixCalendarMonthsAfter(dischargedAt));
        PathwayEvent review = facts.earliest(EventType.FOLLOW_UP_REVIEW,
                candidate -> candidate.occurredAt().isAfter(dischargedAt));
        PathwayEvent death = facts.counted(EventType.DEATH);
        OutcomeState state = deadline.judgeUnlessDied(
                review == null ? null : review.occurredAt(),
                death == null ? null : death.occurredAt(),
                now);
        return deadline.outcome(Measure.REVIEWED_WITHIN_6_MONTHS, AttributionKey.of(discharge), state);
    }
}
