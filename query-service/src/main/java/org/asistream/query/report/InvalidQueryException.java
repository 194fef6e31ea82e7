package org.asistream.query.report;

/** A query parameter that cannot be read (a bad period, measure or month); its message tells the caller what fits. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
