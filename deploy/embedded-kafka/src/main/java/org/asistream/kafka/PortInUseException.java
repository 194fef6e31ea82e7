package org.asistream.kafka;

/** A port the platform needs is taken by another process. */
public final class PortInUseException extends RuntimeException {

    private final int port;

    public PortInUseException(String what, int port) {
        super("Port " + port + " for " + what + " is already in use by another process; stop it or choose another port.");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
