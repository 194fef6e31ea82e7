package org.asistream.measures.topology;

import java.time.Instant;
import java.util.List;

import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.view.Contribution;

/**
 * What the stream keeps per episode: every event received, what the episode last contributed to the views (so a
 * re-assessment can retract exactly that before adding the new contributions), and the deadline it is indexed under.
 *
 * @param indexedDeadline the deadline under which the episode sits in the deadline index, or null
 */
public record EpisodeState(EpisodeLog log, List<Contribution> contributions, Instant indexedDeadline) {

    public static EpisodeState empty() {
        return new EpisodeState(new EpisodeLog(), List.of(), null);
    }
}
