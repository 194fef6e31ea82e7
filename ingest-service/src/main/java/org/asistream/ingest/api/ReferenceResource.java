package org.asistream.ingest.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.asistream.ingest.reference.OrganisationRegistry;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /v1/reference}: the organisation hierarchy, so integrators can check their codes. */
@Path("/v1/reference")
@Tag(name = "Reference data")
@SecurityRequirement(name = IngestApi.BEARER)
public class ReferenceResource {

    private static final String EXAMPLE = """
            {"regions": [{"code": "R1", "name": "North Region"}],
             "networks": [{"code": "N1", "name": "Coast Stroke Network", "region": "R1"}],
             "trusts": [{"code": "T01", "name": "Harbour Hospitals NHS Trust", "esdTeam": true,
                         "memberships": [{"network": "N1", "from": "2010-04-01"}]}]}""";

    @Inject
    OrganisationRegistry registry;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisation hierarchy",
            description = "Regions, stroke networks (with any previous regions) and trusts with their dated network "
                    + "memberships, in the reference-data file format of docs/events.md, as the platform knows them "
                    + "now. Any token.")
    @APIResponse(responseCode = "200", description = "The hierarchy", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "one trust", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Missing or unknown bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The reference data is not loaded yet (the service just started)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ObjectNode hierarchy() {
        return ReferenceDataFile.toJson(registry.require().data());
    }
}
