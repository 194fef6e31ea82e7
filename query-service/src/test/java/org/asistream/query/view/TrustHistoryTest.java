package org.asistream.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.junit.jupiter.api.Test;

class TrustHistoryTest {

    private static final Measure M = Measure.AF_ANTICOAGULATION;

    @Test
    void aRangeAddsWholeMonthsFromTheirSumsAndTheRestDayByDay() {
        TrustHistory history = new TrustHistory();
        put(history, "2011-01-31", 1);
        put(history, "2011-02-01", 10);
        put(history, "2011-02-28", 100);
        put(history, "2011-03-15", 1000);
        put(history, "2011-03-16", 10000);
        refresh(history, "2011-01", "2011-02", "2011-03");

        assertThat(met(history, "2011-01-31", "2011-03-15")).isEqualTo(1111);
        assertThat(met(history, "2011-02-01", "2011-02-28")).isEqualTo(110);
        assertThat(met(history, "2000-01-01", "2099-12-31")).isEqualTo(11111);
        assertThat(met(history, "2011-03-16", "2011-03-16")).isEqualTo(10000);
        assertThat(met(history, "2012-01-01", "2012-12-31")).isZero();
        assertThat(met(history, "2010-01-01", "2010-12-31")).isZero();
        assertThat(met(history, "2011-03-17", "2011-04-15")).isZero();
    }

    @Test
    void aRemovedDayLeavesItsMonthOnceRefreshed() {
        TrustHistory history = new TrustHistory();
        put(history, "2011-02-01", 10);
        put(history, "2011-02-02", 20);
        refresh(history, "2011-02");
        history.putDay(LocalDate.parse("2011-02-01"), null);
        refresh(history, "2011-02");

        assertThat(met(history, "2011-02-01", "2011-02-28")).isEqualTo(20);
    }

    private static void put(TrustHistory history, String day, long met) {
        history.putDay(LocalDate.parse(day), new FiguresSum().addCounts(M, new MeasureCounts(met, 0, 0, 0)).toFigures());
    }

    private static void refresh(TrustHistory history, String... months) {
        for (String month : months) {
            history.refreshMonth(YearMonth.parse(month));
        }
    }

    private static long met(TrustHistory history, String first, String last) {
        FiguresSum sum = new FiguresSum();
        history.addTo(sum, LocalDate.parse(first), LocalDate.parse(last));
        return sum.toFigures().counts(M).met();
    }
}
