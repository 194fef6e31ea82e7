package org.asistream.query.api;

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
import org.asistream.query.report.CsvExport;
import org.asistream.query.report.MeasuresReport;
import org.asistream.query.report.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ten measures of one organisation and period, with the imaging, tariff and data-quality figures beside them. */
@Path("/v1")
@Tag(name = "Measures")
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
public class MeasuresResource {

    static final String PERIOD = "A month 2011-03, a quarter 2011-Q1, a financial year FY2010 (April 2010 to March "
            + "2011), last-30-days or last-12-months (rolling windows end with asOf)";
    static final String LEVEL = "trusts, networks or regions";

    @Inject
    ReadAccess access;

    @Inject
    Reports reports;

    @Inject
    JsonAnswers json;

    @GET
    @Path("/{level}/{code}/measures")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "An organisation's measures for a period",
            description = "Each measure's counts, rate, Wilson 95% interval, target and reachable range. A caller "
                    + "who sees only the organisation's totals gets data quality without the per-trust lines.")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(schema = @Schema(implementation = MeasuresReport.class)))
    public Response measures(@Parameter(description = LEVEL) @PathParam("level") String level,
                             @PathParam("code") String code,
                             @Parameter(description = PERIOD, required = true) @QueryParam("period") String period) {
        return json.ok(report(access.organisation(level, code, Sight.TOTALS), period));
    }

    @GET
    @Path("/{level}/{code}/measures")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "An organisation's measures for a period, as CSV (one line per measure)")
    @APIResponse(responseCode = "200", description = "The measures as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String measuresCsv(@PathParam("level") String level, @PathParam("code") String code,
                              @QueryParam("period") String period) {
        return CsvExport.measures(report(access.organisation(level, code, Sight.TOTALS), period));
    }

    @GET
    @Path("/nation/measures")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "The nation's measures for a period")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(schema = @Schema(implementation = MeasuresReport.class)))
    public Response nationMeasures(@Parameter(description = PERIOD, required = true)
                                   @QueryParam("period") String period) {
        return json.ok(report(access.nation(Sight.TOTALS), period));
    }

    @GET
    @Path("/nation/measures")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "The nation's measures for a period, as CSV")
    @APIResponse(responseCode = "200", description = "The measures as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String nationMeasuresCsv(@QueryParam("period") String period) {
        return CsvExport.measures(report(access.nation(Sight.TOTALS), period));
    }

    private MeasuresReport report(Organisation org, String period) {
        return reports.measures(org, period, access.sightOf(org) != Sight.ALL);
    }
}
