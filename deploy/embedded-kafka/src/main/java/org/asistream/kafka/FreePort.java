package org.asistream.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port checks shared by the broker, the launcher and the tests. */
public final class FreePort {

    /**
     * Ports this JVM has handed out. The kernel may give a just-closed ephemeral port again, so two calls in a row can
     * return the same port (a CI run once got the same port for two services, and the launcher refused the ports).
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** A port nobody listens on right now on the loopback interface, and not one this JVM has handed out before. */
    public static int find() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port on the loopback interface", e);
            }
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
