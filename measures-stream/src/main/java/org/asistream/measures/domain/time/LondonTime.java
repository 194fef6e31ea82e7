package org.asistream.measures.domain.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The calendar the measures are judged in: Europe/London dates, calendar months and working hours. */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final LocalTime IN_HOURS_START = LocalTime.of(8, 0);
    private static final LocalTime IN_HOURS_END = LocalTime.of(18, 0);

    private LondonTime() {
    }

    /** The Europe/London calendar date of an instant (the day it is attributed to). */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * The same local date and time six calendar months later, clamped to the end of a shorter month. As
     * {@link ZonedDateTime#plusMonths}: a time in the spring-forward gap moves forward by the gap's length, and in
     * the autumn overlap the offset of the start is kept where valid (always the earlier, BST, offset).
     */
    public static Instant sixCalendarMonthsAfter(Instant instant) {
        return instant.atZone(ZONE).plusMonths(6).toInstant();
    }

    /**
     * In hours: Monday to Friday, 08:00 inclusive to 18:00 exclusive, Europe/London local time, on a day that is
     * not a bank holiday. Everything else is out of hours.
     */
    public static boolean isInHours(Instant instant, BankHolidays bankHolidays) {
        ZonedDateTime local = instant.atZone(ZONE);
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(IN_HOURS_START)
                && time.isBefore(IN_HOURS_END)
                && !bankHolidays.contains(local.toLocalDate());
    }
}
