package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Measure 5: TIA patients whose first contact has ABCD2 of at least 4, attributed to the TIA service's trust on the
 * first-contact date, are met when both their first investigation (any method) and the start of treatment are at
 * most 24 hours after first contact. No exclusions. Judged on TIA events only, whatever the stroke events say.
 */
final class HighRiskTia implements MeasureRule {

    static final int HIGH_RISK_ABCD2 = 4;
    static final Duration WINDOW = Duration.ofHours(24);

    /** ABCD2 of 4 or more; an unknown score is not high risk. */
    static boolean isHighRisk(PathwayEvent firstContact) {
        return firstContact.abcd2() != null && firstContact.abcd2() >= HIGH_RISK_ABCD2;
    }

    @Override
    public MeasureOutcome assess(EpisodeFacts facts, Instant now) {
        PathwayEvent firstContact = facts.tiaFirstContact();
        if (firstContact == null || !isHighRisk(firstContact)) {
            return null;
        }
        PathwayEvent investigation = facts.counted(EventType.TIA_INVESTIGATION);
        PathwayEvent treatment = facts.counted(EventType.TIA_TREATMENT_STARTED);
        Instant bothDone = investigation == null || treatment == null
                ? null
                : latest(investigation.occurredAt(), treatment.occurredAt());
        Deadline deadline = new Deadline(firstContact.occurredAt().plus(WINDOW));
        return deadline.outcome(Measure.HIGH_RISK_TIA_WITHIN_24_HOURS, AttributionKey.of(firstContact),
                deadline.judge(bothDone, now));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
