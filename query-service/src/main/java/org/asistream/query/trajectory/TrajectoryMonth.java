package org.asistream.query.trajectory;

import java.time.YearMonth;
import org.asistream.query.statistics.RateSummary;

/**
 * One month of a trajectory chart.
 *
 * @param summary         the month's figures; null when none were given for the month
 * @param trajectoryValue where the trajectory stands this month; null before the baseline or without a trajectory
 * @param onTrajectory    rate >= trajectory value; null when either is missing
 */
public record TrajectoryMonth(YearMonth month, RateSummary summary, Double trajectoryValue, Boolean onTrajectory) {
}
