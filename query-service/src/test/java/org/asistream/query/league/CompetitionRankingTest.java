package org.asistream.query.league;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

    @Test
    void tiedScoresShareTheBestRankAndTheRanksAfterThemSkip() {
        Map<String, Integer> ranks = CompetitionRanking.rank(
                Map.of("A", 9, "B", 7, "C", 9, "D", 9, "E", 3), Comparator.<Integer>reverseOrder());

        assertThat(ranks).isEqualTo(Map.of("A", 1, "C", 1, "D", 1, "B", 4, "E", 5));
    }

    @Test
    void nothingToRankGivesNoRanks() {
        assertThat(CompetitionRanking.rank(Map.<String, Integer>of(), Comparator.<Integer>naturalOrder())).isEmpty();
    }
}
