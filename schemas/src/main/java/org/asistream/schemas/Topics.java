package org.asistream.schemas;

import java.util.List;
import java.util.Map;

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

    /** Every topic the platform provisions up front (Kafka Streams creates its own internal topics). */
    public static List<TopicSpec> all() {
        return List.of(PATHWAY_EVENTS, REFERENCE_DATA, TRUST_DAY_VIEWS, DATA_QUALITY_VIEWS, CLOCK_VIEWS, DEAD_LETTERS);
    }

    private Topics() {
    }
}
