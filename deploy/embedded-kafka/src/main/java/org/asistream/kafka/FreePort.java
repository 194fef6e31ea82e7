package org.asistream.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks shared by the broker, the launcher and the tests. */
public final class FreePort {

    /** A port nobody listens on right now on the loopback interface. */
    public static int find() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    /** Throws {@link PortInUseException} naming {@code what} when something already listens on {@code port}. */
    public static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new PortInUseException(what, port);
        }
    }

    private FreePort() {
    }
}
