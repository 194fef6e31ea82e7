package org.asistream.query.league;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.asistream.query.statistics.Measure;

/** One trust's line in a league table: its standing for each of the ten measures and overall. */
public record LeagueRow(String trustCode, String trustName, Map<Measure, MeasureStanding> measures,
                        OverallStanding overall) {

    public LeagueRow {
        measures = Collections.unmodifiableMap(new EnumMap<>(measures));
    }

    public MeasureStanding standing(Measure measure) {
        return measures.get(measure);
    }
}
