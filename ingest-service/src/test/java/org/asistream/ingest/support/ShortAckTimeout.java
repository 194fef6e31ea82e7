package org.asistream.ingest.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A 2 s acknowledgement bound, so that the broker-outage test waits for seconds, not tens of seconds. */
public class ShortAckTimeout implements QuarkusTestProfile {

    public static final long ACK_TIMEOUT_MILLIS = 2000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("asi.ingest.ack-timeout", ACK_TIMEOUT_MILLIS + "ms");
    }
}
