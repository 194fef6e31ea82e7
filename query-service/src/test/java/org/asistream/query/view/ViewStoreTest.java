package org.asistream.query.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.OrganisationIndex;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.junit.jupiter.api.Test;

class ViewStoreTest {

    private static final Measure M = Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
    private static final Instant NOW = Instant.parse("2011-06-01T09:30:15.250Z");

    private final ViewStore store = new ViewStore(Clock.fixed(NOW, ZoneOffset.UTC));

    ViewStoreTest() {
        store.markCaughtUp();
    }

    @Test
    void aNetworksFiguresCountEachTrustOnTheDatesItBelonged() {
        reference(List.of(new Membership("N1", LocalDate.parse("2000-01-01")),
                new Membership("N2", LocalDate.parse("2011-01-01"))));
        day("T1", "2010-12-31", 5);
        day("T1", "2011-01-01", 7);
        store.publish();

        assertThat(met(Organisation.network("N1"), "2010-01-01", "2011-12-31")).isEqualTo(5);
        assertThat(met(Organisation.network("N2"), "2010-01-01", "2011-12-31")).isEqualTo(7);
        assertThat(met(Organisation.region("R"), "2010-01-01", "2011-12-31")).isEqualTo(12);
        assertThat(met(Organisation.trust("T1"), "2010-01-01", "2011-12-31")).isEqualTo(12);
    }

    @Test
    void reloadingAMembershipReattributesPastDays() {
        reference(List.of(new Membership("N1", LocalDate.parse("2000-01-01")),
                new Membership("N2", LocalDate.parse("2011-01-01"))));
        day("T1", "2011-01-15", 7);
        store.publish();
        reference(List.of(new Membership("N1", LocalDate.parse("2000-01-01")),
                new Membership("N2", LocalDate.parse("2011-02-01"))));
        store.publish();

        assertThat(met(Organisation.network("N1"), "2011-01-01", "2011-01-31")).isEqualTo(7);
        assertThat(met(Organisation.network("N2"), "2011-01-01", "2011-01-31")).isZero();
    }

    @Test
    void aTombstoneRemovesADay() {
        reference(List.of(new Membership("N1", LocalDate.parse("2000-01-01"))));
        day("T1", "2011-01-15", 7);
        store.publish();
        store.putTrustDay("T1", LocalDate.parse("2011-01-15"), null);
        store.publish();

        assertThat(met(Organisation.network("N1"), "2011-01-01", "2011-01-31")).isZero();
    }

    @Test
    void asOfIsTheEarliestPartitionClockOrElseTheWallClockToTheSecond() {
        assertThat(store.asOf()).isEqualTo(new AsOf(Instant.parse("2011-06-01T09:30:15Z"), false));
        store.putPartitionClock("partition-0", Instant.parse("2011-03-20T12:00:00Z"));
        store.putPartitionClock("partition-1", Instant.parse("2011-03-19T08:00:00Z"));
        store.publish();

        assertThat(store.asOf()).isEqualTo(new AsOf(Instant.parse("2011-03-19T08:00:00Z"), true));
        assertThat(store.asOf().source()).isEqualTo("platform-clock");
    }

    @Test
    void aChangeRaisesTheVersionOfEveryOrganisationTheTrustBelongedToAndIsAnnounced() {
        reference(List.of(new Membership("N1", LocalDate.parse("2000-01-01"))));
        store.publish();
        List<ViewChange> changes = new ArrayList<>();
        store.onChange(changes::add);
        OrganisationIndex index = store.organisations();
        long before = store.versionOf(Organisation.network("N1"), index);

        day("T1", "2011-01-15", 7);
        store.publish();
        store.publish();

        assertThat(store.versionOf(Organisation.network("N1"), index)).isGreaterThan(before);
        assertThat(store.versionOf(Organisation.network("N9"), index)).isZero();
        assertThat(changes).containsExactly(new ViewChange(Set.of("T1"), false, false));
    }

    @Test
    void whileLoadingTheMonthSumsWaitUntilTheViewsHaveCaughtUp() {
        ViewStore loading = new ViewStore(Clock.fixed(NOW, ZoneOffset.UTC));
        loading.putReference("region:R", new ReferenceEntry(new Region("R", "Region")));
        loading.putReference("network:N1", new ReferenceEntry(new Network("N1", "One", "R", List.of())));
        loading.putReference("trust:T1", new ReferenceEntry(new Trust("T1", "Trust one", false,
                List.of(new Membership("N1", LocalDate.parse("2000-01-01"))))));
        loading.putTrustDay("T1", LocalDate.parse("2011-01-15"),
                new FiguresSum().addCounts(M, new MeasureCounts(7, 0, 0, 0)).toFigures());
        loading.publish();
        assertThat(loading.caughtUp()).isFalse();

        loading.markCaughtUp();

        assertThat(loading.caughtUp()).isTrue();
        FiguresSum january = new FiguresSum();
        loading.addTrustFigures(january, "T1", Organisation.network("N1"), LocalDate.parse("2011-01-01"),
                LocalDate.parse("2011-01-31"), loading.organisations());
        assertThat(january.toFigures().counts(M).met()).isEqualTo(7);
    }

    private void reference(List<Membership> memberships) {
        store.putReference("region:R", new ReferenceEntry(new Region("R", "Region")));
        store.putReference("network:N1", new ReferenceEntry(new Network("N1", "One", "R", List.of())));
        store.putReference("network:N2", new ReferenceEntry(new Network("N2", "Two", "R", List.of())));
        store.putReference("trust:T1", new ReferenceEntry(new Trust("T1", "Trust one", false, memberships)));
    }

    private void day(String trust, String date, long met) {
        store.putTrustDay(trust, LocalDate.parse(date),
                new FiguresSum().addCounts(M, new MeasureCounts(met, 0, 0, 0)).toFigures());
    }

    private long met(Organisation org, String first, String last) {
        OrganisationIndex index = store.organisations();
        FiguresSum sum = new FiguresSum();
        for (String trust : index.trustsOf(org)) {
            store.addTrustFigures(sum, trust, org, LocalDate.parse(first), LocalDate.parse(last), index);
        }
        return sum.toFigures().counts(M).met();
    }
}
