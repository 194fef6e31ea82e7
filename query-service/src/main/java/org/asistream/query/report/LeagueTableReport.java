package org.asistream.query.report;

import java.time.Instant;
import java.util.List;
import org.asistream.query.period.Period;

/**
 * The answer of {@code GET /v1/{level}/{code}/league-table}: the trusts that belonged to the organisation during
 * the period, each with its figures over the days it belonged, ranked per measure and overall.
 *
 * @param measure null for every measure in overall order; a measure id for that measure alone, in its order
 */
public record LeagueTableReport(String level, String code, String name, Period period, Instant asOf,
                                String asOfSource, String measure, List<LeagueTableRow> rows) {

    public LeagueTableReport {
        rows = List.copyOf(rows);
    }
}
