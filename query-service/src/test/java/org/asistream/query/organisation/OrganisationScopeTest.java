package org.asistream.query.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class OrganisationScopeTest {

    private final OrganisationIndex index = OrganisationIndex.of(OrganisationHierarchy.of(new ReferenceData(
            List.of(new Region("R1", "North"), new Region("R2", "South")),
            List.of(new Network("N1", "One", "R1", List.of()), new Network("N2", "Two", "R1", List.of()),
                    new Network("N3", "Three", "R2", List.of())),
            List.of(new Trust("T1", "Mover", false, List.of(new Membership("N1", LocalDate.parse("2000-01-01")),
                            new Membership("N3", LocalDate.parse("2011-01-01")))),
                    new Trust("T2", "Stayer", false, List.of(new Membership("N2", LocalDate.parse("2000-01-01"))))))));

    @Test
    void aNationalTokenSeesEverything() {
        Principal national = new Principal(Role.NATIONAL, null);
        assertThat(sight(national, Organisation.NATION)).isEqualTo(Sight.ALL);
        assertThat(sight(national, Organisation.trust("T2"))).isEqualTo(Sight.ALL);
    }

    @Test
    void aRegionSeesItsNetworksAndEveryTrustEverInThemAndTheNationsTotals() {
        Principal region = new Principal(Role.REGION, "R1");
        assertThat(sight(region, Organisation.region("R1"))).isEqualTo(Sight.ALL);
        assertThat(sight(region, Organisation.network("N2"))).isEqualTo(Sight.ALL);
        assertThat(sight(region, Organisation.trust("T1"))).isEqualTo(Sight.ALL);
        assertThat(sight(region, Organisation.NATION)).isEqualTo(Sight.TOTALS);
        assertThat(sight(region, Organisation.network("N3"))).isEqualTo(Sight.NONE);
        assertThat(sight(region, Organisation.region("R2"))).isEqualTo(Sight.NONE);
    }

    @Test
    void aNetworkSeesItsTrustsAndOnlyTheTotalsAboveIt() {
        Principal network = new Principal(Role.NETWORK, "N1");
        assertThat(sight(network, Organisation.network("N1"))).isEqualTo(Sight.ALL);
        assertThat(sight(network, Organisation.trust("T1"))).isEqualTo(Sight.ALL);
        assertThat(sight(network, Organisation.trust("T2"))).isEqualTo(Sight.NONE);
        assertThat(sight(network, Organisation.region("R1"))).isEqualTo(Sight.TOTALS);
        assertThat(sight(network, Organisation.region("R2"))).isEqualTo(Sight.NONE);
        assertThat(sight(network, Organisation.NATION)).isEqualTo(Sight.TOTALS);
        assertThat(sight(network, Organisation.network("N2"))).isEqualTo(Sight.NONE);
    }

    @Test
    void aTrustSeesItselfAndTheTotalsOfEveryOrganisationItWasIn() {
        Principal trust = new Principal(Role.TRUST, "T1");
        assertThat(sight(trust, Organisation.trust("T1"))).isEqualTo(Sight.ALL);
        assertThat(sight(trust, Organisation.network("N1"))).isEqualTo(Sight.TOTALS);
        assertThat(sight(trust, Organisation.network("N3"))).isEqualTo(Sight.TOTALS);
        assertThat(sight(trust, Organisation.region("R2"))).isEqualTo(Sight.TOTALS);
        assertThat(sight(trust, Organisation.NATION)).isEqualTo(Sight.TOTALS);
        assertThat(sight(trust, Organisation.network("N2"))).isEqualTo(Sight.NONE);
        assertThat(sight(trust, Organisation.trust("T2"))).isEqualTo(Sight.NONE);
    }

    @Test
    void totalsAllowTotalsButNotTrustByTrustResources() {
        assertThat(Sight.TOTALS.allows(Sight.TOTALS)).isTrue();
        assertThat(Sight.TOTALS.allows(Sight.ALL)).isFalse();
        assertThat(Sight.ALL.allows(Sight.ALL)).isTrue();
        assertThat(Sight.NONE.allows(Sight.TOTALS)).isFalse();
    }

    private Sight sight(Principal caller, Organisation org) {
        return OrganisationScope.sightOf(caller, org, index);
    }
}
