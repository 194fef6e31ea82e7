package org.asistream.query.view;

import java.time.Instant;
import java.util.Map;

/**
 * The data quality of one trust's feed as the stream last reported it (all time, not per period).
 *
 * @param newestOccurredAt  the latest occurredAt among the trust's events; null before any
 * @param newestReceivedAt  when the newest event from the trust was received; null before any
 * @param deadLetterReasons dead-lettered events per reason
 */
public record DataQuality(String trust, Instant newestOccurredAt, Instant newestReceivedAt, long eventsReceived,
                          long deadLetters, Map<String, Long> deadLetterReasons) {

    public DataQuality {
        deadLetterReasons = Map.copyOf(deadLetterReasons);
    }
}
