package org.asistream.measures.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentEpisodesTest {

    private static final EpisodeState STATE = EpisodeState.empty();

    @Test
    void evictsTheLeastRecentlyUsedEpisodeWhenFull() {
        RecentEpisodes recent = new RecentEpisodes(2);
        recent.put("EP-1", STATE);
        recent.put("EP-2", STATE);
        recent.get("EP-1");
        recent.put("EP-3", STATE);
        assertThat(recent.get("EP-2")).as("least recently used, evicted").isNull();
        assertThat(recent.get("EP-1")).isSameAs(STATE);
        assertThat(recent.get("EP-3")).isSameAs(STATE);
    }

    @Test
    void forgetsAnEpisodeAndEmptiesOnClear() {
        RecentEpisodes recent = new RecentEpisodes(10);
        recent.put("EP-1", STATE);
        recent.put("EP-2", STATE);
        recent.forget("EP-1");
        assertThat(recent.get("EP-1")).isNull();
        recent.clear();
        assertThat(recent.get("EP-2")).isNull();
    }
}
