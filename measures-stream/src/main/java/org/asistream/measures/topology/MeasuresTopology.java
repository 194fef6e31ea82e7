package org.asistream.measures.topology;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.asistream.schemas.Topics;

/** The measures topology (being built: see issue 4). */
public final class MeasuresTopology {

    public static Topology buildTopology() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.PATHWAY_EVENTS.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("pathway-events-source"))
                .peek((key, value) -> { }, org.apache.kafka.streams.kstream.Named.as("pathway-events-peek"));
        return builder.build();
    }

    private MeasuresTopology() {
    }
}
