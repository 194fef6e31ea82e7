package org.asistream.query.api;

import jakarta.enterprise.context.RequestScoped;
import org.asistream.schemas.credentials.Principal;

/** Who made the current request, as established by {@link BearerAuthentication}. */
@RequestScoped
public class Caller {

    private Principal principal;

    void authenticatedAs(Principal principal) {
        this.principal = principal;
    }

    public Principal principal() {
        if (principal == null) {
            throw new IllegalStateException("the request was not authenticated");
        }
        return principal;
    }
}
