package org.asistream.query.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private static final LocalDate AS_OF = LocalDate.of(2011, 3, 15);

    @Test
    void aMonthIsItsCalendarMonth() {
        Period march = Period.parse("2011-03", AS_OF);

        assertThat(march.label()).isEqualTo("2011-03");
        assertThat(march.firstDay()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(march.lastDay()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(march.months()).containsExactly(YearMonth.of(2011, 3));
        assertThat(march.coversWholeMonths()).isTrue();
    }

    @Test
    void februaryEndsOnTheTwentyNinthInALeapYearOnly() {
        assertThat(Period.parse("2012-02", AS_OF).lastDay()).isEqualTo(LocalDate.of(2012, 2, 29));
        assertThat(Period.parse("2011-02", AS_OF).lastDay()).isEqualTo(LocalDate.of(2011, 2, 28));
    }

    @Test
    void theFirstQuarterIsJanuaryToMarch() {
        Period quarter = Period.parse("2011-Q1", AS_OF);

        assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(quarter.months()).containsExactly(YearMonth.of(2011, 1), YearMonth.of(2011, 2),
                YearMonth.of(2011, 3));
    }

    @Test
    void theFourthQuarterIsOctoberToDecember() {
        Period quarter = Period.parse("2010-Q4", AS_OF);

        assertThat(quarter.firstDay()).isEqualTo(LocalDate.of(2010, 10, 1));
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2010, 12, 31));
    }

    @Test
    void aFinancialYearRunsFromAprilToTheNextMarch() {
        Period year = Period.parse("FY2010", AS_OF);

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2010, 4)).endsWith(YearMonth.of(2011, 3));
        assertThat(year.coversWholeMonths()).isTrue();
    }

    @Test
    void theLastDayOfMarchAndTheFirstOfAprilFallInDifferentFinancialYears() {
        assertThat(Period.parse("FY2010", AS_OF).contains(LocalDate.of(2011, 3, 31))).isTrue();
        assertThat(Period.parse("FY2010", AS_OF).contains(LocalDate.of(2011, 4, 1))).isFalse();
        assertThat(Period.parse("FY2011", AS_OF).contains(LocalDate.of(2011, 4, 1))).isTrue();
        assertThat(Period.parse("FY2010", AS_OF).contains(LocalDate.of(2010, 3, 31))).isFalse();
    }

    @Test
    void aFinancialYearSpanningALeapFebruaryIncludesItsTwentyNinth() {
        assertThat(Period.parse("FY2011", AS_OF).contains(LocalDate.of(2012, 2, 29))).isTrue();
    }

    @Test
    void aFinancialYearIsTheSumOfItsFourQuarters() {
        List<YearMonth> quarters = new ArrayList<>();
        for (String quarter : List.of("2010-Q2", "2010-Q3", "2010-Q4", "2011-Q1")) {
            quarters.addAll(Period.parse(quarter, AS_OF).months());
        }

        assertThat(Period.parse("FY2010", AS_OF).months()).isEqualTo(quarters);
    }

    @Test
    void theLastThirtyDaysEndWithTheAsOfDateAndMayCrossAMonthEnd() {
        Period window = Period.parse("last-30-days", LocalDate.of(2011, 3, 5));

        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2011, 2, 4));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2011, 3, 5));
        assertThat(window.months()).containsExactly(YearMonth.of(2011, 2), YearMonth.of(2011, 3));
        assertThat(window.coversWholeMonths()).isFalse();
    }

    @Test
    void theLastThirtyDaysCountALeapDay() {
        Period window = Period.parse("last-30-days", LocalDate.of(2012, 3, 1));

        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2012, 2, 1));
    }

    @Test
    void theLastThirtyDaysOfAThirtyDayMonthAreThatWholeMonth() {
        Period window = Period.parse("last-30-days", LocalDate.of(2011, 4, 30));

        assertThat(window.months()).containsExactly(YearMonth.of(2011, 4));
        assertThat(window.coversWholeMonths()).isTrue();
    }

    @Test
    void theLastTwelveMonthsEndWithTheAsOfMonthAndAreWhole() {
        Period window = Period.parse("last-12-months", AS_OF);

        assertThat(window.firstDay()).isEqualTo(LocalDate.of(2010, 4, 1));
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2011, 3, 31));
        assertThat(window.months()).hasSize(12);
        assertThat(window.coversWholeMonths()).isTrue();
    }

    @Test
    void anAsOfInstantIsTakenAsItsLondonDateInSummerTime() {
        // 23:30 UTC on 31 March 2011 is 00:30 British Summer Time on 1 April.
        Period window = Period.parse("last-30-days", Instant.parse("2011-03-31T23:30:00Z"));

        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2011, 4, 1));
    }

    @Test
    void anAsOfInstantIsTakenAsItsLondonDateInWinter() {
        Period window = Period.parse("last-12-months", Instant.parse("2011-01-31T23:30:00Z"));

        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2011, 1, 31));
    }

    @Test
    void fixedPeriodsDoNotDependOnAsOf() {
        assertThat(Period.parse("2011-Q1", LocalDate.of(2020, 1, 1)))
                .isEqualTo(Period.parse("2011-Q1", LocalDate.of(2009, 6, 1)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2011-13", "2011-00", "2011-3", "11-03", "2011-Q0", "2011-Q5", "2011Q1", "FY10",
            "fy2010", "FY2010-11", "last-31-days", "last-30-day", "last-12-months ", "LAST-30-DAYS"})
    void anythingElseIsRejectedWithTheAcceptedForms(String text) {
        assertThatThrownBy(() -> Period.parse(text, AS_OF))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2011-03")
                .hasMessageContaining("2011-Q1")
                .hasMessageContaining("FY2010")
                .hasMessageContaining("last-30-days")
                .hasMessageContaining("last-12-months");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Period("backwards", LocalDate.of(2011, 3, 2), LocalDate.of(2011, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
