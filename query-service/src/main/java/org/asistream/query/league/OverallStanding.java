package org.asistream.query.league;

/**
 * A trust's place over all ten measures. Only the measures it is rankable for count.
 *
 * @param rank             by measures at target, then by mean rate; null when rankable for no measure
 * @param measuresAtTarget rankable measures whose rate is at or above target
 * @param measuresRanked   measures the trust is rankable for
 * @param meanRate         unweighted mean of the rates of those measures; null when there are none
 */
public record OverallStanding(Integer rank, int measuresAtTarget, int measuresRanked, Double meanRate) {
}
