package org.asistream.measures.domain.time;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/** England's bank holidays, as configured: days that are out of hours all day. */
public final class BankHolidays {

    public static final BankHolidays NONE = new BankHolidays(Set.of());

    private final Set<LocalDate> days;

    private BankHolidays(Set<LocalDate> days) {
        this.days = days;
    }

    public static BankHolidays of(Collection<LocalDate> days) {
        return new BankHolidays(Set.copyOf(days));
    }

    public static BankHolidays of(LocalDate... days) {
        return of(Arrays.asList(days));
    }

    public boolean contains(LocalDate day) {
        return days.contains(day);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankHolidays holidays && days.equals(holidays.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "BankHolidays" + days;
    }
}
