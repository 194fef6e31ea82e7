package org.asistream.platform.feed;

import java.time.Duration;

/**
 * How well a trust runs its stroke service at some moment, from 0 (the worst of 2010) to 1 (every ASI target met
 * with room to spare). Each process figure moves from its poor value to its good value as the level rises.
 */
record Quality(double level) {

    /** A probability, linear in the level. */
    double probability(double poor, double good) {
        return poor + (good - poor) * level;
    }

    /** A median delay, geometric in the level (each step of quality takes off the same share of the delay). */
    Duration delay(Duration poor, Duration good) {
        return delay(poor, good, 1);
    }

    /** A median delay, made {@code slowdown} times longer (out of hours, say). */
    Duration delay(Duration poor, Duration good, double slowdown) {
        double seconds = poor.toSeconds() * Math.pow((double) good.toSeconds() / poor.toSeconds(), level);
        return Duration.ofSeconds(Math.round(seconds * slowdown));
    }
}
