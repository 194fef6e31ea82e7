package org.asistream.platform.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The random draws of the simulation, from one seeded generator. Every episode gets its own, seeded from the feed's
 * seed and the episode's place (trust, day, number), so episodes do not depend on which others were generated.
 */
final class Chance {

    // Above this mean a Poisson count is drawn from its normal approximation (exp(-mean) would underflow).
    private static final double POISSON_NORMAL_FROM = 30;

    private final SplittableRandom random;

    private Chance(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A generator for one place in the simulation, named by any number of numbers. */
    static Chance seeded(long... place) {
        return new Chance(mix(place));
    }

    /** A well-spread 64-bit value from several (SplitMix64's finaliser applied after each part). */
    static long mix(long... parts) {
        long mixed = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            mixed = finalise(mixed ^ finalise(part + 0x9E3779B97F4A7C15L));
        }
        return mixed;
    }

    boolean happens(double probability) {
        return random.nextDouble() < probability;
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    Duration uniform(Duration low, Duration high) {
        return Duration.ofSeconds(Math.round(uniform(low.toSeconds(), high.toSeconds())));
    }

    /** A log-normal duration: {@code median} is its median and {@code sigma} the spread of its logarithm. */
    Duration logNormal(Duration median, double sigma) {
        double seconds = median.toSeconds() * Math.exp(sigma * random.nextGaussian());
        return Duration.ofSeconds(Math.max(1, Math.round(seconds)));
    }

    Instant after(Instant time, Duration median, double sigma) {
        return time.plus(logNormal(median, sigma));
    }

    int poisson(double mean) {
        if (mean >= POISSON_NORMAL_FROM) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        int count = 0;
        for (double product = random.nextDouble(); product > limit; product *= random.nextDouble()) {
            count++;
        }
        return count;
    }

    /** The index of one of the shares, chosen with those probabilities (they add up to 1). */
    int pick(List<Double> shares) {
        double draw = random.nextDouble();
        for (int i = 0; i < shares.size() - 1; i++) {
            draw -= shares.get(i);
            if (draw < 0) {
                return i;
            }
        }
        return shares.size() - 1;
    }

    <T> T pick(List<T> values, List<Double> shares) {
        return values.get(pick(shares));
    }

    <T> T anyOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A random (version 4) UUID, but drawn from this seeded generator so that it is the same on every run. */
    String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static long finalise(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
