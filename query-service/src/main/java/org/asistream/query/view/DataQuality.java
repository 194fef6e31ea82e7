package org.asistream.query.view;

import java.time.Instant;
import java.util.Map;

/**
 * The data quality of one trust's feed as the stream last reported it (all time, not per period).
 *
 * @param newestOccurredAt  the latest occurredAt among the trust's events; null before any
 * @param newestReceivedAt  when the newest event from the trust was received; null before any
 * @param deadLetterReasons dead-lettered events per reason
 * @param rejectedRequests  the trust's requests the ingest service refused
 * @param rejectedEvents    the events those requests turned away
 * @param rejectionReasons  refused requests per problem, refused events per problem and field
 *                          ({@code invalid-events:occurredAt})
 */
public record DataQuality(String trust, Instant newestOccurredAt, Instant newestReceivedAt, long eventsReceived,
                          long deadLetters, Map<String, Long> deadLetterReasons, long rejectedRequests,
                          long rejectedEvents, Map<String, Long> rejectionReasons) {

    public DataQuality {
        deadLetterReasons = Map.copyOf(deadLetterReasons);
        rejectionReasons = Map.copyOf(rejectionReasons);
    }
}
