package org.asistream.query.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.asistream.query.period.Period;
import org.asistream.query.statistics.Measure;
import org.asistream.query.view.AsOf;

/** Reads the query parameters of the API, turning what cannot be read into {@link InvalidQueryException}. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static Period period(String text, AsOf asOf) {
        try {
            return Period.parse(text, asOf.at());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    /** A measure id, or null when {@code text} is null and the measure is optional. */
    public static Measure measure(String text, boolean required) {
        if (text == null && !required) {
            return null;
        }
        try {
            return Measure.fromId(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    /** A month written yyyy-MM, or null when absent. */
    public static YearMonth month(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " '" + text + "' is not a month written yyyy-MM, e.g. 2011-04");
        }
    }
}
