package org.asistream.query.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.asistream.query.organisation.Sight;
import org.asistream.query.report.FunnelReport;
import org.asistream.query.report.QueryParameters;
import org.asistream.query.report.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funnel-plot data: each trust's rate and denominator against exact binomial limits around the mean. */
@Path("/v1")
@Tag(name = "Funnel plots")
@APIResponse(responseCode = "400", description = ApiErrors.BAD_REQUEST,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = ApiErrors.UNAUTHORIZED,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = ApiErrors.FORBIDDEN,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = ApiErrors.NOT_FOUND,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = ApiErrors.NOT_READY,
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FunnelResource {

    private static final String DESCRIPTION = "Each trust's rate and denominator (met + notMet), the organisation's "
            + "pooled mean, and exact binomial 95% and 99.8% control limits (Spiegelhalter 2005) at denominators "
            + "from 1 to the largest trust's, with where each trust falls.";

    @Inject
    ReadAccess access;

    @Inject
    Reports reports;

    @Inject
    JsonAnswers json;

    @GET
    @Path("/{level}/{code}/funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Funnel-plot data for an organisation's trusts", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The funnel plot data",
            content = @Content(schema = @Schema(implementation = FunnelReport.class)))
    public Response funnel(@Parameter(description = MeasuresResource.LEVEL) @PathParam("level") String level,
                               @PathParam("code") String code,
                               @Parameter(description = LeagueTableResource.MEASURE, required = true)
                               @QueryParam("measure") String measure,
                               @Parameter(description = MeasuresResource.PERIOD, required = true)
                               @QueryParam("period") String period) {
        return json.ok(reports.funnel(access.organisation(level, code, Sight.ALL), period,
                QueryParameters.measure(measure, true)));
    }

    @GET
    @Path("/nation/funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Funnel-plot data for every trust of the nation", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The funnel plot data",
            content = @Content(schema = @Schema(implementation = FunnelReport.class)))
    public Response nationFunnel(@Parameter(description = LeagueTableResource.MEASURE, required = true)
                                     @QueryParam("measure") String measure,
                                     @Parameter(description = MeasuresResource.PERIOD, required = true)
                                     @QueryParam("period") String period) {
        return json.ok(reports.funnel(access.nation(Sight.ALL), period, QueryParameters.measure(measure, true)));
    }
}
