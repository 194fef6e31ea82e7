package org.asistream.query.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as written in a query: an inclusive range of Europe/London dates. Quarters, financial years and
 * last-12-months are whole months, so the query layer can sum month buckets; last-30-days needs day buckets.
 *
 * @param label    the period as written, e.g. {@code FY2010}
 * @param firstDay the first date in the period
 * @param lastDay  the last date in the period
 */
public record Period(String label, LocalDate firstDay, LocalDate lastDay) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final String ACCEPTED_FORMS = "a month (2011-03), a quarter (2011-Q1), a financial year (FY2010, "
            + "April 2010 to March 2011), last-30-days or last-12-months";

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})");
    private static final String LAST_30_DAYS = "last-30-days";
    private static final String LAST_12_MONTHS = "last-12-months";

    public Period {
        Objects.requireNonNull(label, "label");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("period " + label + " ends before it starts");
        }
    }

    /** As {@link #parse(String, LocalDate)}, with asOf taken as its Europe/London date. */
    public static Period parse(String text, Instant asOf) {
        return parse(text, LocalDate.ofInstant(asOf, LONDON));
    }

    /**
     * Reads a period; {@code asOf} (the platform's Europe/London date) anchors the rolling windows.
     *
     * @throws IllegalArgumentException if the text is none of the accepted forms
     */
    public static Period parse(String text, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (text == null) {
            throw notAPeriod(null);
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches()) {
            YearMonth only = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return months(text, only, only);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 1)
                    .plusMonths(3L * (Integer.parseInt(quarter.group(2)) - 1));
            return months(text, first, first.plusMonths(2));
        }
        Matcher financialYear = FINANCIAL_YEAR.matcher(text);
        if (financialYear.matches()) {
            YearMonth april = YearMonth.of(Integer.parseInt(financialYear.group(1)), 4);
            return months(text, april, april.plusMonths(11));
        }
        if (text.equals(LAST_30_DAYS)) {
            return new Period(text, asOf.minusDays(29), asOf);
        }
        if (text.equals(LAST_12_MONTHS)) {
            YearMonth current = YearMonth.from(asOf);
            return months(text, current.minusMonths(11), current);
        }
        throw notAPeriod(text);
    }

    private static Period months(String label, YearMonth first, YearMonth last) {
        return new Period(label, first.atDay(1), last.atEndOfMonth());
    }

    private static IllegalArgumentException notAPeriod(String text) {
        return new IllegalArgumentException("period '" + text + "' is not one of: " + ACCEPTED_FORMS);
    }

    /** The calendar months the period touches, in order; the first and last may be partly covered. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(firstDay); !m.isAfter(YearMonth.from(lastDay)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /** True when the period is exactly a run of calendar months, so month buckets add up to it. */
    public boolean coversWholeMonths() {
        return firstDay.getDayOfMonth() == 1 && lastDay.equals(YearMonth.from(lastDay).atEndOfMonth());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
