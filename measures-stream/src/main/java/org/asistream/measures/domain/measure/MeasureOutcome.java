package org.asistream.measures.domain.measure;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of one episode for one measure whose cohort it belongs to.
 *
 * @param deadline the instant by which the qualifying fact had to happen, for the deadline measures (2, 4a, 4b, 5,
 *                 6, 8) when the episode is not excluded up front; null otherwise
 */
public record MeasureOutcome(Measure measure, OutcomeState state, AttributionKey attribution, Instant deadline) {

    public MeasureOutcome {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(attribution, "attribution");
    }

    static MeasureOutcome judged(Measure measure, OutcomeState state, AttributionKey attribution) {
        return new MeasureOutcome(measure, state, attribution, null);
    }
}
