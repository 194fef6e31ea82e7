package org.asistream.query.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * One trust's figures per Europe/London day, with the sum of each month kept beside them so that a year is read as
 * twelve month sums rather than 365 days. Written by one thread, read by any: each day and month is replaced whole,
 * so a reader sees every bucket either before or after a change.
 */
final class TrustHistory {

    private final ConcurrentSkipListMap<LocalDate, Figures> days = new ConcurrentSkipListMap<>();
    private final Map<YearMonth, Figures> months = new ConcurrentHashMap<>();

    /** Sets (or, with null, removes) a day; the month sum follows at {@link #refreshMonth(YearMonth)}. */
    void putDay(LocalDate day, Figures figures) {
        if (figures == null) {
            days.remove(day);
        } else {
            days.put(day, figures);
        }
    }

    void refreshMonth(YearMonth month) {
        FiguresSum sum = new FiguresSum();
        Map<LocalDate, Figures> ofMonth = days.subMap(month.atDay(1), true, month.atEndOfMonth(), true);
        if (ofMonth.isEmpty()) {
            months.remove(month);
            return;
        }
        ofMonth.values().forEach(sum::add);
        months.put(month, sum.toFigures());
    }

    /** Adds the days from {@code first} to {@code last} inclusive: whole months from their sums, the rest by day. */
    void addTo(FiguresSum sum, LocalDate first, LocalDate last) {
        if (days.isEmpty()) {
            return;
        }
        LocalDate from = first.isBefore(days.firstKey()) ? days.firstKey() : first;
        LocalDate to = last.isAfter(days.lastKey()) ? days.lastKey() : last;
        if (to.isBefore(from)) {
            return;
        }
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate monthStart = month.atDay(1);
            LocalDate monthEnd = month.atEndOfMonth();
            if (!from.isAfter(monthStart) && !to.isBefore(monthEnd)) {
                Figures whole = months.get(month);
                if (whole != null) {
                    sum.add(whole);
                }
            } else {
                LocalDate start = from.isAfter(monthStart) ? from : monthStart;
                LocalDate end = to.isBefore(monthEnd) ? to : monthEnd;
                days.subMap(start, true, end, true).values().forEach(sum::add);
            }
        }
    }

    boolean isEmpty() {
        return days.isEmpty();
    }
}
