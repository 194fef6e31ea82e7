package org.asistream.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.query.view.FiguresSum;
import org.asistream.query.view.ViewStore;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final Organisation N1 = Organisation.network("N1");

    private final ViewStore store = new ViewStore(Clock.fixed(Instant.parse("2011-03-20T12:00:00Z"), ZoneOffset.UTC));
    private final Reports reports = new Reports(store, YearMonth.of(2011, 4));

    ReportsTest() {
        store.putReference("region:R1", new ReferenceEntry(new Region("R1", "North")));
        store.putReference("network:N1", new ReferenceEntry(new Network("N1", "One", "R1", List.of())));
        store.putReference("trust:T1", new ReferenceEntry(new Trust("T1", "Trust one", false,
                List.of(new Membership("N1", LocalDate.parse("2000-01-01"))))));
        store.putReference("trust:T2", new ReferenceEntry(new Trust("T2", "Trust two", false,
                List.of(new Membership("N1", LocalDate.parse("2000-01-01"))))));
        day("T1", "2011-03-01", 3);
        store.publish();
        store.markCaughtUp();
    }

    @Test
    void anAnswerIsReusedUntilAViewItRestsOnChanges() {
        MeasuresReport first = reports.measures(N1, "2011-03", false);
        assertThat(reports.measures(N1, "2011-03", false)).isSameAs(first);

        day("T2", "2011-03-02", 4);
        store.publish();
        MeasuresReport second = reports.measures(N1, "2011-03", false);

        assertThat(second).isNotSameAs(first);
        assertThat(second.measures().get(Measure.BRAIN_IMAGING_WITHIN_1_HOUR.ordinal()).met()).isEqualTo(7);
    }

    @Test
    void fromTheCacheOnlyAnAnswerToComputeIsNullAndNothingIsComputed() {
        assertThat(reports.fromCacheOnly(() -> reports.measures(N1, "2011-03", false))).isNull();
        assertThat(reports.fromCacheOnly(() -> reports.measures(N1, "2011-03", false))).isNull();

        MeasuresReport computed = reports.measures(N1, "2011-03", false);
        assertThat(reports.fromCacheOnly(() -> reports.measures(N1, "2011-03", false))).isSameAs(computed);

        day("T2", "2011-03-02", 4);
        store.publish();
        assertThat(reports.fromCacheOnly(() -> reports.measures(N1, "2011-03", false))).isNull();
        assertThat(reports.measures(N1, "2011-03", false)).isNotSameAs(computed);
    }

    @Test
    void theTotalsOnlyAnswerHasNoTrustLinesAndIsMadeOncePerAnswer() {
        MeasuresReport totals = reports.measures(N1, "2011-03", true);

        assertThat(totals.dataQuality().trusts()).isEmpty();
        assertThat(reports.measures(N1, "2011-03", false).dataQuality().trusts()).hasSize(2);
        assertThat(reports.measures(N1, "2011-03", true)).isSameAs(totals);
    }

    @Test
    void aClockTickRenewsTheAnswerSoItsAsOfAndRollingWindowsFollow() {
        LeagueTableReport before = reports.leagueTable(N1, "last-30-days", null);
        store.putPartitionClock("partition-0", Instant.parse("2011-04-02T00:00:00Z"));
        store.publish();
        LeagueTableReport after = reports.leagueTable(N1, "last-30-days", null);

        assertThat(after.asOf()).isEqualTo(Instant.parse("2011-04-02T00:00:00Z"));
        assertThat(after.period().firstDay()).isEqualTo(LocalDate.parse("2011-03-04"));
        assertThat(before.asOfSource()).isEqualTo("wall-clock");
        assertThat(after.asOfSource()).isEqualTo("platform-clock");
    }

    @Test
    void whenOnlyTheClockMovesTheSameFiguresAreRestampedNotSummedAgain() {
        store.putPartitionClock("partition-0", Instant.parse("2011-03-20T12:00:00Z"));
        store.publish();
        LeagueTableReport first = reports.leagueTable(N1, "2011-03", null);

        store.putPartitionClock("partition-0", Instant.parse("2011-03-20T12:00:01Z"));
        store.publish();
        assertThat(reports.fromCacheOnly(() -> reports.leagueTable(N1, "2011-03", null))).isNull();
        LeagueTableReport restamped = reports.leagueTable(N1, "2011-03", null);

        assertThat(restamped).isNotSameAs(first);
        assertThat(reports.restampedFrom(restamped)).isSameAs(first);
        assertThat(restamped.asOf()).isEqualTo(Instant.parse("2011-03-20T12:00:01Z"));
        assertThat(restamped.rows()).isSameAs(first.rows());
        assertThat(reports.leagueTable(N1, "2011-03", null)).isSameAs(restamped);

        // A view change with the tick: summed again, not restamped.
        day("T2", "2011-03-02", 4);
        store.putPartitionClock("partition-0", Instant.parse("2011-03-20T12:00:02Z"));
        store.publish();
        LeagueTableReport summed = reports.leagueTable(N1, "2011-03", null);
        assertThat(reports.restampedFrom(summed)).isNull();
        assertThat(summed.rows()).isNotEqualTo(restamped.rows());
    }

    @Test
    void aClockTickIntoTheNextLondonDayMovesRollingWindowsEvenWithoutAViewChange() {
        store.putPartitionClock("partition-0", Instant.parse("2011-03-31T22:59:59Z"));
        store.publish();
        MeasuresReport lastOfMarch = reports.measures(N1, "last-30-days", false);

        // 23:00 UTC on 31 March 2011 is midnight in London (BST began on 27 March).
        store.putPartitionClock("partition-0", Instant.parse("2011-03-31T23:00:00Z"));
        store.publish();
        assertThat(reports.fromCacheOnly(() -> reports.measures(N1, "last-30-days", false))).isNull();
        MeasuresReport firstOfApril = reports.measures(N1, "last-30-days", false);

        assertThat(lastOfMarch.period().lastDay()).isEqualTo(LocalDate.parse("2011-03-31"));
        assertThat(firstOfApril.period().lastDay()).isEqualTo(LocalDate.parse("2011-04-01"));
    }

    @Test
    void badPeriodsAndTrajectoryMonthsAreInvalidQueries() {
        assertThatThrownBy(() -> reports.measures(N1, "Q1", false)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> reports.trajectory(N1, Measure.AF_ANTICOAGULATION, YearMonth.of(2011, 3),
                YearMonth.of(2010, 4), null, null, false)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("before from");
        assertThatThrownBy(() -> reports.trajectory(N1, Measure.AF_ANTICOAGULATION, YearMonth.of(2000, 1),
                YearMonth.of(2011, 1), null, null, false)).hasMessageContaining("at most 120 months");
    }

    private void day(String trust, String date, long met) {
        store.putTrustDay(trust, LocalDate.parse(date), new FiguresSum()
                .addCounts(Measure.BRAIN_IMAGING_WITHIN_1_HOUR, new MeasureCounts(met, 0, 0, 0)).toFigures());
    }
}
