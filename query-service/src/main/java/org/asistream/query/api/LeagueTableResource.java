package org.asistream.query.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.asistream.query.organisation.Level;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.Sight;
import org.asistream.query.report.CsvExport;
import org.asistream.query.report.LeagueTableReport;
import org.asistream.query.report.QueryParameters;
import org.asistream.query.report.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trusts of a network, region or the nation ranked per measure and overall. */
@Path("/v1")
@Tag(name = "League tables")
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
public class LeagueTableResource {

    static final String MEASURE = "A measure id: 1, 2, 3, 4a, 4b, 5, 6, 7, 8 or 9";
    private static final String DESCRIPTION = "Each trust that belonged to the organisation during the period, with "
            + "its figures over the days it belonged, its rank per measure and its overall rank (measures at target, "
            + "ties by mean rate). Trusts under 20 in a denominator are shown and marked, not ranked. With measure, "
            + "only that measure is shown and rows are in its order.";

    @Inject
    ReadAccess access;

    @Inject
    Reports reports;

    @Inject
    JsonAnswers json;

    @GET
    @Path("/{level}/{code}/league-table")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "A network's or region's league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The league table",
            content = @Content(schema = @Schema(implementation = LeagueTableReport.class)))
    public Response leagueTable(@Parameter(description = "networks or regions") @PathParam("level") String level,
                                @PathParam("code") String code,
                                @Parameter(description = MeasuresResource.PERIOD, required = true)
                                @QueryParam("period") String period,
                                @Parameter(description = MEASURE) @QueryParam("measure") String measure) {
        return json.ok(table(level, code, period, measure));
    }

    @GET
    @Path("/{level}/{code}/league-table")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "A network's or region's league table as CSV (one line per trust and measure)")
    @APIResponse(responseCode = "200", description = "The league table as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String leagueTableCsv(@PathParam("level") String level, @PathParam("code") String code,
                                 @QueryParam("period") String period, @QueryParam("measure") String measure) {
        return CsvExport.leagueTable(table(level, code, period, measure));
    }

    @GET
    @Path("/nation/league-table")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "The national league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The league table",
            content = @Content(schema = @Schema(implementation = LeagueTableReport.class)))
    public Response nationLeagueTable(@Parameter(description = MeasuresResource.PERIOD, required = true)
                                      @QueryParam("period") String period,
                                      @Parameter(description = MEASURE) @QueryParam("measure") String measure) {
        return json.ok(nationTable(period, measure));
    }

    @GET
    @Path("/nation/league-table")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "The national league table as CSV")
    @APIResponse(responseCode = "200", description = "The league table as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String nationLeagueTableCsv(@QueryParam("period") String period, @QueryParam("measure") String measure) {
        return CsvExport.leagueTable(nationTable(period, measure));
    }

    private LeagueTableReport table(String level, String code, String period, String measure) {
        return reports.leagueTable(rankedOrganisation(access, level, code), period,
                QueryParameters.measure(measure, false));
    }

    private LeagueTableReport nationTable(String period, String measure) {
        return reports.leagueTable(access.nation(Sight.ALL), period, QueryParameters.measure(measure, false));
    }

    /** A league table ranks the trusts of something larger than a trust. */
    static Organisation rankedOrganisation(ReadAccess access, String level, String code) {
        if (Level.TRUSTS.path().equals(level)) {
            throw new ProblemException(Response.Status.NOT_FOUND,
                    "a league table ranks the trusts of a network, a region or the nation, not of a trust");
        }
        return access.organisation(level, code, Sight.ALL);
    }
}
