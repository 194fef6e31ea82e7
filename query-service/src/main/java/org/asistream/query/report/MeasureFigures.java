package org.asistream.query.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.RateSummary;

/**
 * One measure's counts and rate for an organisation and period, with what is shown beside the rate.
 *
 * @param esdTeam for measure 9 of a trust only: whether the trust runs a stroke-skilled ESD team (registry)
 */
public record MeasureFigures(String measure, String name, long met, long notMet, long pending, long excluded,
                             Double rate, Double ciLow, Double ciHigh, double target, Boolean atTarget,
                             Double rangeLow, Double rangeHigh, boolean tooFewToRank,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean esdTeam) {

    public static MeasureFigures of(Measure measure, RateSummary summary, Boolean esdTeam) {
        return new MeasureFigures(measure.id(), measure.displayName(), summary.counts().met(),
                summary.counts().notMet(), summary.counts().pending(), summary.counts().excluded(), summary.rate(),
                summary.ciLow(), summary.ciHigh(), summary.target(), summary.atTarget(), summary.rangeLow(),
                summary.rangeHigh(), summary.tooFewToRank(), esdTeam);
    }
}
