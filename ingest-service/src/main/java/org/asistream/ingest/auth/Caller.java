package org.asistream.ingest.auth;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;

/** Who made the current request, once {@link BearerAuthentication} has accepted the token. */
@RequestScoped
public class Caller {

    private Principal principal;

    void authenticated(Principal principal) {
        this.principal = principal;
    }

    /** The authenticated caller; every /v1 resource runs only after authentication succeeded. */
    public Principal principal() {
        if (principal == null) {
            throw new IllegalStateException("the request was not authenticated");
        }
        return principal;
    }

    /** The caller's trust when it authenticated with a trust's token; empty for other tokens and before. */
    public Optional<String> trust() {
        return Optional.ofNullable(principal).filter(p -> p.role() == Role.TRUST).map(Principal::org);
    }

    /** The caller's organisation for metric tags, or {@code none} before authentication. */
    public String organisation() {
        return Optional.ofNullable(principal).map(p -> p.org() == null ? "national" : p.org()).orElse("none");
    }
}
