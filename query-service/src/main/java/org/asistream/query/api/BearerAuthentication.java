package org.asistream.query.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.asistream.query.access.StreamTickets;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Principal;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every API request needs a bearer token from the credentials file ({@code Authorization: Bearer <token>}); the
 * stream endpoints also take a stream ticket instead. Without either, or with an unknown one: 401.
 */
public class BearerAuthentication {

    private static final String BEARER = "Bearer ";

    @Inject
    Credentials credentials;

    @Inject
    StreamTickets streamTickets;

    @Inject
    Caller caller;

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext request, ResourceInfo resource) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<Principal> principal;
        String refusal;
        if (authorization != null) {
            String token = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? authorization.substring(BEARER.length()).trim() : null;
            principal = credentials.authenticate(token);
            refusal = "the bearer token is not one of the credentials file's";
        } else if (resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(AcceptsStreamTicket.class)
                && request.getUriInfo().getQueryParameters().containsKey(AcceptsStreamTicket.PARAMETER)) {
            principal = streamTickets.redeem(
                    request.getUriInfo().getQueryParameters().getFirst(AcceptsStreamTicket.PARAMETER));
            refusal = "the stream ticket is malformed or has expired; get a new one from POST /v1/stream-tickets";
        } else {
            principal = Optional.empty();
            refusal = "send a bearer token: Authorization: Bearer <token>";
        }
        if (principal.isPresent()) {
            caller.authenticatedAs(principal.get());
            return Optional.empty();
        }
        String instance = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        return Optional.of(Problem.of(Response.Status.UNAUTHORIZED, refusal, instance).response()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }
}
