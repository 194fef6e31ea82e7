package org.asistream.measures.domain.measure;

import java.time.Instant;

/**
 * A deadline judged on event time: a fact timed at or before it meets it; once the platform's clock is past it
 * ({@code now > at}) without such a fact, it is breached. A late fact timed at or before it still meets it.
 */
record Deadline(Instant at) {

    OutcomeState judge(Instant factAt, Instant now) {
        if (isMetBy(factAt)) {
            return OutcomeState.MET;
        }
        return now.isAfter(at) ? OutcomeState.NOT_MET : OutcomeState.PENDING;
    }

    /**
     * As {@link #judge}, except that a death strictly before the deadline without the fact excludes the episode
     * (measures 6 and 8): the qualifying fact wins over the death.
     */
    OutcomeState judgeUnlessDied(Instant factAt, Instant diedAt, Instant now) {
        if (!isMetBy(factAt) && diedAt != null && diedAt.isBefore(at)) {
            return OutcomeState.EXCLUDED;
        }
        return judge(factAt, now);
    }

    MeasureOutcome outcome(Measure measure, AttributionKey attribution, OutcomeState state) {
        return new MeasureOutcome(measure, state, attribution, at);
    }

    private boolean isMetBy(Instant factAt) {
        return factAt != null && !factAt.isAfter(at);
    }
}
