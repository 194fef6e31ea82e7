package org.asistream.query.league;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.asistream.query.statistics.Fraction;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.RateSummary;

/**
 * The trusts of a network, region or the nation ranked per measure and overall, for one period. Trusts with fewer
 * than {@link RateSummary#MINIMUM_TO_RANK} decided episodes for a measure are shown for it but not ranked.
 *
 * @param rows in overall order: overall rank, unranked trusts last, then trust code
 */
public record LeagueTable(List<LeagueRow> rows) {

    public LeagueTable {
        rows = List.copyOf(rows);
    }

    public static LeagueTable rank(Collection<TrustFigures> trusts) {
        Map<String, Map<Measure, RateSummary>> summaries = summarise(trusts);
        Map<Measure, Map<String, Integer>> measureRanks = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            measureRanks.put(measure, rankByRate(measure, summaries));
        }
        Map<String, OverallScore> scores = new HashMap<>();
        summaries.forEach((code, byMeasure) -> scores.put(code, OverallScore.of(byMeasure)));
        Map<String, OverallScore> rankable = new HashMap<>(scores);
        rankable.values().removeIf(score -> !score.rankable());
        Map<String, Integer> overallRanks = CompetitionRanking.rank(rankable, OverallScore.BETTER_FIRST);

        List<LeagueRow> rows = trusts.stream().map(trust -> {
            String code = trust.trustCode();
            Map<Measure, MeasureStanding> standings = new EnumMap<>(Measure.class);
            summaries.get(code).forEach((measure, summary) ->
                    standings.put(measure, new MeasureStanding(summary, measureRanks.get(measure).get(code))));
            return new LeagueRow(code, trust.trustName(), standings, scores.get(code).standing(overallRanks.get(code)));
        }).sorted(displayOrder(row -> row.overall().rank())).toList();
        return new LeagueTable(rows);
    }

    /** The rows in the order of one measure's ranking: its rank, unranked trusts last, then trust code. */
    public List<LeagueRow> rowsBy(Measure measure) {
        return rows.stream().sorted(displayOrder(row -> row.standing(measure).rank())).toList();
    }

    private static Map<String, Map<Measure, RateSummary>> summarise(Collection<TrustFigures> trusts) {
        Map<String, Map<Measure, RateSummary>> summaries = new HashMap<>();
        for (TrustFigures trust : trusts) {
            Map<Measure, RateSummary> byMeasure = new EnumMap<>(Measure.class);
            for (Measure measure : Measure.values()) {
                byMeasure.put(measure, RateSummary.of(trust.countsFor(measure), measure.target()));
            }
            if (summaries.put(trust.trustCode(), byMeasure) != null) {
                throw new IllegalArgumentException("trust " + trust.trustCode() + " appears more than once");
            }
        }
        return summaries;
    }

    private static Map<String, Integer> rankByRate(Measure measure,
                                                   Map<String, Map<Measure, RateSummary>> summaries) {
        Map<String, Fraction> rates = new HashMap<>();
        summaries.forEach((code, byMeasure) -> {
            RateSummary summary = byMeasure.get(measure);
            if (!summary.tooFewToRank()) {
                rates.put(code, Fraction.rateOf(summary.counts()));
            }
        });
        return CompetitionRanking.rank(rates, Comparator.reverseOrder());
    }

    private static Comparator<LeagueRow> displayOrder(Function<LeagueRow, Integer> rank) {
        return Comparator.comparing(rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LeagueRow::trustCode);
    }
}
