package org.asistream.measures.oracle;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.asistream.measures.domain.time.BankHolidays;

/** The spec's calendar rules, written directly from asi-measures.md with java.time. */
final class London {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {
    }

    /** The Europe/London date of an instant (the attribution day). */
    static LocalDate day(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** "Six calendar months after": ZonedDateTime.plusMonths(6) in Europe/London (the spec names this method). */
    static Instant sixCalendarMonthsAfter(Instant instant) {
        return instant.atZone(ZONE).plusMonths(6).toInstant();
    }

    /** In hours: Monday to Friday, 08:00 inclusive to 18:00 exclusive local time, not a bank holiday. */
    static boolean inHours(Instant instant, BankHolidays holidays) {
        ZonedDateTime local = instant.atZone(ZONE);
        DayOfWeek dow = local.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(18, 0));
    }

    /** Whole minutes from {@code from} to {@code to}, rounded down; a fact before its starting point is 0. */
    static int wholeMinutes(Instant from, Instant to) {
        long millis = Duration.between(from, to).toMillis();
        if (millis <= 0) {
            return 0;
        }
        return Math.toIntExact(millis / 60_000L);
    }
}
