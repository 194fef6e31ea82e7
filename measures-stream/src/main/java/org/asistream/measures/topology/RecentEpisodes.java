package org.asistream.measures.topology;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used episodes' states as objects, in front of the episode-log store, so that an episode's next
 * event does not decode its whole history again. The fold is the store's only writer and updates both together; the
 * cache is emptied whenever the task is (re)initialised, so after a crash or an aborted transaction it can only hold
 * what the restored store holds.
 */
final class RecentEpisodes {

    private final Map<String, EpisodeState> states;

    RecentEpisodes(int capacity) {
        this.states = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, EpisodeState> eldest) {
                return size() > capacity;
            }
        };
    }

    EpisodeState get(String episodeId) {
        return states.get(episodeId);
    }

    void put(String episodeId, EpisodeState state) {
        states.put(episodeId, state);
    }

    /** Forgets an episode whose cached state may have changed without reaching the store (a failed event). */
    void forget(String episodeId) {
        states.remove(episodeId);
    }

    void clear() {
        states.clear();
    }
}
