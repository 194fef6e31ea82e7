package org.asistream.measures.topology;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.schemas.Stores;
import org.asistream.schemas.avro.DataQualityView;

/**
 * The state of the data-quality task, one trust per key: the activity each events-topic partition has seen of the
 * trust, and the trust's requests the ingest service refused. A trust's view is made from both.
 */
final class DataQualityStores {

    private final KeyValueStore<String, TrustActivity> partitions;
    private final KeyValueStore<String, TrustRejections> rejections;

    DataQualityStores(ProcessorContext<?, ?> context) {
        this.partitions = context.getStateStore(Stores.DATA_QUALITY);
        this.rejections = context.getStateStore(Stores.INGEST_REJECTIONS);
    }

    void put(TrustActivity activity) {
        // Keys "TRUST|partition": the '|' sorts the trust's partitions together, so a prefix scan finds them all.
        partitions.put(activity.trust() + "|" + activity.partition(), activity);
    }

    void addRejection(String trust, String problem, long events, Map<String, Long> eventReasons) {
        rejections.put(trust, rejectionsOf(trust).plus(problem, events, eventReasons));
    }

    DataQualityView viewOf(String trust) {
        Instant newestOccurred = null;
        Instant newestReceived = null;
        long events = 0;
        Map<String, Long> reasons = new TreeMap<>();
        try (KeyValueIterator<String, TrustActivity> all = partitions.prefixScan(trust + "|", new StringSerializer())) {
            while (all.hasNext()) {
                TrustActivity part = all.next().value;
                newestOccurred = latest(newestOccurred, part.newestOccurredAt());
                newestReceived = latest(newestReceived, part.newestReceivedAt());
                events += part.eventsReceived();
                part.deadLettersByReason().forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
            }
        }
        long deadLetters = reasons.values().stream().mapToLong(Long::longValue).sum();
        TrustRejections refused = rejectionsOf(trust);
        return new DataQualityView(trust, newestOccurred, newestReceived, events, deadLetters, reasons,
                refused.requests(), refused.events(), refused.reasons());
    }

    private TrustRejections rejectionsOf(String trust) {
        TrustRejections refused = rejections.get(trust);
        return refused == null ? TrustRejections.NONE : refused;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
