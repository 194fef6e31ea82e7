package org.asistream.measures.topology;

import java.time.Instant;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.DeadLetter;
import org.asistream.schemas.avro.IngestRejection;

/**
 * Adds each request the ingest service refused to its trust's rejections, and publishes the trust's data-quality
 * view with them; a record it cannot read goes to the dead-letter topic instead. Runs in the task of
 * {@link DataQualitySummer}: the rejections topic is keyed by trust and has as many partitions as the trust-activity
 * repartition topic. Forwards a {@link DataQualityView} or a {@link DeadLetter}.
 */
final class IngestRejectionSummer implements Processor<String, byte[], String, SpecificRecord> {

    private ProcessorContext<String, SpecificRecord> context;
    private DataQualityStores stores;

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.stores = new DataQualityStores(context);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        IngestRejection rejection;
        try {
            rejection = Topics.INGEST_REJECTIONS_TOPIC.valueSerde().deserializer().deserialize(null, record.value());
        } catch (RuntimeException e) {
            // One unreadable record must not stop every view: it is set aside, and not counted for any trust.
            String detail = "not an ingest rejection: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            context.forward(record.withValue(DeadLetters.letter(context.recordMetadata().orElse(null),
                    Topics.INGEST_REJECTIONS.name(), record.key(), record.value(), DeadLetterReason.UNDECODABLE, detail,
                    null, null, null, Instant.ofEpochMilli(context.currentStreamTimeMs()))));
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
