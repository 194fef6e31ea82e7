package org.asistream.measures.topology;

/** An event of this episode carries an eventId for the first time; keyed by the eventId on its way to the registry. */
public record EventIdClaim(String episodeId) implements EpisodeOutput {
}
