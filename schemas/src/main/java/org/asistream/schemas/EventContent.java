package org.asistream.schemas;

import org.asistream.schemas.avro.PathwayEvent;

/**
 * What "the same event" means when deduplicating by eventId (asi-measures.md, "Which events count"): identical
 * content as the trust sent it. {@code receivedAt} is the ingest service's own stamp and differs on every retry, so it
 * is not content; comparing whole records would dead-letter every retried event.
 */
public final class EventContent {

    public static boolean same(PathwayEvent a, PathwayEvent b) {
        return withoutReceivedAt(a).equals(withoutReceivedAt(b));
    }

    private static PathwayEvent withoutReceivedAt(PathwayEvent event) {
        return PathwayEvent.newBuilder(event).setReceivedAt(null).build();
    }

    private EventContent() {
    }
}
