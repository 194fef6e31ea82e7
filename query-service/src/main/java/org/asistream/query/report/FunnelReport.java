package org.asistream.query.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.asistream.query.period.Period;
import org.asistream.query.view.AsOf;
import org.asistream.query.statistics.FunnelLimits;

/**
 * The answer of {@code GET /v1/{level}/{code}/funnel}: each trust's rate and denominator, the organisation's mean,
 * and the exact binomial 95% and 99.8% limits around it from denominator 1 to the largest trust's.
 *
 * @param mean        the organisation's pooled rate; null (and no limits) when it has no decided episode
 * @param limits      empty when there is no mean
 * @param dataQuality the plotted trusts' data quality, shown beside the plot
 */
@JsonPropertyOrder({"asOf", "asOfSource"})
public record FunnelReport(String level, String code, String name, Period period, Instant asOf, String asOfSource,
                           String measure, double target, Double mean, List<FunnelPoint> trusts,
                           List<FunnelLimits> limits, DataQualityFigures dataQuality) implements StampedAnswer {

    public FunnelReport {
        trusts = List.copyOf(trusts);
        limits = List.copyOf(limits);
    }

    /** The same figures at a later clock reading. */
    public FunnelReport withAsOf(AsOf later) {
        return new FunnelReport(level, code, name, period, later.at(), later.source(), measure, target, mean, trusts,
                limits, dataQuality);
    }
}
