package org.asistream.platform;

/** The platform cannot start or run; the message says why and what to do. */
public final class PlatformException extends RuntimeException {
    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
