package org.asistream.query.trajectory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.asistream.query.statistics.RateSummary;

/**
 * A monthly series of rates set against the linear trajectory from a baseline month's rate to the target at the
 * aspiration month. Without a baseline rate there is no trajectory: every month's trajectory value and mark are then
 * null and {@code undefinedReason} says why.
 *
 * @param baselineRate    the baseline month's rate; null when it has none
 * @param months          every month from the first to the last of the series, gaps included
 * @param undefinedReason null when the trajectory is defined
 */
public record Trajectory(double target, YearMonth baseline, YearMonth aspiration, Double baselineRate,
                         List<TrajectoryMonth> months, String undefinedReason) {

    /** The ASI aspirations were set for April 2011. */
    public static final YearMonth DEFAULT_ASPIRATION = YearMonth.of(2011, 4);

    public Trajectory {
        months = List.copyOf(months);
    }

    /** The trajectory from the {@link #defaultBaseline} to the target in {@link #DEFAULT_ASPIRATION}. */
    public static Trajectory of(SortedMap<YearMonth, RateSummary> series, double target) {
        return of(series, target, defaultBaseline(series), DEFAULT_ASPIRATION);
    }

    /**
     * The baseline when none is asked for: the series' first month with a rate, so that a platform whose data began
     * recently still has a line; the first month when none has a rate (the trajectory is then undefined).
     */
    public static YearMonth defaultBaseline(SortedMap<YearMonth, RateSummary> series) {
        return series.entrySet().stream().filter(month -> month.getValue() != null && month.getValue().rate() != null)
                .map(Map.Entry::getKey).findFirst().orElseGet(() -> firstMonth(series));
    }

    /**
     * @param series     months to their figures; months missing or mapped to null have no figures
     * @param aspiration the month by which the target should be reached; at or before the baseline (the default
     *                   April 2011 against a later series) it has passed, and the trajectory is the target itself
     * @throws IllegalArgumentException if the series is empty
     */
    public static Trajectory of(SortedMap<YearMonth, RateSummary> series, double target, YearMonth baseline,
                                YearMonth aspiration) {
        RateSummary atBaseline = series.get(baseline);
        Double baselineRate = atBaseline == null ? null : atBaseline.rate();
        TrajectoryLine line = baselineRate == null ? null
                : new TrajectoryLine(baseline, atBaseline.counts(), aspiration, target);
        List<TrajectoryMonth> months = new ArrayList<>();
        for (YearMonth month = firstMonth(series); !month.isAfter(series.lastKey()); month = month.plusMonths(1)) {
            months.add(markMonth(month, series.get(month), line));
        }
        String undefinedReason = line != null ? null
                : "no trajectory: the baseline month " + baseline + " has no rate (no figures for it, or no "
                        + "episode in it has yet met or not met the measure)";
        return new Trajectory(target, baseline, aspiration, baselineRate, months, undefinedReason);
    }

    private static YearMonth firstMonth(SortedMap<YearMonth, RateSummary> series) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs at least one month");
        }
        return series.firstKey();
    }

    private static TrajectoryMonth markMonth(YearMonth month, RateSummary summary, TrajectoryLine line) {
        Double value = line == null ? null : line.valueAt(month);
        Boolean onTrajectory = line == null || summary == null ? null : line.isReachedBy(month, summary.counts());
        return new TrajectoryMonth(month, summary, value, onTrajectory);
    }

    public boolean defined() {
        return undefinedReason == null;
    }
}
