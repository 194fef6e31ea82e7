package org.asistream.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.junit.jupiter.api.Test;

class OrganisationHierarchyTest {

    private static final LocalDate MOVE = LocalDate.of(2011, 1, 1);

    private final OrganisationHierarchy hierarchy = OrganisationHierarchy.of(new ReferenceData(
            List.of(new Region("R1", "North"), new Region("R2", "South")),
            List.of(new Network("N1", "Coast", "R1", List.of()), new Network("N2", "Fells", "R1", List.of()),
                    new Network("N3", "Downs", "R2", List.of())),
            List.of(trust("T01", new Membership("N1", LocalDate.of(2010, 4, 1))),
                    trust("T02", new Membership("N1", LocalDate.of(2010, 4, 1)), new Membership("N3", MOVE)),
                    trust("T03", new Membership("N2", LocalDate.of(2010, 4, 1))))));

    @Test
    void aTrustBelongsToTheNetworkOfItsLatestMembershipStartedByThatDate() {
        assertThat(hierarchy.networkOf("T02", MOVE.minusDays(1))).contains("N1");
        assertThat(hierarchy.networkOf("T02", MOVE)).contains("N3");
        assertThat(hierarchy.networkOf("T02", LocalDate.of(2030, 1, 1))).contains("N3");
    }

    @Test
    void aTrustBelongsToNoNetworkBeforeItsFirstMembership() {
        assertThat(hierarchy.networkOf("T01", LocalDate.of(2010, 3, 31))).isEmpty();
    }

    @Test
    void anUnknownTrustBelongsToNoNetwork() {
        assertThat(hierarchy.networkOf("T99", MOVE)).isEmpty();
    }

    @Test
    void aNetworkBelongsToItsRegion() {
        assertThat(hierarchy.regionOfNetwork("N3")).contains("R2");
        assertThat(hierarchy.regionOfNetwork("N9")).isEmpty();
    }

    @Test
    void aNetworkThatMovedRegionTakesItsTrustsToTheNewRegionFromTheDayAfterItsLastInTheOld() {
        LocalDate lastInR1 = LocalDate.of(2010, 9, 30);
        OrganisationHierarchy moved = OrganisationHierarchy.of(new ReferenceData(
                List.of(new Region("R1", "North"), new Region("R2", "South")),
                List.of(new Network("N1", "Coast", "R2", List.of(new PreviousRegion("R1", lastInR1)))),
                List.of(trust("T01", new Membership("N1", LocalDate.of(2010, 4, 1))))));

        assertThat(moved.regionOf("T01", lastInR1)).contains("R1");
        assertThat(moved.regionOf("T01", lastInR1.plusDays(1))).contains("R2");
        assertThat(moved.regionOfNetwork("N1", LocalDate.of(2000, 1, 1))).contains("R1");
        assertThat(moved.regionOfNetwork("N1")).contains("R2");
        assertThat(moved.trustsOfRegion("R1", lastInR1)).containsExactly("T01");
        assertThat(moved.trustsOfRegion("R1", lastInR1.plusDays(1))).isEmpty();
    }

    @Test
    void aTrustThatMovesNetworkCanMoveRegion() {
        assertThat(hierarchy.regionOf("T02", MOVE.minusDays(1))).contains("R1");
        assertThat(hierarchy.regionOf("T02", MOVE)).contains("R2");
    }

    @Test
    void theTrustsOfANetworkFollowTheMembershipsOnTheDate() {
        assertThat(hierarchy.trustsOf("N1", MOVE.minusDays(1))).containsExactly("T01", "T02");
        assertThat(hierarchy.trustsOf("N1", MOVE)).containsExactly("T01");
        assertThat(hierarchy.trustsOf("N3", MOVE)).containsExactly("T02");
    }

    @Test
    void theNetworksAndTrustsOfARegion() {
        assertThat(hierarchy.networksOf("R1")).containsExactly("N1", "N2");
        assertThat(hierarchy.trustsOfRegion("R1", MOVE.minusDays(1))).containsExactly("T01", "T02", "T03");
        assertThat(hierarchy.trustsOfRegion("R1", MOVE)).containsExactly("T01", "T03");
    }

    @Test
    void looksUpOrganisationsByCode() {
        assertThat(hierarchy.trust("T03")).map(Trust::getEsdTeam).contains(true);
        assertThat(hierarchy.network("N2")).map(Network::getName).contains("Fells");
        assertThat(hierarchy.region("R2")).map(Region::getName).contains("South");
        assertThat(hierarchy.trusts()).hasSize(3);
    }

    @Test
    void theSyntheticRegistryReorganisesOnTheFirstOfJanuary2011() {
        OrganisationHierarchy synthetic = OrganisationHierarchy.of(ReferenceDataFile.syntheticRegistry());

        assertThat(synthetic.networkOf("T017", MOVE.minusDays(1))).contains("N03");
        assertThat(synthetic.networkOf("T017", MOVE)).contains("N02");
        assertThat(synthetic.regionOf("T088", MOVE.minusDays(1))).isNotEqualTo(synthetic.regionOf("T088", MOVE));
        assertThat(synthetic.regions()).allSatisfy(region ->
                assertThat(synthetic.networksOf(region.getCode())).isNotEmpty());
        assertThat(synthetic.networks()).allSatisfy(network ->
                assertThat(synthetic.trustsOf(network.getCode(), MOVE)).isNotEmpty());
    }

    private static Trust trust(String code, Membership... memberships) {
        return new Trust(code, code + " Hospitals NHS Trust", code.equals("T03"), List.of(memberships));
    }
}
