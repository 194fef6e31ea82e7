package org.asistream.measures.topology;

import java.time.LocalDate;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.measures.domain.view.MeasureCounts;
import org.asistream.schemas.Stores;
import org.asistream.schemas.avro.TrustDayView;

/**
 * Keeps each (trust, day) bucket equal to the sum of its episodes' current contributions: subtracts what an episode
 * contributed before, adds what it contributes now, and publishes the bucket (a tombstone once it is empty).
 */
final class TrustDaySummer implements Processor<String, ContributionChange, String, TrustDayView> {

    private ProcessorContext<String, TrustDayView> context;
    private KeyValueStore<String, TrustDayView> buckets;

    @Override
    public void init(ProcessorContext<String, TrustDayView> context) {
        this.context = context;
        this.buckets = context.getStateStore(Stores.TRUST_DAY_COUNTS);
    }

    @Override
    public void process(Record<String, ContributionChange> record) {
        ContributionChange change = record.value();
        var bucket = (change.after() != null ? change.after() : change.before()).bucket();
        TrustDayView stored = buckets.get(record.key());
        MeasureCounts counts = stored == null ? new MeasureCounts() : TrustDayViews.toCounts(stored);
        if (change.before() != null) {
            counts.subtract(change.before());
        }
        if (change.after() != null) {
            counts.add(change.after());
        }
        if (counts.isEmpty()) {
            buckets.delete(record.key());
            context.forward(record.withValue((TrustDayView) null));
        } else {
            TrustDayView view = TrustDayViews.toView(bucket.trust(), LocalDate.from(bucket.day()), counts);
            buckets.put(record.key(), view);
            context.forward(record.withValue(view));
        }
    }
}
