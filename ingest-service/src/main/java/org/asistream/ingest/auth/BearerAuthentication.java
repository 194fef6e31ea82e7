package org.asistream.ingest.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.asistream.ingest.api.ProblemType;
import org.asistream.schemas.credentials.Principal;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every API request by its {@code Authorization: Bearer} token. It runs before the request is matched
 * to a resource, so an unauthenticated caller learns nothing else (not even that its content type is wrong).
 */
public class BearerAuthentication {

    private static final String SCHEME = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"asi-stream\"";

    @Inject
    ApiCredentials credentials;

    @Inject
    Caller caller;

    @ServerRequestFilter(preMatching = true)
    public void authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw ProblemType.UNAUTHENTICATED
                    .because("send the token of your organisation as Authorization: Bearer <token>")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        Principal principal = credentials.authenticate(header.substring(SCHEME.length()).trim())
                .orElseThrow(() -> ProblemType.UNAUTHENTICATED
                        .because("the bearer token is not known; check it against your credentials")
                        .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        caller.authenticated(principal);
    }
}
