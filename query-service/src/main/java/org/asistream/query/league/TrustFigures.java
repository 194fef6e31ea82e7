package org.asistream.query.league;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;

/**
 * One trust's counts for a period, the input to a league table. A measure missing from {@code counts} has no
 * episodes in its cohort.
 */
public record TrustFigures(String trustCode, String trustName, Map<Measure, MeasureCounts> counts) {

    public TrustFigures {
        Objects.requireNonNull(trustCode, "trustCode");
        Objects.requireNonNull(trustName, "trustName");
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    public MeasureCounts countsFor(Measure measure) {
        return counts.getOrDefault(measure, MeasureCounts.ZERO);
    }
}
