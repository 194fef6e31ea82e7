package org.asistream.query.report;

import java.time.YearMonth;

/**
 * One month of a trajectory.
 *
 * @param trajectory   the trajectory's value this month; null before the baseline or without a trajectory
 * @param onTrajectory rate at or above the trajectory; null when either is missing
 */
public record TrajectoryPoint(YearMonth month, long met, long notMet, long pending, long excluded, Double rate,
                              Double ciLow, Double ciHigh, Double trajectory, Boolean onTrajectory) {
}
