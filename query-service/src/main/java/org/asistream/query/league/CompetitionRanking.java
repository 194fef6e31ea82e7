package org.asistream.query.league;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** "Standard competition" ranking: equal scores share the best rank and the next rank skips (1, 1, 3). */
final class CompetitionRanking {

    private CompetitionRanking() {
    }

    /** The rank of each trust code, given its score and an order that puts better scores first. */
    static <S> Map<String, Integer> rank(Map<String, S> scoreByTrust, Comparator<S> betterFirst) {
        List<Map.Entry<String, S>> ordered = new ArrayList<>(scoreByTrust.entrySet());
        ordered.sort(Map.Entry.comparingByValue(betterFirst));
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tiesWithPrevious = i > 0
                    && betterFirst.compare(ordered.get(i - 1).getValue(), ordered.get(i).getValue()) == 0;
            int rank = tiesWithPrevious ? ranks.get(ordered.get(i - 1).getKey()) : i + 1;
            ranks.put(ordered.get(i).getKey(), rank);
        }
        return ranks;
    }
}
