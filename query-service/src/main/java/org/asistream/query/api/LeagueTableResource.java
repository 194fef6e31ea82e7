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
import org.asistream.query.report.CsvExport;
import org.asistream.query.report.LeagueTableReport;
import org.asistream.query.statistics.Measure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trusts of a network, region or the nation ranked per measure and overall. */
@Path("/v1")
@Tag(name = "League tables")
@APIResponse(responseCode = "400", ref = ApiErrors.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
@APIResponse(responseCode = "503", ref = ApiErrors.NOT_READY)
public class LeagueTableResource {

    private static final String DESCRIPTION = "Each trust that belonged to the organisation during the period, with "
            + "its figures over the days it belonged, its rank per measure and its overall rank (measures at target, "
            + "ties by mean rate). Trusts under 20 in a denominator are shown and marked, not ranked. With measure, "
            + "only that measure is shown and rows are in its order. Beside the table, dataQuality: each ranked "
            + "trust's freshness, completeness over the period and quarantined events, and their totals.";

    @Inject
    OrganisationQuery query;

    @GET
    @Path("/{level}/{code}/league-table")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "A network's or region's league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The league table",
            content = @Content(schema = @Schema(implementation = LeagueTableReport.class)))
    public Uni<Response> leagueTable(@Parameter(description = OrganisationQuery.RANKED_LEVEL) @PathParam("level")
                                     String level,
                                     @PathParam("code") String code,
                                     @Parameter(description = OrganisationQuery.PERIOD, required = true)
                                     @QueryParam("period") String period,
                                     @Parameter(description = OrganisationQuery.MEASURE) @QueryParam("measure")
                                     String measure) {
        Organisation org = query.ranked(level, code);
        Measure shown = OrganisationQuery.measure(measure, false);
        return query.answer(() -> query.reports().leagueTable(org, period, shown));
    }

    @GET
    @Path("/{level}/{code}/league-table")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "A network's or region's league table as CSV (one line per trust and measure)")
    @APIResponse(responseCode = "200", description = "The league table as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String leagueTableCsv(@PathParam("level") String level, @PathParam("code") String code,
                                 @QueryParam("period") String period, @QueryParam("measure") String measure) {
        Organisation org = query.ranked(level, code);
        return CsvExport.leagueTable(query.reports().leagueTable(org, period,
                OrganisationQuery.measure(measure, false)));
    }

    @GET
    @Path("/nation/league-table")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "The national league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The league table",
            content = @Content(schema = @Schema(implementation = LeagueTableReport.class)))
    public Uni<Response> nationLeagueTable(@Parameter(description = OrganisationQuery.PERIOD, required = true)
                                           @QueryParam("period") String period,
                                           @Parameter(description = OrganisationQuery.MEASURE)
                                           @QueryParam("measure") String measure) {
        return leagueTable(null, null, period, measure);
    }

    @GET
    @Path("/nation/league-table")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "The national league table as CSV")
    @APIResponse(responseCode = "200", description = "The league table as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String nationLeagueTableCsv(@QueryParam("period") String period, @QueryParam("measure") String measure) {
        return leagueTableCsv(null, null, period, measure);
    }
}
