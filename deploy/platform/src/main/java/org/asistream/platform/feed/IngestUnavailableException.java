package org.asistream.platform.feed;

/** The ingest API kept answering 503 (or not at all) for longer than the feed waits; the feed stops. */
final class IngestUnavailableException extends RuntimeException {

    IngestUnavailableException(String message) {
        super(message);
    }
}
