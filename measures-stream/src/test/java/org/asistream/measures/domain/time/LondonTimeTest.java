package org.asistream.measures.domain.time;

import static org.asistream.measures.domain.Pathway.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LondonTimeTest {

    private static final BankHolidays ROYAL_WEDDING = BankHolidays.of(LocalDate.of(2011, 4, 29));

    @Test
    void aLateEveningInBstBelongsToTheNextLondonDayAndMonth() {
        assertThat(LondonTime.dateOf(t("2011-03-31T23:30Z"))).isEqualTo(LocalDate.of(2011, 4, 1));
    }

    @Test
    void aLateEveningInGmtStaysOnItsUtcDay() {
        assertThat(LondonTime.dateOf(t("2011-01-31T23:30Z"))).isEqualTo(LocalDate.of(2011, 1, 31));
        assertThat(LondonTime.dateOf(t("2011-10-31T23:30Z"))).isEqualTo(LocalDate.of(2011, 10, 31));
    }

    @Test
    void theLastEveningOfBstBeforeTheClocksGoBackIsStillTheNextDay() {
        assertThat(LondonTime.dateOf(t("2011-03-26T23:30Z"))).isEqualTo(LocalDate.of(2011, 3, 26));
        assertThat(LondonTime.dateOf(t("2011-10-29T23:30Z"))).isEqualTo(LocalDate.of(2011, 10, 30));
    }

    @Test
    void sixCalendarMonthsFrom31AugustIsTheEndOfFebruary() {
        assertThat(LondonTime.sixCalendarMonthsAfter(t("2011-08-31T10:00+01:00"))).isEqualTo(t("2012-02-29T10:00Z"));
        assertThat(LondonTime.sixCalendarMonthsAfter(t("2010-08-31T10:00+01:00"))).isEqualTo(t("2011-02-28T10:00Z"));
    }

    @Test
    void sixCalendarMonthsKeepTheLocalTimeAcrossAClockChange() {
        assertThat(LondonTime.sixCalendarMonthsAfter(t("2011-01-15T09:00Z"))).isEqualTo(t("2011-07-15T09:00+01:00"));
    }

    @Test
    void aLocalTimeInTheSpringForwardGapMovesForwardByTheGap() {
        // 01:30 on 27 March 2011 does not exist in London: it becomes 02:30 BST.
        assertThat(LondonTime.sixCalendarMonthsAfter(t("2010-09-27T01:30+01:00")))
                .isEqualTo(t("2011-03-27T02:30+01:00"));
    }

    @Test
    void aLocalTimeInTheAutumnOverlapKeepsTheEarlierOffset() {
        // 01:30 on 30 October 2011 happens twice in London: the BST one is kept.
        assertThat(LondonTime.sixCalendarMonthsAfter(t("2011-04-30T01:30+01:00")))
                .isEqualTo(t("2011-10-30T01:30+01:00"));
    }

    @Test
    void inHoursIsWeekdaysFromEightUntilSixLondonTime() {
        assertThat(LondonTime.isInHours(t("2011-03-01T08:00Z"), BankHolidays.NONE)).isTrue();
        assertThat(LondonTime.isInHours(t("2011-03-01T17:59:59Z"), BankHolidays.NONE)).isTrue();
        assertThat(LondonTime.isInHours(t("2011-03-01T07:59:59Z"), BankHolidays.NONE)).isFalse();
        assertThat(LondonTime.isInHours(t("2011-03-01T18:00Z"), BankHolidays.NONE)).isFalse();
    }

    @Test
    void inHoursFollowsLondonTimeInSummer() {
        assertThat(LondonTime.isInHours(t("2011-07-05T07:30Z"), BankHolidays.NONE)).as("08:30 BST").isTrue();
        assertThat(LondonTime.isInHours(t("2011-07-05T17:30Z"), BankHolidays.NONE)).as("18:30 BST").isFalse();
    }

    @Test
    void weekendsAreOutOfHours() {
        assertThat(LondonTime.isInHours(t("2011-03-05T12:00Z"), BankHolidays.NONE)).as("Saturday").isFalse();
        assertThat(LondonTime.isInHours(t("2011-03-06T12:00Z"), BankHolidays.NONE)).as("Sunday").isFalse();
    }

    @Test
    void aConfiguredBankHolidayIsOutOfHoursAllDay() {
        assertThat(LondonTime.isInHours(t("2011-04-29T11:00+01:00"), BankHolidays.NONE)).isTrue();
        assertThat(LondonTime.isInHours(t("2011-04-29T11:00+01:00"), ROYAL_WEDDING)).isFalse();
        assertThat(LondonTime.isInHours(t("2011-04-28T11:00+01:00"), ROYAL_WEDDING)).isTrue();
    }
}
