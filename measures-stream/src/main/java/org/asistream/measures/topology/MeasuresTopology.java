package org.asistream.measures.topology;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.asistream.measures.domain.view.MeasureCounts;
import org.asistream.measures.topology.serde.StreamSerdes;
import org.asistream.schemas.Stores;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.DeadLetter;

/**
 * The measures topology: pathway events in, algebraic counts per (trust, day), data quality per trust and the
 * platform clock out. A pure description of the dataflow; the application (and the tests) run it.
 *
 * <pre>
 * asi.pathway-events.v1 (events and clock ticks, by episode) + asi.event-id-conflicts.v1 (by episode)
 *   -> fold-episodes [episode-log-store, deadline-index-store, partition-clock-store, trust-activity-store]
 *        -> contribution changes -> repartition by (trust, day) -> sum-trust-days (aggregate) [trust-day-counts-store]
 *                                                                 -> asi.views.trust-day.v1
 *        -> dead letters -> asi.dead-letters.v1
 *        -> clock readings -> asi.views.clock.v1
 *        -> event-id claims -> repartition by eventId -> register-event-ids [event-id-claims-store]
 *                                                     -> asi.event-id-conflicts.v1 (back into fold-episodes)
 *        -> trust activity -> repartition by trust -> sum-data-quality ------> asi.views.data-quality.v1
 * asi.ingest-rejections.v1 (refused requests, by trust) -> sum-ingest-rejections --^
 *        (an unreadable one -> asi.dead-letters.v1)
 *   (the two sums share one task per trust and its [data-quality-store, ingest-rejections-store])
 * </pre>
 * Every processor, store and internal topic has an explicit name, so an upgrade never renames state.
 */
public final class MeasuresTopology {

    public static Topology buildTopology(MeasuresConfig config) {
        StreamsBuilder builder = new StreamsBuilder();
        boolean persistent = config.persistentStores();
        builder.addStateStore(store(persistent, Stores.EPISODE_LOG, Serdes.String(), StreamSerdes.episodeState()));
        builder.addStateStore(store(persistent, Stores.DEADLINE_INDEX, Serdes.Bytes(), Serdes.ByteArray()));
        builder.addStateStore(store(persistent, Stores.PARTITION_CLOCK, Serdes.String(), Serdes.Long()));
        builder.addStateStore(store(persistent, Stores.TRUST_ACTIVITY, Serdes.String(), StreamSerdes.trustActivity()));
        builder.addStateStore(store(persistent, Stores.DATA_QUALITY, Serdes.String(), StreamSerdes.trustActivity()));
        // Each eventId is written once and seldom read again, so a record cache would only add work: no cache.
        builder.addStateStore(store(persistent, Stores.EVENT_ID_CLAIMS, Serdes.String(), StreamSerdes.eventIdClaimants())
                .withCachingDisabled());
        builder.addStateStore(store(persistent, Stores.INGEST_REJECTIONS, Serdes.String(), StreamSerdes.trustRejections()));

        // Values are decoded inside the fold, so an undecodable record is dead-lettered rather than stopping the stream.
        KStream<String, EpisodeOutput> outputs = builder
                .stream(List.of(Topics.PATHWAY_EVENTS.name(), Topics.EVENT_ID_CONFLICTS.name()),
                        Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("read-pathway-events"))
                .process(() -> new EpisodeFold(config), Named.as("fold-episodes"),
                        Stores.EPISODE_LOG, Stores.DEADLINE_INDEX, Stores.PARTITION_CLOCK, Stores.TRUST_ACTIVITY);

        Map<String, KStream<String, EpisodeOutput>> routes = outputs.split(Named.as("route-"))
                .branch((key, value) -> value instanceof ContributionChange, Branched.as("contribution-changes"))
                .branch((key, value) -> value instanceof DeadLetterOutput, Branched.as("dead-letters"))
                .branch((key, value) -> value instanceof ClockReading, Branched.as("clock"))
                .branch((key, value) -> value instanceof TrustActivity, Branched.as("trust-activity"))
                .branch((key, value) -> value instanceof EventIdClaim, Branched.as("event-id-claims"))
                .noDefaultBranch();

        // Buckets are keyed by (trust, day): bring every episode's changes to a bucket to one task, then keep each
        // bucket as the sum of what its episodes contribute now (subtract before, add after). An empty bucket is
        // deleted. The store's cache coalesces a bucket's many changes between two commits into one published view.
        routes.get("route-contribution-changes")
                .mapValues(value -> (ContributionChange) value, Named.as("as-contribution-change"))
                .repartition(Repartitioned.<String, ContributionChange>as("contribution-changes")
                        .withKeySerde(Serdes.String()).withValueSerde(StreamSerdes.contributionChange()))
                .groupByKey(Grouped.<String, ContributionChange>as("contribution-changes-by-bucket")
                        .withKeySerde(Serdes.String()).withValueSerde(StreamSerdes.contributionChange()))
                .aggregate(MeasureCounts::new, (bucket, change, counts) -> TrustDayViews.apply(change, counts),
                        Named.as("sum-trust-days"), trustDayCounts(persistent))
                .toStream(Named.as("trust-day-changes"))
                .mapValues((bucket, counts) -> counts == null ? null : TrustDayViews.toView(bucket, counts),
                        Named.as("as-trust-day-view"))
                .to(Topics.TRUST_DAY_VIEWS.name(), Produced.with(Serdes.String(), Topics.TRUST_DAY_VIEWS_TOPIC.valueSerde())
                        .withName("write-trust-day-views"));

        routes.get("route-dead-letters")
                .mapValues(value -> ((DeadLetterOutput) value).deadLetter(), Named.as("as-dead-letter"))
                .to(Topics.DEAD_LETTERS.name(), Produced.with(Serdes.String(), Topics.DEAD_LETTERS_TOPIC.valueSerde())
                        .withName("write-dead-letters"));

        routes.get("route-clock")
                .mapValues(value -> ((ClockReading) value).clock(), Named.as("as-platform-clock"))
                .to(Topics.CLOCK_VIEWS.name(), Produced.with(Serdes.String(), Topics.CLOCK_VIEWS_TOPIC.valueSerde())
                        .withName("write-clock-views"));

        // A trust's events are spread over every partition: merge each partition's activity in one task per trust.
        // The ingest rejections are keyed by trust too, and the repartition topic has as many partitions as theirs,
        // so the same task sums a trust's refused requests beside its activity.
        KStream<String, DataQualityView> activityViews = routes.get("route-trust-activity")
                .mapValues(value -> (TrustActivity) value, Named.as("as-trust-activity"))
                .repartition(Repartitioned.<String, TrustActivity>as("trust-activity")
                        .withKeySerde(Serdes.String()).withValueSerde(StreamSerdes.trustActivity())
                        .withNumberOfPartitions(Topics.INGEST_REJECTIONS.partitions()))
                .process(DataQualitySummer::new, Named.as("sum-data-quality"), Stores.DATA_QUALITY,
                        Stores.INGEST_REJECTIONS);
        // Values are decoded in the summer, so an unreadable record is dead-lettered rather than stopping the stream.
        Map<String, KStream<String, SpecificRecord>> rejectionRoutes = builder
                .stream(Topics.INGEST_REJECTIONS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("read-ingest-rejections"))
                .process(IngestRejectionSummer::new, Named.as("sum-ingest-rejections"), Stores.DATA_QUALITY,
                        Stores.INGEST_REJECTIONS)
                .split(Named.as("route-rejections-"))
                .branch((key, value) -> value instanceof DeadLetter, Branched.as("dead-letters"))
                .defaultBranch(Branched.as("views"));
        rejectionRoutes.get("route-rejections-dead-letters")
                .mapValues(value -> (DeadLetter) value, Named.as("as-rejection-dead-letter"))
                .to(Topics.DEAD_LETTERS.name(), Produced.with(Serdes.String(), Topics.DEAD_LETTERS_TOPIC.valueSerde())
                        .withName("write-rejection-dead-letters"));
        KStream<String, DataQualityView> rejectionViews = rejectionRoutes.get("route-rejections-views")
                .mapValues(value -> (DataQualityView) value, Named.as("as-rejection-data-quality-view"));
        activityViews.merge(rejectionViews, Named.as("data-quality-views"))
                .to(Topics.DATA_QUALITY_VIEWS.name(), Produced.with(Serdes.String(), Topics.DATA_QUALITY_VIEWS_TOPIC.valueSerde())
                        .withName("write-data-quality-views"));

        // An eventId must name one event of one episode, but each episode's fold sees only its own events: bring every
        // episode's first use of an eventId to one task per eventId, and when a second episode uses it, send word back
        // to each episode's fold (the conflicts topic is partitioned like the events topic) that it counts in none.
        routes.get("route-event-id-claims")
                .mapValues(value -> ((EventIdClaim) value).episodeId(), Named.as("as-event-id-claim"))
                .repartition(Repartitioned.<String, String>as("event-id-claims")
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.String()))
                .process(EventIdRegistry::new, Named.as("register-event-ids"), Stores.EVENT_ID_CLAIMS)
                .to(Topics.EVENT_ID_CONFLICTS.name(), Produced.with(Serdes.String(),
                        Topics.EVENT_ID_CONFLICTS_TOPIC.valueSerde()).withName("write-event-id-conflicts"));

        return builder.build();
    }

    private static Materialized<String, MeasureCounts, KeyValueStore<Bytes, byte[]>> trustDayCounts(boolean persistent) {
        return Materialized.<String, MeasureCounts>as(persistent
                        ? org.apache.kafka.streams.state.Stores.persistentTimestampedKeyValueStore(Stores.TRUST_DAY_COUNTS)
                        : org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore(Stores.TRUST_DAY_COUNTS))
                .withKeySerde(Serdes.String())
                .withValueSerde(StreamSerdes.measureCounts())
                .withCachingEnabled();
    }

    private static <K, V> StoreBuilder<KeyValueStore<K, V>> store(boolean persistent, String name, Serde<K> keys,
                                                                  Serde<V> values) {
        return org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(persistent
                        ? org.apache.kafka.streams.state.Stores.persistentKeyValueStore(name)
                        : org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore(name), keys, values)
                .withCachingEnabled();
    }

    private MeasuresTopology() {
    }
}
