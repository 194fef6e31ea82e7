package org.asistream.query.materialise;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.TrustDayView;
import org.asistream.schemas.serde.CodecSerde;

/**
 * The topics the query service materialises, with their types. The view topics are typed here because the registry
 * in {@code schemas} ({@link Topics}) types only the events, reference-data and dead-letter topics so far.
 */
final class ViewTopics {

    /** Key {@code TRUST|yyyy-MM-dd}. */
    static final Topic<String, TrustDayView> TRUST_DAY_VIEWS = new Topic<>(Topics.TRUST_DAY_VIEWS, Serdes.String(),
            CodecSerde.avro(TrustDayView.class));

    /** Key: the trust code. */
    static final Topic<String, DataQualityView> DATA_QUALITY_VIEWS = new Topic<>(Topics.DATA_QUALITY_VIEWS,
            Serdes.String(), CodecSerde.avro(DataQualityView.class));

    /** Key {@code partition-N}. */
    static final Topic<String, PlatformClock> CLOCK_VIEWS = new Topic<>(Topics.CLOCK_VIEWS, Serdes.String(),
            CodecSerde.avro(PlatformClock.class));

    static final Topic<String, ReferenceEntry> REFERENCE_DATA = Topics.REFERENCE_DATA_TOPIC;

    /** Reference data first, so that the first batches already know the organisations. */
    static final List<Topic<String, ?>> ALL = List.of(REFERENCE_DATA, TRUST_DAY_VIEWS, DATA_QUALITY_VIEWS, CLOCK_VIEWS);

    private ViewTopics() {
    }
}
