package org.asistream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.Region;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyTypedTopicIsProvisioned() {
        List<Topic<?, ?>> typed = List.of(Topics.PATHWAY_EVENTS_TOPIC, Topics.REFERENCE_DATA_TOPIC,
                Topics.DEAD_LETTERS_TOPIC, Topics.EVENT_ID_CONFLICTS_TOPIC, Topics.INGEST_REJECTIONS_TOPIC);

        assertThat(Topics.all()).containsAll(typed.stream().<TopicSpec>map(Topic::spec).toList());
    }

    @Test
    void eventIdConflictsArePartitionedLikeTheEventsTheyAreAbout() {
        assertThat(Topics.EVENT_ID_CONFLICTS.partitions()).isEqualTo(Topics.PATHWAY_EVENTS.partitions());
        assertThat(Topics.EVENT_ID_CONFLICTS_TOPIC.keySerde().serializer().serialize("t", "episode-1"))
                .isEqualTo(Topics.PATHWAY_EVENTS_TOPIC.keySerde().serializer().serialize("t", "episode-1"));
    }

    @Test
    void topicNamesAreUnique() {
        assertThat(Topics.all()).extracting(TopicSpec::name).doesNotHaveDuplicates();
    }

    @Test
    void theEventsTopicCarriesClockTicksUnderTheClockKey() {
        Topic<String, PathwayLogRecord> events = Topics.PATHWAY_EVENTS_TOPIC;
        PathwayLogRecord tick = new PathwayLogRecord(new ClockTick(Instant.parse("2011-03-01T10:00:00Z"), "clock"));

        byte[] key = events.keySerde().serializer().serialize(events.name(), Topics.CLOCK_TICK_KEY);
        byte[] value = events.valueSerde().serializer().serialize(events.name(), tick);

        assertThat(events.keySerde().deserializer().deserialize(events.name(), key)).isEqualTo("~clock");
        assertThat(events.valueSerde().deserializer().deserialize(events.name(), value)).isEqualTo(tick);
    }

    @Test
    void theReferenceTopicCarriesOrganisations() {
        Topic<String, ReferenceEntry> reference = Topics.REFERENCE_DATA_TOPIC;
        ReferenceEntry region = new ReferenceEntry(new Region("R1", "North Region"));

        byte[] value = reference.valueSerde().serializer().serialize(reference.name(), region);

        assertThat(reference.valueSerde().deserializer().deserialize(reference.name(), value)).isEqualTo(region);
    }
}
