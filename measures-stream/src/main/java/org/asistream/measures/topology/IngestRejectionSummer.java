package org.asistream.measures.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.IngestRejection;
import org.jboss.logging.Logger;

/**
 * Adds each request the ingest service refused to its trust's rejections, and publishes the trust's data-quality
 * view with them. Runs in the task of {@link DataQualitySummer}: the rejections topic is keyed by trust and has as
 * many partitions as the trust-activity repartition topic.
 */
final class IngestRejectionSummer implements Processor<String, byte[], String, DataQualityView> {

    private static final Logger LOG = Logger.getLogger(IngestRejectionSummer.class);

    private ProcessorContext<String, DataQualityView> context;
    private DataQualityStores stores;

    @Override
    public void init(ProcessorContext<String, DataQualityView> context) {
        this.context = context;
        this.stores = new DataQualityStores(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        IngestRejection rejection;
        try {
            rejection = Topics.INGEST_REJECTIONS_TOPIC.valueSerde().deserializer().deserialize(null, record.value());
        } catch (RuntimeException e) {
            // Only the ingest service writes this topic; one unreadable record must not stop every view.
            LOG.warnf("skipped an unreadable ingest rejection at %s: %s", context.recordMetadata()
                    .map(where -> where.topic() + "-" + where.partition() + "@" + where.offset()).orElse("?"), e.toString());
            return;
        }
        if (rejection == null) {
            return;
        }
        String trust = rejection.getTrust();
        stores.addRejection(trust, rejection.getProblem(), rejection.getEvents(), rejection.getEventReasons());
        context.forward(record.withKey(trust).withValue(stores.viewOf(trust)));
    }
}
