package org.asistream.measures.topology;

/** What the episode fold forwards; the topology routes each kind to its own topic. */
public sealed interface EpisodeOutput permits ContributionChange, DeadLetterOutput, ClockReading, TrustActivity,
        EventIdClaim {
}
