package org.asistream.platform.feed;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Europe/London local time, in which hospitals work and the measures count days (asi-measures.md). */
final class London {

    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static final LocalTime IN_HOURS_FROM = LocalTime.of(8, 0);
    private static final LocalTime IN_HOURS_UNTIL = LocalTime.of(18, 0);

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    static Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, ZONE).toInstant();
    }

    static LocalDate dateOf(Instant time) {
        return time.atZone(ZONE).toLocalDate();
    }

    static int offsetSecondsAt(Instant time) {
        return ZONE.getRules().getOffset(time).getTotalSeconds();
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Monday to Friday, 08:00 to 18:00, as the measures' in-hours split (bank holidays are not modelled). */
    static boolean inHours(Instant time) {
        ZonedDateTime local = time.atZone(ZONE);
        LocalTime clock = local.toLocalTime();
        return !isWeekend(local.toLocalDate()) && !clock.isBefore(IN_HOURS_FROM) && clock.isBefore(IN_HOURS_UNTIL);
    }

    /**
     * The time itself when it falls between {@code from} and {@code until} on a day that is allowed, otherwise a
     * random time in those hours on the next allowed day: when planned work (a discharge, a clinic) really happens.
     */
    static Instant nextDaytime(Instant time, LocalTime from, LocalTime until, boolean weekdaysOnly, Chance chance) {
        ZonedDateTime local = time.atZone(ZONE);
        LocalDate date = local.toLocalDate();
        LocalTime clock = local.toLocalTime();
        boolean allowedDay = !weekdaysOnly || !isWeekend(date);
        if (allowedDay && !clock.isBefore(from) && clock.isBefore(until)) {
            return time;
        }
        if (!clock.isBefore(from) || !allowedDay) {
            date = date.plusDays(1);
        }
        while (weekdaysOnly && isWeekend(date)) {
            date = date.plusDays(1);
        }
        int seconds = (int) chance.uniform(from.toSecondOfDay(), until.toSecondOfDay());
        return at(date, LocalTime.ofSecondOfDay(seconds));
    }

    private London() {
    }
}
