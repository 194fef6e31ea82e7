package org.asistream.platform.feed;

import java.time.Instant;

import org.asistream.schemas.avro.PathwayEvent;

/** An event and the moment the trust's system sends it: never before it happened, sometimes much later. */
public record Delivery(PathwayEvent event, Instant deliverAt) {
}
