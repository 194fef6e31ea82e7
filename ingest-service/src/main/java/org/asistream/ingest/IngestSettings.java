package org.asistream.ingest;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits and the durability bound of {@code POST /v1/events}; every key is in the README's configuration table. */
@ConfigMapping(prefix = "asi.ingest")
public interface IngestSettings {

    /** Most events one request may carry; more is answered 413. */
    @WithDefault("10000")
    int maxEvents();

    /** Largest request body; more is answered 413. */
    @WithDefault("10M")
    MemorySize maxBytes();

    /**
     * How long the broker has to acknowledge every event of a request before the answer is 503. The producer's
     * delivery, request and blocking timeouts are derived from it so that none of them outlives it.
     */
    @WithDefault("10s")
    Duration ackTimeout();
}
