package org.asistream.platform.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asistream.schemas.reference.OrganisationHierarchy;

/** Where a trust sends a patient on: another trust of its stroke network on that day. */
final class TransferPartners {

    private final OrganisationHierarchy hierarchy;
    private final Map<String, TrustProfile> profiles;

    TransferPartners(OrganisationHierarchy hierarchy, List<TrustProfile> profiles) {
        this.hierarchy = hierarchy;
        this.profiles = profiles.stream().collect(Collectors.toMap(TrustProfile::code, Function.identity()));
    }

    /** A trust is in the feed from the day it first belongs to a network. */
    boolean isOpen(TrustProfile trust, LocalDate date) {
        return hierarchy.networkOf(trust.code(), date).isPresent();
    }

    Optional<TrustProfile> receivingTrust(TrustProfile from, LocalDate date, Chance chance) {
        List<String> partners = hierarchy.networkOf(from.code(), date)
                .map(network -> hierarchy.trustsOf(network, date))
                .orElse(List.of())
                .stream()
                .filter(code -> !code.equals(from.code()))
                .toList();
        return partners.isEmpty() ? Optional.empty() : Optional.of(profiles.get(chance.anyOf(partners)));
    }
}
