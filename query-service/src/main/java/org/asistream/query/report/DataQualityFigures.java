package org.asistream.query.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Data quality beside a view: totals over the organisation's trusts and, for a caller who may see them, each trust.
 *
 * @param missingFacts episodes missing each kind of fact
 * @param trusts       empty for a caller who may see only the organisation's totals
 */
public record DataQualityFigures(long incompleteEpisodes, Map<String, Long> missingFacts, long deadLetters,
                                 Map<String, Long> deadLetterReasons,
                                 @Schema(description = REJECTED_REQUESTS)
                                 long rejectedRequests,
                                 @Schema(description = REJECTED_EVENTS)
                                 long rejectedEvents,
                                 @Schema(description = REJECTION_REASONS)
                                 Map<String, Long> rejectionReasons,
                                 List<TrustDataQuality> trusts) {

    static final String REJECTED_REQUESTS = "Requests to publish events that the ingest service refused (all time)";
    static final String REJECTED_EVENTS = "Events those requests turned away: those at fault (403, 422), every one of "
            + "a 503, none of a body that was not read as events (400, 413, 415)";
    static final String REJECTION_REASONS = "Refused requests per problem type (invalid-events: 3), and refused "
            + "events per problem type and field at fault (invalid-events:occurredAt: 12; unknown-field for a field "
            + "outside the contract, $ for the event as a whole)";

    public DataQualityFigures {
        trusts = List.copyOf(trusts);
    }

    static DataQualityFigures of(List<TrustDataQuality> trusts) {
        long incomplete = 0;
        long deadLetters = 0;
        long rejectedRequests = 0;
        long rejectedEvents = 0;
        Map<String, Long> missingFacts = new TreeMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        Map<String, Long> rejectionReasons = new TreeMap<>();
        for (TrustDataQuality trust : trusts) {
            incomplete += trust.incompleteEpisodes();
            deadLetters += trust.deadLetters();
            rejectedRequests += trust.rejectedRequests();
            rejectedEvents += trust.rejectedEvents();
            trust.missingFacts().forEach((fact, count) -> missingFacts.merge(fact, count, Long::sum));
            trust.deadLetterReasons().forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
            trust.rejectionReasons().forEach((reason, count) -> rejectionReasons.merge(reason, count, Long::sum));
        }
        return new DataQualityFigures(incomplete, missingFacts, deadLetters, reasons, rejectedRequests,
                rejectedEvents, rejectionReasons, trusts);
    }

    public DataQualityFigures withoutTrusts() {
        return new DataQualityFigures(incompleteEpisodes, missingFacts, deadLetters, deadLetterReasons,
                rejectedRequests, rejectedEvents, rejectionReasons, List.of());
    }
}
