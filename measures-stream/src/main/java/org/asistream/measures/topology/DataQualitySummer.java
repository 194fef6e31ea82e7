package org.asistream.measures.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.asistream.schemas.avro.DataQualityView;

/** Merges the activity each events-topic partition has seen of a trust into the trust's data-quality view. */
final class DataQualitySummer implements Processor<String, TrustActivity, String, DataQualityView> {

    private ProcessorContext<String, DataQualityView> context;
    private DataQualityStores stores;

    @Override
    public void init(ProcessorContext<String, DataQualityView> context) {
        this.context = context;
        this.stores = new DataQualityStores(context);
    }

    @Override
    public void process(Record<String, TrustActivity> record) {
        TrustActivity activity = record.value();
        stores.put(activity);
        context.forward(record.withKey(activity.trust()).withValue(stores.viewOf(activity.trust())));
    }
}
