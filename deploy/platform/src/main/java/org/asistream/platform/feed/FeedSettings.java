package org.asistream.platform.feed;

import java.util.Objects;

/**
 * What the synthetic trusts produce: the national figures, scaled in volume (scale 2 doubles every trust's
 * admissions, not its rates), and the dirt their systems add.
 */
public record FeedSettings(double scale, NationalFigures figures, DirtRates dirt) {

    public static final FeedSettings DEFAULT = new FeedSettings(1.0, NationalFigures.ENGLAND, DirtRates.DEFAULT);

    public FeedSettings {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(dirt, "dirt");
    }

    public FeedSettings withScale(double scale) {
        return new FeedSettings(scale, figures, dirt);
    }

    public FeedSettings withDirt(DirtRates dirt) {
        return new FeedSettings(scale, figures, dirt);
    }
}
