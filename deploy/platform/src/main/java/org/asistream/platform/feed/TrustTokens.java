package org.asistream.platform.feed;

import java.util.Map;
import java.util.stream.Collectors;

import org.asistream.schemas.credentials.Credential;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Role;

/** Each trust's own bearer token, from the credentials entries that hold the token in clear. */
record TrustTokens(Map<String, String> byTrust) {

    TrustTokens {
        byTrust = Map.copyOf(byTrust);
    }

    static TrustTokens of(Credentials credentials) {
        return new TrustTokens(credentials.entries().stream()
                .filter(entry -> entry.role() == Role.TRUST && entry.token() != null)
                .collect(Collectors.toMap(Credential::org, Credential::token, (first, second) -> first)));
    }
}
