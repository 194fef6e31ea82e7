package org.asistream.query.league;

import java.util.Comparator;
import java.util.Map;
import org.asistream.query.statistics.Fraction;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.RateSummary;

/** What the overall ranking orders by, counted over the measures a trust is rankable for. */
record OverallScore(int measuresAtTarget, int measuresRanked, Fraction meanRate) {

    /** More measures at target first; then the higher mean rate. */
    static final Comparator<OverallScore> BETTER_FIRST = Comparator
            .comparingInt(OverallScore::measuresAtTarget)
            .thenComparing(OverallScore::meanRate)
            .reversed();

    static OverallScore of(Map<Measure, RateSummary> summaries) {
        int atTarget = 0;
        int ranked = 0;
        Fraction rateSum = Fraction.ZERO;
        for (RateSummary summary : summaries.values()) {
            if (summary.tooFewToRank()) {
                continue;
            }
            ranked++;
            if (summary.atTarget()) {
                atTarget++;
            }
            rateSum = rateSum.plus(Fraction.rateOf(summary.counts()));
        }
        return new OverallScore(atTarget, ranked, ranked == 0 ? Fraction.ZERO : rateSum.dividedBy(ranked));
    }

    boolean rankable() {
        return measuresRanked > 0;
    }

    OverallStanding standing(Integer rank) {
        return new OverallStanding(rank, measuresAtTarget, measuresRanked,
                rankable() ? meanRate.doubleValue() : null);
    }
}
