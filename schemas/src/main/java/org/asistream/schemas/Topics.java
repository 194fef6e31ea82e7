package org.asistream.schemas;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.DeadLetter;
import org.asistream.schemas.avro.EventIdConflict;
import org.asistream.schemas.avro.IngestRejection;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.TrustDayView;
import org.asistream.schemas.serde.CodecSerde;

/**
 * The one place where platform topic names and their settings are written down. Nobody types a topic name anywhere
 * else: producers, the stream topology, the query service, the launcher and the tests all refer to these constants.
 */
public final class Topics {

    /** Default partition count of the keyed topics; the events topic is partitioned by episode id. */
    public static final int DEFAULT_PARTITIONS = 6;

    /** The event log: every pathway event (and the clock ticks), keyed by episode id, kept forever. */
    public static final TopicSpec PATHWAY_EVENTS = new TopicSpec("asi.pathway-events.v1", DEFAULT_PARTITIONS, Map.of(
            "cleanup.policy", "delete",
            "retention.ms", "-1",
            "retention.bytes", "-1"));

    /** Organisation reference data (regions, networks, trusts with effective-dated memberships), keyed by entity. */
    public static final TopicSpec REFERENCE_DATA = new TopicSpec("asi.reference-data.v1", 1, Map.of(
            "cleanup.policy", "compact",
            "min.compaction.lag.ms", "0"));

    /** Algebraic measure counts per trust and Europe/London day, keyed by trust and date; compacted. */
    public static final TopicSpec TRUST_DAY_VIEWS = new TopicSpec("asi.views.trust-day.v1", DEFAULT_PARTITIONS, Map.of(
            "cleanup.policy", "compact"));

    /** Data quality per trust (freshness, completeness, dead letters), keyed by trust; compacted. */
    public static final TopicSpec DATA_QUALITY_VIEWS = new TopicSpec("asi.views.data-quality.v1", 1, Map.of(
            "cleanup.policy", "compact"));

    /** The platform clock as seen by the stream (the asOf of every view), keyed by events-topic partition. */
    public static final TopicSpec CLOCK_VIEWS = new TopicSpec("asi.views.clock.v1", 1, Map.of(
            "cleanup.policy", "compact"));

    /** Events the stream could not use, with the reason; kept forever so nothing is silently lost. */
    public static final TopicSpec DEAD_LETTERS = new TopicSpec("asi.dead-letters.v1", 1, Map.of(
            "cleanup.policy", "delete",
            "retention.ms", "-1",
            "retention.bytes", "-1"));

    /**
     * EventIds found in more than one episode, keyed by episode id: the stream's word to each episode's fold that the
     * eventId counts nowhere. The fold reads it beside the events topic, so it must be partitioned exactly like it
     * (same partition count, same key); kept as long as the events that caused it.
     */
    public static final TopicSpec EVENT_ID_CONFLICTS = new TopicSpec("asi.event-id-conflicts.v1",
            PATHWAY_EVENTS.partitions(), Map.of(
            "cleanup.policy", "delete",
            "retention.ms", "-1",
            "retention.bytes", "-1"));

    /**
     * Requests of trusts the ingest service refused (reasons and counts, never event content), keyed by trust; kept
     * forever like the dead letters. The data-quality task reads it beside the trust-activity repartition topic, so
     * it has as many partitions as that one (the events topic's).
     */
    public static final TopicSpec INGEST_REJECTIONS = new TopicSpec("asi.ingest-rejections.v1", DEFAULT_PARTITIONS,
            Map.of(
                    "cleanup.policy", "delete",
                    "retention.ms", "-1",
                    "retention.bytes", "-1"));

    /** Key of the clock ticks on the events topic (episode ids cannot contain '~'). */
    public static final String CLOCK_TICK_KEY = "~clock";

    /** The events topic with its types: key episode id (or {@link #CLOCK_TICK_KEY}), value an event or a tick. */
    public static final Topic<String, PathwayLogRecord> PATHWAY_EVENTS_TOPIC = new Topic<>(PATHWAY_EVENTS,
            Serdes.String(), CodecSerde.avro(PathwayLogRecord.class));

    /** The reference-data topic with its types: key {@code region:R1}, {@code network:N1} or {@code trust:T01}. */
    public static final Topic<String, ReferenceEntry> REFERENCE_DATA_TOPIC = new Topic<>(REFERENCE_DATA,
            Serdes.String(), CodecSerde.avro(ReferenceEntry.class));

    /** The dead-letter topic with its types: key as the failed record's key (may be null). */
    public static final Topic<String, DeadLetter> DEAD_LETTERS_TOPIC = new Topic<>(DEAD_LETTERS,
            Serdes.String(), CodecSerde.avro(DeadLetter.class));

    /** The ingest rejections with their types: key the trust code. */
    public static final Topic<String, IngestRejection> INGEST_REJECTIONS_TOPIC = new Topic<>(INGEST_REJECTIONS,
            Serdes.String(), CodecSerde.avro(IngestRejection.class));

    /** The trust-day views with their types: key {@code TRUST|yyyy-MM-dd}; a null value deletes the bucket. */
    public static final Topic<String, TrustDayView> TRUST_DAY_VIEWS_TOPIC = new Topic<>(TRUST_DAY_VIEWS,
            Serdes.String(), CodecSerde.avro(TrustDayView.class));

    /** The data-quality views with their types: key the trust code. */
    public static final Topic<String, DataQualityView> DATA_QUALITY_VIEWS_TOPIC = new Topic<>(DATA_QUALITY_VIEWS,
            Serdes.String(), CodecSerde.avro(DataQualityView.class));

    /** The event-id conflicts with their types: key the episode id that is told. */
    public static final Topic<String, EventIdConflict> EVENT_ID_CONFLICTS_TOPIC = new Topic<>(EVENT_ID_CONFLICTS,
            Serdes.String(), CodecSerde.avro(EventIdConflict.class));

    /** The clock views with their types: key {@code partition-N}. */
    public static final Topic<String, PlatformClock> CLOCK_VIEWS_TOPIC = new Topic<>(CLOCK_VIEWS,
            Serdes.String(), CodecSerde.avro(PlatformClock.class));

    /** Every topic the platform provisions up front (Kafka Streams creates its own internal topics). */
    public static List<TopicSpec> all() {
        return List.of(PATHWAY_EVENTS, REFERENCE_DATA, TRUST_DAY_VIEWS, DATA_QUALITY_VIEWS, CLOCK_VIEWS, DEAD_LETTERS,
                EVENT_ID_CONFLICTS, INGEST_REJECTIONS);
    }

    private Topics() {
    }
}
