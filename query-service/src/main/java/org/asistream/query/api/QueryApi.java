package org.asistream.query.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI description of the query API (served at /q/openapi, Swagger UI at /q/swagger-ui). */
@OpenAPIDefinition(
        info = @Info(title = "ASI Stream query API", version = "1",
                description = "The nine Accelerating Stroke Improvement measures per trust, stroke network, region "
                        + "and the nation: figures, league tables, funnel plots, trajectories and a live league-table "
                        + "stream. Every request needs a bearer token from the credentials file; errors are "
                        + "application/problem+json."),
        security = @SecurityRequirement(name = QueryApi.BEARER),
        components = @Components(responses = {
            @APIResponse(name = ApiErrors.BAD_REQUEST, description = ApiErrors.BAD_REQUEST_TEXT, content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiErrors.UNAUTHORIZED, description = ApiErrors.UNAUTHORIZED_TEXT, content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiErrors.FORBIDDEN, description = ApiErrors.FORBIDDEN_TEXT, content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiErrors.NOT_FOUND, description = ApiErrors.NOT_FOUND_TEXT, content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = ApiErrors.NOT_READY, description = ApiErrors.NOT_READY_TEXT, content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}))
@SecurityScheme(securitySchemeName = QueryApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer")
public class QueryApi extends Application {

    static final String BEARER = "bearer";
    static final String CSV = "text/csv";
}
