package org.asistream.schemas.reference;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;

/**
 * Who belongs to whom, on a given date: trust -> stroke network (effective-dated memberships) -> region (the
 * network's current region, or a previous one up to its last date) -> nation.
 * A trust's network on a date is its latest membership starting on or before that date; before its first membership
 * it belongs to none. Dates are Europe/London calendar dates (asi-measures.md, "Organisation at a time").
 * Memberships are expected in date order, as {@link ReferenceDataFile} guarantees for the data it reads.
 */
public final class OrganisationHierarchy {

    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, Network> networks = new LinkedHashMap<>();
    private final Map<String, Trust> trusts = new LinkedHashMap<>();

    private OrganisationHierarchy(ReferenceData data) {
        data.regions().forEach(region -> regions.put(region.getCode(), region));
        data.networks().forEach(network -> networks.put(network.getCode(), network));
        data.trusts().forEach(trust -> trusts.put(trust.getCode(), trust));
    }

    public static OrganisationHierarchy of(ReferenceData data) {
        return new OrganisationHierarchy(data);
    }

    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public List<Network> networks() {
        return List.copyOf(networks.values());
    }

    public List<Trust> trusts() {
        return List.copyOf(trusts.values());
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<Network> network(String code) {
        return Optional.ofNullable(networks.get(code));
    }

    public Optional<Trust> trust(String code) {
        return Optional.ofNullable(trusts.get(code));
    }

    /** The network the trust belonged to on {@code date}; empty for an unknown trust or a date before it joined one. */
    public Optional<String> networkOf(String trust, LocalDate date) {
        Trust found = trusts.get(trust);
        if (found == null) {
            return Optional.empty();
        }
        String network = null;
        for (Membership membership : found.getMemberships()) {
            if (membership.getFrom().isAfter(date)) {
                break;
            }
            network = membership.getNetwork();
        }
        return Optional.ofNullable(network);
    }

    /** The region the network belongs to now. */
    public Optional<String> regionOfNetwork(String network) {
        return network(network).map(Network::getRegion);
    }

    /**
     * The region the network belonged to on {@code date}: the first of its previous regions whose last date is on or
     * after it, else its current region.
     */
    public Optional<String> regionOfNetwork(String network, LocalDate date) {
        return network(network).map(found -> {
            for (PreviousRegion previous : found.getPreviousRegions()) {
                if (!date.isAfter(previous.getUntil())) {
                    return previous.getRegion();
                }
            }
            return found.getRegion();
        });
    }

    /** The region of the trust's network on {@code date}. */
    public Optional<String> regionOf(String trust, LocalDate date) {
        return networkOf(trust, date).flatMap(network -> regionOfNetwork(network, date));
    }

    /** The trusts that belonged to the network on {@code date}, in registry order. */
    public List<String> trustsOf(String network, LocalDate date) {
        return trusts.keySet().stream()
                .filter(trust -> networkOf(trust, date).filter(network::equals).isPresent())
                .toList();
    }

    /** The networks in the region now, in registry order. */
    public List<String> networksOf(String region) {
        return networks.values().stream()
                .filter(network -> network.getRegion().equals(region))
                .map(Network::getCode)
                .toList();
    }

    /** The trusts whose network was in the region on {@code date}, in registry order. */
    public List<String> trustsOfRegion(String region, LocalDate date) {
        return trusts.keySet().stream()
                .filter(trust -> regionOf(trust, date).filter(region::equals).isPresent())
                .toList();
    }
}
