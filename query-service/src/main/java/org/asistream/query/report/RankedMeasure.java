package org.asistream.query.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A trust's figures for one measure in a league table, and its rank (null: too few to rank). */
public record RankedMeasure(@JsonUnwrapped MeasureFigures figures, Integer rank) {
}
