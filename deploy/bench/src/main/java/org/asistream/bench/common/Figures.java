package org.asistream.bench.common;

import java.util.Locale;

/**
 * Machine-readable figures, one a line ({@code bench-figure NAME VALUE}), printed after a harness's table so that
 * {@code deploy/asi-platform bench} can gather every harness's figures into one summary.
 */
public final class Figures {

    public static final String PREFIX = "bench-figure ";

    public static void print(String name, double value) {
        System.out.println(PREFIX + name + " " + String.format(Locale.ROOT, "%.3f", value));
    }

    private Figures() {
    }
}
