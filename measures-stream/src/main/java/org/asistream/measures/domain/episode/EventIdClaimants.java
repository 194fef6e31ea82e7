package org.asistream.measures.domain.episode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The episodes whose events carry one eventId. An eventId names one event of one episode; once events of a second
 * episode carry it, it counts in none of them (whatever the contents, whichever came first), and every such episode
 * must be told so.
 *
 * @param episodeIds sorted, without repeats
 */
public record EventIdClaimants(List<String> episodeIds) {

    public EventIdClaimants {
        episodeIds = List.copyOf(episodeIds);
    }

    public static EventIdClaimants none() {
        return new EventIdClaimants(List.of());
    }

    /** What an episode's event with this eventId changes. */
    public Claim claimBy(String episodeId) {
        int index = Collections.binarySearch(episodeIds, episodeId);
        if (index >= 0) {
            return new Claim(this, List.of()); // The same episode again (a redelivery, a second copy): nothing new.
        }
        List<String> after = new ArrayList<>(episodeIds);
        after.add(-index - 1, episodeId);
        EventIdClaimants claimants = new EventIdClaimants(after);
        if (episodeIds.isEmpty()) {
            return new Claim(claimants, List.of());
        }
        // The first reuse tells both episodes; a later one only the newcomer, as the others already know.
        return new Claim(claimants, episodeIds.size() == 1 ? claimants.episodeIds() : List.of(episodeId));
    }

    public boolean shared() {
        return episodeIds.size() > 1;
    }

    /**
     * @param claimants  the episodes that carry the eventId after the claim
     * @param toBeTold   the episodes that must now withdraw the eventId, sorted (empty while only one carries it)
     */
    public record Claim(EventIdClaimants claimants, List<String> toBeTold) {
    }
}
