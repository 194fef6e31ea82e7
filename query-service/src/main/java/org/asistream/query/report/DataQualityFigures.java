package org.asistream.query.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data quality beside a view: totals over the organisation's trusts and, for a caller who may see them, each trust.
 *
 * @param missingFacts episodes missing each kind of fact
 * @param trusts       empty for a caller who may see only the organisation's totals
 */
public record DataQualityFigures(long incompleteEpisodes, Map<String, Long> missingFacts, long deadLetters,
                                 Map<String, Long> deadLetterReasons, List<TrustDataQuality> trusts) {

    public DataQualityFigures {
        trusts = List.copyOf(trusts);
    }

    static DataQualityFigures of(List<TrustDataQuality> trusts) {
        long incomplete = 0;
        long deadLetters = 0;
        Map<String, Long> missingFacts = new TreeMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        for (TrustDataQuality trust : trusts) {
            incomplete += trust.incompleteEpisodes();
            deadLetters += trust.deadLetters();
            trust.missingFacts().forEach((fact, count) -> missingFacts.merge(fact, count, Long::sum));
            trust.deadLetterReasons().forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
        }
        return new DataQualityFigures(incomplete, missingFacts, deadLetters, reasons, trusts);
    }

    public DataQualityFigures withoutTrusts() {
        return new DataQualityFigures(incompleteEpisodes, missingFacts, deadLetters, deadLetterReasons, List.of());
    }
}
