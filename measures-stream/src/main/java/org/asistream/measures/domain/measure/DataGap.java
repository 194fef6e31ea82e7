package org.asistream.measures.domain.measure;

/** One missing fact of an episode, attributed to the trust expected to send it and the day of its bucket. */
public record DataGap(MissingFact fact, AttributionKey attribution) {
}
