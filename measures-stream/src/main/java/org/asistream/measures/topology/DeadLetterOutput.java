package org.asistream.measures.topology;

import org.asistream.schemas.avro.DeadLetter;

/** A record the stream could not use, on its way to the dead-letter topic. */
public record DeadLetterOutput(DeadLetter deadLetter) implements EpisodeOutput {
}
