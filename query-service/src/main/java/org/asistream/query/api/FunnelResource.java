package org.asistream.query.api;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.Sight;
import org.asistream.query.report.FunnelReport;
import org.asistream.query.statistics.Measure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funnel-plot data: each trust's rate and denominator against exact binomial limits around the mean. */
@Path("/v1")
@Tag(name = "Funnel plots")
@APIResponse(responseCode = "400", ref = ApiErrors.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
@APIResponse(responseCode = "503", ref = ApiErrors.NOT_READY)
public class FunnelResource {

    private static final String DESCRIPTION = "Each trust's rate and denominator (met + notMet), the organisation's "
            + "pooled mean, and exact binomial 95% and 99.8% control limits (Spiegelhalter 2005) at denominators "
            + "from 1 to the largest trust's, with where each trust falls. Beside the plot, dataQuality: each "
            + "trust's freshness, completeness over the period and quarantined events, and their totals.";

    @Inject
    OrganisationQuery query;

    @GET
    @Path("/{level}/{code}/funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Funnel-plot data for an organisation's trusts", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The funnel plot data",
            content = @Content(schema = @Schema(implementation = FunnelReport.class)))
    public Uni<Response> funnel(@Parameter(description = OrganisationQuery.LEVEL) @PathParam("level") String level,
                                @PathParam("code") String code,
                                @Parameter(description = OrganisationQuery.MEASURE, required = true)
                                @QueryParam("measure") String measure,
                                @Parameter(description = OrganisationQuery.PERIOD, required = true)
                                @QueryParam("period") String period) {
        Organisation org = query.organisation(level, code, Sight.ALL);
        Measure plotted = OrganisationQuery.measure(measure, true);
        return query.answer(() -> query.reports().funnel(org, period, plotted));
    }

    @GET
    @Path("/nation/funnel")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Funnel-plot data for every trust of the nation", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The funnel plot data",
            content = @Content(schema = @Schema(implementation = FunnelReport.class)))
    public Uni<Response> nationFunnel(@Parameter(description = OrganisationQuery.MEASURE, required = true)
                                      @QueryParam("measure") String measure,
                                      @Parameter(description = OrganisationQuery.PERIOD, required = true)
                                      @QueryParam("period") String period) {
        return funnel(null, null, measure, period);
    }
}
