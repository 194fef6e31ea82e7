package org.asistream.query.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asistream.query.organisation.Level;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.OrganisationIndex;
import org.asistream.query.organisation.OrganisationScope;
import org.asistream.query.organisation.Sight;
import org.asistream.query.view.AsOf;
import org.asistream.query.view.ViewStore;
import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the token belongs to and which organisations it may open: what the dashboard offers after sign-in. */
@Path("/v1/me")
@Tag(name = "Caller")
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
@APIResponse(responseCode = "503", ref = ApiErrors.NOT_READY)
public class CallerResource {

    @Inject
    ViewStore store;

    @Inject
    ReadAccess access;

    @Inject
    Caller caller;

    /** An organisation the caller may open, and how far (ALL: with its trusts; TOTALS: its totals only). */
    public record VisibleOrganisation(String level, String code, String name, Sight sight) {
    }

    /** @param org null for a national token */
    public record CallerView(String role, String org, String name, Instant asOf, String asOfSource,
                             List<VisibleOrganisation> organisations) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller and the organisations it may open",
            description = "The nation, then regions, networks and (for a trust's token) its own trust, each with "
                    + "what the token may see of it.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerView.class)))
    public CallerView me() {
        access.requireReady();
        Principal principal = caller.principal();
        OrganisationIndex index = store.organisations();
        List<Organisation> candidates = new ArrayList<>();
        candidates.add(Organisation.NATION);
        candidates.addAll(index.regions());
        candidates.addAll(index.networks());
        if (principal.org() != null && principal.role() == Role.TRUST) {
            candidates.add(Organisation.trust(principal.org()));
        }
        List<VisibleOrganisation> visible = new ArrayList<>();
        for (Organisation org : candidates) {
            Sight sight = OrganisationScope.sightOf(principal, org, index);
            if (sight != Sight.NONE && index.exists(org)) {
                visible.add(new VisibleOrganisation(org.level().path(), org.code(), index.nameOf(org), sight));
            }
        }
        String name = principal.org() == null ? index.nameOf(Organisation.NATION)
                : index.nameOf(new Organisation(levelOf(principal), principal.org()));
        AsOf asOf = store.asOf();
        return new CallerView(principal.role().name(), principal.org(), name, asOf.at(), asOf.source(), visible);
    }

    private static Level levelOf(Principal principal) {
        return switch (principal.role()) {
            case TRUST -> Level.TRUSTS;
            case NETWORK -> Level.NETWORKS;
            case REGION -> Level.REGIONS;
            case NATIONAL -> Level.NATION;
        };
    }
}
