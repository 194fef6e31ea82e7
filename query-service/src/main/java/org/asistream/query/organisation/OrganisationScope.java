package org.asistream.query.organisation;

import java.util.Optional;
import org.asistream.schemas.credentials.Principal;

/**
 * Who may see what (issue 6, "Access"). NATIONAL sees everything. REGION sees its region, its networks and every
 * trust that was ever in one of them, and the nation's totals. NETWORK sees its network and every trust that was
 * ever in it, and the totals of its region and the nation. TRUST sees itself and the totals of every network and
 * region it was ever in, and the nation's. "Ever in" keeps a trust that moved network visible to the network whose
 * past figures it is part of.
 */
public final class OrganisationScope {

    private OrganisationScope() {
    }

    public static Sight sightOf(Principal caller, Organisation org, OrganisationIndex index) {
        return switch (caller.role()) {
            case NATIONAL -> Sight.ALL;
            case REGION -> regionSight(caller.org(), org, index);
            case NETWORK -> networkSight(caller.org(), org, index);
            case TRUST -> trustSight(caller.org(), org, index);
        };
    }

    private static Sight regionSight(String region, Organisation org, OrganisationIndex index) {
        boolean own = switch (org.level()) {
            case REGIONS -> org.code().equals(region);
            case NETWORKS -> index.regionOfNetwork(org.code()).filter(region::equals).isPresent();
            case TRUSTS -> index.everBelonged(org.code(), Organisation.region(region));
            case NATION -> false;
        };
        return own ? Sight.ALL : org.level() == Level.NATION ? Sight.TOTALS : Sight.NONE;
    }

    private static Sight networkSight(String network, Organisation org, OrganisationIndex index) {
        Optional<String> region = index.regionOfNetwork(network);
        return switch (org.level()) {
            case NETWORKS -> org.code().equals(network) ? Sight.ALL : Sight.NONE;
            case TRUSTS -> index.everBelonged(org.code(), Organisation.network(network)) ? Sight.ALL : Sight.NONE;
            case REGIONS -> region.filter(org.code()::equals).isPresent() ? Sight.TOTALS : Sight.NONE;
            case NATION -> Sight.TOTALS;
        };
    }

    private static Sight trustSight(String trust, Organisation org, OrganisationIndex index) {
        return switch (org.level()) {
            case TRUSTS -> org.code().equals(trust) ? Sight.ALL : Sight.NONE;
            case NETWORKS, REGIONS -> index.everBelonged(trust, org) ? Sight.TOTALS : Sight.NONE;
            case NATION -> Sight.TOTALS;
        };
    }
}
