package org.asistream.measures.topology;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one events-topic partition has seen of one trust's feed, cumulatively: newest event times, events received
 * and dead letters by reason. The data-quality view of a trust is the merge of its partitions' activities.
 */
public record TrustActivity(
        String trust,
        int partition,
        Instant newestOccurredAt,
        Instant newestReceivedAt,
        long eventsReceived,
        Map<String, Long> deadLettersByReason) implements EpisodeOutput {

    public static TrustActivity none(String trust, int partition) {
        return new TrustActivity(trust, partition, null, null, 0, Map.of());
    }

    public TrustActivity received(Instant occurredAt, Instant receivedAt) {
        return new TrustActivity(trust, partition, latest(newestOccurredAt, occurredAt), latest(newestReceivedAt, receivedAt),
                eventsReceived + 1, deadLettersByReason);
    }

    public TrustActivity deadLettered(String reason) {
        Map<String, Long> reasons = new TreeMap<>(deadLettersByReason);
        reasons.merge(reason, 1L, Long::sum);
        return new TrustActivity(trust, partition, newestOccurredAt, newestReceivedAt, eventsReceived, reasons);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
