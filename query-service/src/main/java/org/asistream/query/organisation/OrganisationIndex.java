package org.asistream.query.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;

/**
 * The reference data arranged for reading figures: for every network, region and the nation, each trust that ever
 * belonged to it and the dates on which it did. A trust counts under a network on the dates of its memberships of
 * that network, under a region on the dates its network was in the region, and under the nation on the dates it was
 * in any region ("national = all regions"). Immutable: a change of the reference data builds a new index, which
 * re-attributes past days.
 */
public final class OrganisationIndex {

    public static final OrganisationIndex EMPTY = of(OrganisationHierarchy.of(
            new ReferenceData(List.of(), List.of(), List.of())));

    static final String NATION_NAME = "England";

    private final OrganisationHierarchy hierarchy;
    /** Organisation -> trust code -> the spans it counted there, trusts in code order. */
    private final Map<Organisation, SortedMap<String, List<DateSpan>>> members;

    private OrganisationIndex(OrganisationHierarchy hierarchy,
                              Map<Organisation, SortedMap<String, List<DateSpan>>> members) {
        this.hierarchy = hierarchy;
        this.members = members;
    }

    public static OrganisationIndex of(OrganisationHierarchy hierarchy) {
        Map<Organisation, SortedMap<String, List<DateSpan>>> members = new HashMap<>();
        members.put(Organisation.NATION, new TreeMap<>());
        hierarchy.regions().forEach(region -> members.put(Organisation.region(region.getCode()), new TreeMap<>()));
        hierarchy.networks().forEach(network -> members.put(Organisation.network(network.getCode()), new TreeMap<>()));
        for (Trust trust : hierarchy.trusts()) {
            String code = trust.getCode();
            members.computeIfAbsent(Organisation.trust(code), org -> new TreeMap<>()).put(code, List.of(DateSpan.ALWAYS));
            List<Membership> memberships = trust.getMemberships().stream()
                    .sorted(Comparator.comparing(Membership::getFrom)).toList();
            for (int i = 0; i < memberships.size(); i++) {
                Membership membership = memberships.get(i);
                LocalDate last = i + 1 < memberships.size() ? memberships.get(i + 1).getFrom().minusDays(1) : LocalDate.MAX;
                DateSpan span = new DateSpan(membership.getFrom(), last);
                Optional<Network> network = hierarchy.network(membership.getNetwork());
                if (network.isEmpty()) {
                    continue;
                }
                addSpan(members, Organisation.network(network.get().getCode()), code, span);
                for (RegionSpan region : regionSpans(network.get())) {
                    Optional<DateSpan> inRegion = span.intersect(region.span().first(), region.span().last());
                    if (inRegion.isPresent() && hierarchy.region(region.code()).isPresent()) {
                        addSpan(members, Organisation.region(region.code()), code, inRegion.get());
                        addSpan(members, Organisation.NATION, code, inRegion.get());
                    }
                }
            }
        }
        return new OrganisationIndex(hierarchy, members);
    }

    private record RegionSpan(String code, DateSpan span) {
    }

    /** The network's regions over time: each previous region up to its last date, then the current one. */
    private static List<RegionSpan> regionSpans(Network network) {
        List<RegionSpan> spans = new ArrayList<>();
        LocalDate first = LocalDate.MIN;
        for (PreviousRegion previous : network.getPreviousRegions()) {
            spans.add(new RegionSpan(previous.getRegion(), new DateSpan(first, previous.getUntil())));
            first = previous.getUntil().plusDays(1);
        }
        spans.add(new RegionSpan(network.getRegion(), new DateSpan(first, LocalDate.MAX)));
        return spans;
    }

    /** Appends a span, joining it to the previous one where they meet (a move between two networks of one region). */
    private static void addSpan(Map<Organisation, SortedMap<String, List<DateSpan>>> members, Organisation org,
                                String trust, DateSpan span) {
        List<DateSpan> spans = members.get(org).computeIfAbsent(trust, code -> new ArrayList<>());
        if (!spans.isEmpty() && spans.get(spans.size() - 1).last().plusDays(1).equals(span.first())) {
            spans.set(spans.size() - 1, new DateSpan(spans.get(spans.size() - 1).first(), span.last()));
        } else {
            spans.add(span);
        }
    }

    public boolean exists(Organisation org) {
        return members.containsKey(org);
    }

    public String nameOf(Organisation org) {
        return switch (org.level()) {
            case TRUSTS -> hierarchy.trust(org.code()).map(Trust::getName).orElse(org.code());
            case NETWORKS -> hierarchy.network(org.code()).map(Network::getName).orElse(org.code());
            case REGIONS -> hierarchy.region(org.code()).map(Region::getName).orElse(org.code());
            case NATION -> NATION_NAME;
        };
    }

    /** The trusts that belonged to the organisation on at least one date, in code order (a trust is its own). */
    public List<String> trustsOf(Organisation org) {
        SortedMap<String, List<DateSpan>> trusts = members.get(org);
        return trusts == null ? List.of() : List.copyOf(trusts.keySet());
    }

    public boolean everBelonged(String trust, Organisation org) {
        SortedMap<String, List<DateSpan>> trusts = members.get(org);
        return trusts != null && trusts.containsKey(trust);
    }

    /** The dates on which the trust's figures count under the organisation, in date order. */
    public List<DateSpan> spansOf(String trust, Organisation org) {
        SortedMap<String, List<DateSpan>> trusts = members.get(org);
        List<DateSpan> spans = trusts == null ? null : trusts.get(trust);
        return spans == null ? List.of() : List.copyOf(spans);
    }

    /** True when the trust counts under the organisation on some date from {@code first} to {@code last}. */
    public boolean belongedDuring(String trust, Organisation org, LocalDate first, LocalDate last) {
        return spansOf(trust, org).stream().anyMatch(span -> span.intersect(first, last).isPresent());
    }

    public boolean esdTeam(String trust) {
        return hierarchy.trust(trust).map(Trust::getEsdTeam).orElse(false);
    }

    /** The region the network belongs to now (access follows the present hierarchy; figures follow the dates). */
    public Optional<String> regionOfNetwork(String network) {
        return hierarchy.regionOfNetwork(network);
    }

    /** Every network, in code order. */
    public List<Organisation> networks() {
        return hierarchy.networks().stream().map(network -> Organisation.network(network.getCode()))
                .sorted(Comparator.comparing(Organisation::code)).toList();
    }

    /** Every region, in code order. */
    public List<Organisation> regions() {
        return hierarchy.regions().stream().map(region -> Organisation.region(region.getCode()))
                .sorted(Comparator.comparing(Organisation::code)).toList();
    }
}
