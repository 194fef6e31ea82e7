package org.asistream.schemas.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;

/** The organisation registry: regions, stroke networks and trusts, as records of the reference-data topic. */
public record ReferenceData(List<Region> regions, List<Network> networks, List<Trust> trusts) {

    public ReferenceData {
        regions = List.copyOf(regions);
        networks = List.copyOf(networks);
        trusts = List.copyOf(trusts);
    }

    /** The registry from the entries of the reference-data topic (the latest entry of each key). */
    public static ReferenceData of(Collection<ReferenceEntry> entries) {
        List<Region> regions = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        List<Trust> trusts = new ArrayList<>();
        for (ReferenceEntry entry : entries) {
            Object entity = entry.getEntity();
            if (entity instanceof Region region) {
                regions.add(region);
            } else if (entity instanceof Network network) {
                networks.add(network);
            } else {
                trusts.add((Trust) entity);
            }
        }
        return new ReferenceData(regions, networks, trusts);
    }

    /** The records to publish on the reference-data topic: regions, then networks, then trusts. */
    public List<ReferenceEntry> entries() {
        List<ReferenceEntry> entries = new ArrayList<>();
        regions.forEach(region -> entries.add(new ReferenceEntry(region)));
        networks.forEach(network -> entries.add(new ReferenceEntry(network)));
        trusts.forEach(trust -> entries.add(new ReferenceEntry(trust)));
        return entries;
    }

    /** The topic key of an entry: {@code region:R1}, {@code network:N1} or {@code trust:T01}. */
    public static String keyOf(ReferenceEntry entry) {
        Object entity = entry.getEntity();
        if (entity instanceof Region region) {
            return "region:" + region.getCode();
        }
        if (entity instanceof Network network) {
            return "network:" + network.getCode();
        }
        return "trust:" + ((Trust) entity).getCode();
    }
}
