package org.asistream.measures.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.measures.domain.episode.EventIdClaimants;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.view.MeasureCounts;
import org.asistream.schemas.Stores;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.DataQualityView;
import org.asistream.schemas.avro.DeadLetter;
import org.asistream.schemas.avro.IngestRejection;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.avro.TrustDayView;

/** The measures topology in a TopologyTestDriver, with the events topic in and every view topic out. */
final class TopologyHarness implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final Path stateDir;
    private final TestInputTopic<String, byte[]> events;
    private final TestInputTopic<String, byte[]> rejections;
    private final TestOutputTopic<String, TrustDayView> trustDays;
    private final TestOutputTopic<String, DeadLetter> deadLetters;
    private final TestOutputTopic<String, PlatformClock> clock;
    private final TestOutputTopic<String, DataQualityView> dataQuality;
    private final Map<String, TrustDayView> publishedTrustDays = new TreeMap<>();

    TopologyHarness() {
        this(MeasuresConfig.defaults().withInMemoryStores());
    }

    TopologyHarness(MeasuresConfig config) {
        try {
            stateDir = Files.createTempDirectory("asi-topology-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "asi-measures-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(MeasuresTopology.buildTopology(config), props, Instant.parse("2026-01-01T00:00:00Z"));
        events = driver.createInputTopic(Topics.PATHWAY_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
        rejections = driver.createInputTopic(Topics.INGEST_REJECTIONS.name(), new StringSerializer(),
                new ByteArraySerializer());
        trustDays = driver.createOutputTopic(Topics.TRUST_DAY_VIEWS.name(), Serdes.String().deserializer(),
                Topics.TRUST_DAY_VIEWS_TOPIC.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), Serdes.String().deserializer(),
                Topics.DEAD_LETTERS_TOPIC.valueSerde().deserializer());
        clock = driver.createOutputTopic(Topics.CLOCK_VIEWS.name(), Serdes.String().deserializer(),
                Topics.CLOCK_VIEWS_TOPIC.valueSerde().deserializer());
        dataQuality = driver.createOutputTopic(Topics.DATA_QUALITY_VIEWS.name(), Serdes.String().deserializer(),
                Topics.DATA_QUALITY_VIEWS_TOPIC.valueSerde().deserializer());
    }

    TopologyHarness send(PathwayEvent... pathwayEvents) {
        for (PathwayEvent event : pathwayEvents) {
            events.pipeInput(event.episodeId(), AvroEventFixtures.encode(event), event.occurredAt());
        }
        return this;
    }

    TopologyHarness sendRaw(String key, byte[] value) {
        events.pipeInput(key, value);
        return this;
    }

    /** A request the ingest service refused, as it writes it (keyed by the trust). */
    TopologyHarness rejected(IngestRejection rejection) {
        return sendRawRejection(rejection.getTrust(),
                Topics.INGEST_REJECTIONS_TOPIC.valueSerde().serializer().serialize(null, rejection));
    }

    TopologyHarness sendRawRejection(String trust, byte[] value) {
        rejections.pipeInput(trust, value);
        return this;
    }

    /** A clock tick, as the ticker writes it into a partition (the test driver has a single partition). */
    TopologyHarness tick(Instant at) {
        events.pipeInput(Topics.CLOCK_TICK_KEY, AvroEventFixtures.tick(at), at);
        return this;
    }

    TopologyHarness tick(String isoWithOffset) {
        return tick(java.time.OffsetDateTime.parse(isoWithOffset).toInstant());
    }

    TopologyHarness advanceWallClock(Duration duration) {
        driver.advanceWallClockTime(duration);
        return this;
    }

    /** The trust-day view as last published on the topic (absent after a tombstone). */
    TrustDayView published(String trust, LocalDate day) {
        drainTrustDays();
        return publishedTrustDays.get(TrustDayViews.key(trust, day));
    }

    Map<String, TrustDayView> publishedTrustDays() {
        drainTrustDays();
        return new TreeMap<>(publishedTrustDays);
    }

    /** The bucket in the summing store, to check the store and the topic agree. */
    TrustDayView stored(String trust, LocalDate day) {
        KeyValueStore<String, MeasureCounts> store = driver.getKeyValueStore(Stores.TRUST_DAY_COUNTS);
        MeasureCounts counts = store.get(TrustDayViews.key(trust, day));
        return counts == null ? null : TrustDayViews.toView(trust, day, counts);
    }

    Map<String, TrustDayView> storedTrustDays() {
        KeyValueStore<String, MeasureCounts> store = driver.getKeyValueStore(Stores.TRUST_DAY_COUNTS);
        Map<String, TrustDayView> all = new TreeMap<>();
        try (KeyValueIterator<String, MeasureCounts> entries = store.all()) {
            entries.forEachRemaining(entry -> all.put(entry.key, TrustDayViews.toView(entry.key, entry.value)));
        }
        return all;
    }

    /** A trust's refused requests as summed in the store. */
    TrustRejections storedRejections(String trust) {
        KeyValueStore<String, TrustRejections> store = driver.getKeyValueStore(Stores.INGEST_REJECTIONS);
        return store.get(trust);
    }

    EpisodeState episode(String episodeId) {
        KeyValueStore<String, EpisodeState> store = driver.getKeyValueStore(Stores.EPISODE_LOG);
        return store.get(episodeId);
    }

    /** The episodes the registry knows to carry an eventId (null if none). */
    EventIdClaimants eventIdClaimants(String eventId) {
        KeyValueStore<String, EventIdClaimants> store = driver.getKeyValueStore(Stores.EVENT_ID_CLAIMS);
        return store.get(eventId);
    }

    List<DeadLetter> deadLetters() {
        return deadLetters.readValuesToList();
    }

    List<KeyValue<String, PlatformClock>> clockReadings() {
        return clock.readKeyValuesToList();
    }

    Map<String, DataQualityView> dataQuality() {
        return dataQuality.readKeyValuesToMap();
    }

    private void drainTrustDays() {
        for (KeyValue<String, TrustDayView> record : trustDays.readKeyValuesToList()) {
            if (record.value == null) {
                publishedTrustDays.remove(record.key);
            } else {
                publishedTrustDays.put(record.key, record.value);
            }
        }
    }

    @Override
    public void close() {
        driver.close();
        try (var paths = Files.walk(stateDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException ignored) {
            // Best effort: a temp directory.
        }
    }
}
