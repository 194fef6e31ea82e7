package org.asistream.query.league;

import org.asistream.query.statistics.RateSummary;

/** A trust's figures for one measure and its place among the trusts of the table; rank is null when unranked. */
public record MeasureStanding(RateSummary summary, Integer rank) {
}
