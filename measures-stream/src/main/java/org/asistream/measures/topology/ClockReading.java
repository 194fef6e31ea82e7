package org.asistream.measures.topology;

import org.asistream.schemas.avro.PlatformClock;

/** The platform clock of one events-topic partition moved forward. */
public record ClockReading(PlatformClock clock) implements EpisodeOutput {
}
