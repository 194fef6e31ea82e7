package org.asistream.bench.replay;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.schemas.Topics;

/**
 * The simplest stateful Kafka Streams topology over the events topic: a count of the records of each key (episode)
 * in a persistent, cached, changelogged store, every change written to an output topic. Replayed with the same
 * settings as measures-stream, it says what Kafka Streams with exactly_once_v2 costs on this machine before any of
 * our work: a ceiling for the replay, not a target.
 */
final class StreamsBaseline {

    static final String OUTPUT_TOPIC = "asi-bench.baseline-counts";

    static Topology countPerKey() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.PATHWAY_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray())
                        .withName("read-pathway-events"))
                .groupByKey(Grouped.with("records-by-key", Serdes.String(), Serdes.ByteArray()))
                .count(Named.as("count-records"), Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(
                        "baseline-counts-store").withKeySerde(Serdes.String()).withValueSerde(Serdes.Long()))
                .toStream(Named.as("count-changes"))
                .to(OUTPUT_TOPIC, Produced.with(Serdes.String(), Serdes.Long()).withName("write-counts"));
        return builder.build();
    }

    private StreamsBaseline() {
    }
}
