package org.asistream.query.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.asistream.query.period.Period;
import org.asistream.query.view.AsOf;

/**
 * The answer of {@code GET /v1/{level}/{code}/league-table}: the trusts that belonged to the organisation during
 * the period, each with its figures over the days it belonged, ranked per measure and overall.
 *
 * @param measure     null for every measure in overall order; a measure id for that measure alone, in its order
 * @param dataQuality the ranked trusts' data quality, shown beside the table
 */
@JsonPropertyOrder({"asOf", "asOfSource"})
public record LeagueTableReport(String level, String code, String name, Period period, Instant asOf,
                                String asOfSource, String measure, List<LeagueTableRow> rows,
                                DataQualityFigures dataQuality) implements StampedAnswer {

    public LeagueTableReport {
        rows = List.copyOf(rows);
    }

    /** The same figures at a later clock reading. */
    public LeagueTableReport withAsOf(AsOf later) {
        return new LeagueTableReport(level, code, name, period, later.at(), later.source(), measure, rows,
                dataQuality);
    }
}
