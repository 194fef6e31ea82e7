package org.asistream.platform;

import org.asistream.kafka.FreePort;

/** Free ports for one run of the launcher in a test. */
record PlatformPorts(int kafka, int ingest, int query, int stream) {

    static PlatformPorts free() {
        return new PlatformPorts(FreePort.find(), FreePort.find(), FreePort.find(), FreePort.find());
    }
}
