package org.asistream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void neverHandsOutTheSamePortTwice() {
        // A thousand draws from ~28,000 ephemeral ports: without the memory of handed-out ports the kernel's random
        // choice repeats one almost surely.
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertThat(ports.add(FreePort.find())).as("draw %d is a new port", i).isTrue();
        }
    }

    @Test
    void namesThePortAndItsUseWhenSomethingListensOnIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(FreePort.find(), 0, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> FreePort.requireFree(taken.getLocalPort(), "query-service (--query-port)"))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()))
                    .hasMessageContaining("query-service (--query-port)");
        }
    }
}
