package org.asistream.platform.importer;

/**
 * The import cannot go on (the service refuses the token, stays unavailable, or a file is unreadable); the message says
 * why. Everything acknowledged so far is in the checkpoint, so the same command resumes once the cause is fixed.
 */
final class ImportStopped extends RuntimeException {

    ImportStopped(String message) {
        super(message);
    }

    ImportStopped(String message, Throwable cause) {
        super(message, cause);
    }
}
