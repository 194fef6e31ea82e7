package org.asistream.schemas;

/**
 * Names of the Kafka Streams state stores. Each name is stable forever: it also names the store's changelog topic,
 * so renaming one would silently start that state from empty.
 */
public final class Stores {

    /** Every counted event of each episode, keyed by episode id: the input of the episode fold. */
    public static final String EPISODE_LOG = "episode-log-store";

    /** Pending deadlines by instant, so the clock can find the episodes whose deadline it just passed. */
    public static final String DEADLINE_INDEX = "deadline-index-store";

    /** The platform clock as last seen on each events-topic partition. */
    public static final String PARTITION_CLOCK = "partition-clock-store";

    /** The episodes that carry each eventId (nearly always one), keyed by eventId. */
    public static final String EVENT_ID_CLAIMS = "event-id-claims-store";

    /** Measure counts per trust and Europe/London day. */
    public static final String TRUST_DAY_COUNTS = "trust-day-counts-store";

    /** Each trust's feed activity as seen by one events-topic partition (newest event, counts, dead letters). */
    public static final String TRUST_ACTIVITY = "trust-activity-store";

    /** The partitions' activities of each trust, merged into its data-quality view. */
    public static final String DATA_QUALITY = "data-quality-store";

    /** Each trust's requests refused by the ingest service, summed (requests, events, reasons). */
    public static final String INGEST_REJECTIONS = "ingest-rejections-store";

    private Stores() {
    }
}
