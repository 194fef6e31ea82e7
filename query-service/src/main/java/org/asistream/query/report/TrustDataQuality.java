package org.asistream.query.report;

import java.time.Instant;
import java.util.Map;
import org.asistream.query.view.DataQuality;
import org.asistream.query.view.Figures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One trust's data quality beside a view: freshness (its newest event), completeness (the period's episodes that
 * miss facts the measures need, in all and per kind of fact), its dead-lettered events by reason and its requests the
 * ingest service refused, with reasons. Freshness, dead letters and refusals describe the feed as a whole, not the
 * period.
 *
 * @param newestOccurredAt the latest occurredAt among the trust's events; null before any
 * @param newestReceivedAt when the newest event from the trust was received; null before any
 */
public record TrustDataQuality(String trust, String name, Instant newestOccurredAt, Instant newestReceivedAt,
                               long eventsReceived, long incompleteEpisodes, Map<String, Long> missingFacts,
                               long deadLetters, Map<String, Long> deadLetterReasons,
                               @Schema(description = DataQualityFigures.REJECTED_REQUESTS)
                               long rejectedRequests,
                               @Schema(description = DataQualityFigures.REJECTED_EVENTS)
                               long rejectedEvents,
                               @Schema(description = DataQualityFigures.REJECTION_REASONS)
                               Map<String, Long> rejectionReasons) {

    static TrustDataQuality of(String trust, String name, Figures figures, DataQuality feed) {
        return new TrustDataQuality(trust, name,
                feed == null ? null : feed.newestOccurredAt(),
                feed == null ? null : feed.newestReceivedAt(),
                feed == null ? 0 : feed.eventsReceived(),
                figures.incompleteEpisodes(), figures.missingFacts(),
                feed == null ? 0 : feed.deadLetters(),
                feed == null ? Map.of() : feed.deadLetterReasons(),
                feed == null ? 0 : feed.rejectedRequests(),
                feed == null ? 0 : feed.rejectedEvents(),
                feed == null ? Map.of() : feed.rejectionReasons());
    }
}
