package org.asistream.platform;

/** The command line is wrong; the message says how, and the launcher prints it without a stack trace. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
