package org.asistream.platform.importer;

import java.time.Duration;

/**
 * How long to wait before sending a batch again while the service is unavailable: the longer of its Retry-After and
 * a delay doubling from {@code first}, capped at {@code max}; after {@code attempts} waits the import stops.
 */
record Backoff(Duration first, Duration max, int attempts) {

    /** About four minutes of retries before giving up. */
    static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 12);

    Duration delay(int attempt, Duration retryAfter) {
        Duration doubled = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration wanted = doubled.compareTo(retryAfter) >= 0 ? doubled : retryAfter;
        return wanted.compareTo(max) <= 0 ? wanted : max;
    }
}
