package org.asistream.query.report;

import org.asistream.query.view.MinuteDistribution;

/** Median and 90th percentile (nearest rank, in whole minutes) of an interval; null without episodes. */
public record MinuteSummary(long episodes, Integer median, Integer p90) {

    public static MinuteSummary of(MinuteDistribution distribution) {
        return new MinuteSummary(distribution.episodes(), distribution.percentile(0.5), distribution.percentile(0.9));
    }
}
