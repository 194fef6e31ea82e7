package org.asistream.query.materialise;

import java.util.List;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.TrustDayView;

/**
 * The topics the query service materialises, from the typed registry in {@code schemas} ({@link Topics}), in the
 * order it reads them.
 */
final class ViewTopics {

    /** Key {@code TRUST|yyyy-MM-dd}. */
    static final Topic<String, TrustDayView> TRUST_DAY_VIEWS = Topics.TRUST_DAY_VIEWS_TOPIC;

    /** Key: the trust code. */
    static final Topic<String, DataQualityView> DATA_QUALITY_VIEWS = Topics.DATA_QUALITY_VIEWS_TOPIC;

    /** Key {@code partition-N}. */
    static final Topic<String, PlatformClock> CLOCK_VIEWS = Topics.CLOCK_VIEWS_TOPIC;

    static final Topic<String, ReferenceEntry> REFERENCE_DATA = Topics.REFERENCE_DATA_TOPIC;

    /** Reference data first, so that the first batches already know the organisations. */
    static final List<Topic<String, ?>> ALL = List.of(REFERENCE_DATA, TRUST_DAY_VIEWS, DATA_QUALITY_VIEWS, CLOCK_VIEWS);

    private ViewTopics() {
    }
}
