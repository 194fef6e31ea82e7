package org.asistream.schemas;

import org.apache.kafka.common.serialization.Serde;

/** A platform topic with its types: its provisioning settings and the serdes of its keys and values. */
public record Topic<K, V>(TopicSpec spec, Serde<K> keySerde, Serde<V> valueSerde) {

    public String name() {
        return spec.name();
    }
}
