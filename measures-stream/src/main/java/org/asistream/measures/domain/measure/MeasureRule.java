package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;

/** How one measure judges an episode: its cohort, attribution, numerator, deadline and exclusions. */
interface MeasureRule {

    /** The outcome at {@code now}, or null when the episode is not in the measure's cohort. */
    MeasureOutcome assess(EpisodeFacts facts, Instant now);
}
