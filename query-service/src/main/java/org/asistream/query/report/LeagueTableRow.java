package org.asistream.query.report;

import java.util.List;
import org.asistream.query.league.OverallStanding;

/** One trust's line in a league table. */
public record LeagueTableRow(String trust, String name, boolean esdTeam, OverallStanding overall,
                             List<RankedMeasure> measures) {

    public LeagueTableRow {
        measures = List.copyOf(measures);
    }
}
