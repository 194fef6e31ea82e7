package org.asistream.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class OrganisationIndexTest {

    private static final LocalDate MOVE = LocalDate.parse("2011-01-01");

    private final OrganisationIndex index = OrganisationIndex.of(OrganisationHierarchy.of(new ReferenceData(
            List.of(new Region("R1", "North"), new Region("R2", "South")),
            List.of(new Network("N1", "One", "R1", List.of()), new Network("N2", "Two", "R1", List.of()),
                    new Network("N3", "Three", "R2", List.of())),
            List.of(new Trust("T1", "Mover", true, List.of(new Membership("N1", LocalDate.parse("2000-01-01")),
                            new Membership("N2", MOVE), new Membership("N3", LocalDate.parse("2012-01-01")))),
                    new Trust("T2", "Stayer", false, List.of(new Membership("N1", LocalDate.parse("2005-06-01")))),
                    new Trust("T3", "Orphan", false, List.of(new Membership("N9", LocalDate.parse("2000-01-01"))))))));

    @Test
    void aTrustCountsUnderEachNetworkForTheDatesOfItsMembership() {
        assertThat(index.spansOf("T1", Organisation.network("N1")))
                .containsExactly(new DateSpan(LocalDate.parse("2000-01-01"), MOVE.minusDays(1)));
        assertThat(index.spansOf("T1", Organisation.network("N2")))
                .containsExactly(new DateSpan(MOVE, LocalDate.parse("2011-12-31")));
        assertThat(index.spansOf("T2", Organisation.network("N1")))
                .containsExactly(new DateSpan(LocalDate.parse("2005-06-01"), LocalDate.MAX));
    }

    @Test
    void aMoveBetweenTwoNetworksOfARegionIsOneSpanInTheRegion() {
        assertThat(index.spansOf("T1", Organisation.region("R1")))
                .containsExactly(new DateSpan(LocalDate.parse("2000-01-01"), LocalDate.parse("2011-12-31")));
        assertThat(index.spansOf("T1", Organisation.region("R2")))
                .containsExactly(new DateSpan(LocalDate.parse("2012-01-01"), LocalDate.MAX));
    }

    @Test
    void aNetworkThatMovedRegionCountsInTheOldRegionUntilTheMoveAndInTheNewOneAfter() {
        LocalDate lastDayInR1 = LocalDate.parse("2010-09-30");
        OrganisationIndex moved = OrganisationIndex.of(OrganisationHierarchy.of(new ReferenceData(
                List.of(new Region("R1", "North"), new Region("R2", "South")),
                List.of(new Network("N4", "Four", "R2", List.of(new PreviousRegion("R1", lastDayInR1)))),
                List.of(new Trust("T4", "Member", false,
                        List.of(new Membership("N4", LocalDate.parse("2010-04-01"))))))));

        assertThat(moved.spansOf("T4", Organisation.region("R1")))
                .containsExactly(new DateSpan(LocalDate.parse("2010-04-01"), lastDayInR1));
        assertThat(moved.spansOf("T4", Organisation.region("R2")))
                .containsExactly(new DateSpan(lastDayInR1.plusDays(1), LocalDate.MAX));
        assertThat(moved.spansOf("T4", Organisation.NATION))
                .containsExactly(new DateSpan(LocalDate.parse("2010-04-01"), LocalDate.MAX));
        assertThat(moved.spansOf("T4", Organisation.network("N4")))
                .containsExactly(new DateSpan(LocalDate.parse("2010-04-01"), LocalDate.MAX));
        // Who may see what follows the present hierarchy: the network is R2's now.
        assertThat(moved.regionOfNetwork("N4")).contains("R2");
    }

    @Test
    void theNationIsEveryRegionAndATrustIsAlwaysItself() {
        assertThat(index.spansOf("T1", Organisation.NATION))
                .containsExactly(new DateSpan(LocalDate.parse("2000-01-01"), LocalDate.MAX));
        assertThat(index.spansOf("T2", Organisation.trust("T2"))).containsExactly(DateSpan.ALWAYS);
        assertThat(index.trustsOf(Organisation.NATION)).containsExactly("T1", "T2");
    }

    @Test
    void aMembershipOfAnUnknownNetworkCountsNowhereAbove() {
        assertThat(index.exists(Organisation.trust("T3"))).isTrue();
        assertThat(index.everBelonged("T3", Organisation.NATION)).isFalse();
        assertThat(index.exists(Organisation.network("N9"))).isFalse();
    }

    @Test
    void everBelongedAndBelongedDuringFollowTheSpans() {
        assertThat(index.everBelonged("T1", Organisation.network("N1"))).isTrue();
        assertThat(index.belongedDuring("T1", Organisation.network("N1"), MOVE, LocalDate.parse("2011-03-31")))
                .isFalse();
        assertThat(index.belongedDuring("T1", Organisation.network("N1"), MOVE.minusDays(1), MOVE)).isTrue();
        assertThat(index.trustsOf(Organisation.region("R1"))).containsExactly("T1", "T2");
    }

    @Test
    void namesComeFromTheRegistryAndTheNationIsEngland() {
        assertThat(index.nameOf(Organisation.network("N2"))).isEqualTo("Two");
        assertThat(index.nameOf(Organisation.NATION)).isEqualTo("England");
        assertThat(index.esdTeam("T1")).isTrue();
    }
}
