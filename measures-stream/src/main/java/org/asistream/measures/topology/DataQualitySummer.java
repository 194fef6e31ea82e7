package org.asistream.measures.topology;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.schemas.Stores;
import org.asistream.schemas.avro.DataQualityView;

/** Merges the activity each events-topic partition has seen of a trust into the trust's data-quality view. */
final class DataQualitySummer implements Processor<String, TrustActivity, String, DataQualityView> {

    private ProcessorContext<String, DataQualityView> context;
    private KeyValueStore<String, TrustActivity> partitions;

    @Override
    public void init(ProcessorContext<String, DataQualityView> context) {
        this.context = context;
        this.partitions = context.getStateStore(Stores.DATA_QUALITY);
    }

    @Override
    public void process(Record<String, TrustActivity> record) {
        TrustActivity activity = record.value();
        String trust = activity.trust();
        // Keys "TRUST|partition": the '|' sorts the trust's partitions together, so a prefix scan finds them all.
        partitions.put(trust + "|" + activity.partition(), activity);
        Instant newestOccurred = null;
        Instant newestReceived = null;
        long events = 0;
        Map<String, Long> reasons = new TreeMap<>();
        try (KeyValueIterator<String, TrustActivity> all = partitions.prefixScan(trust + "|",
                new org.apache.kafka.common.serialization.StringSerializer())) {
            while (all.hasNext()) {
                TrustActivity part = all.next().value;
                newestOccurred = latest(newestOccurred, part.newestOccurredAt());
                newestReceived = latest(newestReceived, part.newestReceivedAt());
                events += part.eventsReceived();
                part.deadLettersByReason().forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
            }
        }
        long deadLetters = reasons.values().stream().mapToLong(Long::longValue).sum();
        context.forward(record.withKey(trust).withValue(new DataQualityView(trust, newestOccurred, newestReceived, events,
                deadLetters, reasons)));
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
