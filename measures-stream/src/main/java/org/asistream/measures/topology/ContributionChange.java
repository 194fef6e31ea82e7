package org.asistream.measures.topology;

import org.asistream.measures.domain.view.Contribution;

/**
 * One episode's contribution to one (trust, day) bucket changed from {@code before} to {@code after}; either may be
 * null (the episode entered or left the bucket). Summing these changes keeps every bucket equal to a recomputation
 * from scratch, whatever the order of the events.
 */
public record ContributionChange(Contribution before, Contribution after) implements EpisodeOutput {
}
