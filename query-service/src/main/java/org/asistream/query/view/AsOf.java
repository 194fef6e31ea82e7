package org.asistream.query.view;

import java.time.Instant;

/**
 * How far the views reach: the platform clock (the earliest of the stream's partition clocks), or, before the
 * stream has reported any, the wall clock to the second, with {@code fromPlatformClock} false to say so.
 */
public record AsOf(Instant at, boolean fromPlatformClock) {

    /** As shown in answers: {@code platform-clock} or {@code wall-clock}. */
    public String source() {
        return fromPlatformClock ? "platform-clock" : "wall-clock";
    }
}
