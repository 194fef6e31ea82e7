package org.asistream.query.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.asistream.query.view.AsOf;

/**
 * The answer of {@code GET /v1/{level}/{code}/trajectory}: the monthly rates against the straight line from the
 * baseline month's rate to the target at the aspiration month.
 *
 * @param undefinedReason why there is no trajectory (the baseline month has no rate); null when there is one
 * @param dataQuality     the data quality of the organisation's trusts over the months shown (per trust only for a
 *                        caller who may see them)
 */
@JsonPropertyOrder({"asOf", "asOfSource"})
public record TrajectoryReport(String level, String code, String name, String measure, double target,
                               YearMonth from, YearMonth to, YearMonth baseline, YearMonth aspiration,
                               Double baselineRate, Instant asOf, String asOfSource, List<TrajectoryPoint> months,
                               String undefinedReason, DataQualityFigures dataQuality) implements StampedAnswer {

    public TrajectoryReport {
        months = List.copyOf(months);
    }

    /** The same figures at a later clock reading. */
    public TrajectoryReport withAsOf(AsOf later) {
        return new TrajectoryReport(level, code, name, measure, target, from, to, baseline, aspiration, baselineRate,
                later.at(), later.source(), months, undefinedReason, dataQuality);
    }

    /** The same answer for a caller who may see the organisation's totals but not its trusts one by one. */
    public TrajectoryReport withTotalsOnly() {
        return new TrajectoryReport(level, code, name, measure, target, from, to, baseline, aspiration, baselineRate,
                asOf, asOfSource, months, undefinedReason, dataQuality.withoutTrusts());
    }
}
