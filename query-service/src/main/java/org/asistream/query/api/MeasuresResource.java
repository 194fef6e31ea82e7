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
import org.asistream.query.report.CsvExport;
import org.asistream.query.report.MeasuresReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ten measures of one organisation and period, with the imaging, tariff and data-quality figures beside them. */
@Path("/v1")
@Tag(name = "Measures")
@APIResponse(responseCode = "400", ref = ApiErrors.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
@APIResponse(responseCode = "503", ref = ApiErrors.NOT_READY)
public class MeasuresResource {

    @Inject
    OrganisationQuery query;

    @GET
    @Path("/{level}/{code}/measures")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "An organisation's measures for a period",
            description = "Each measure's counts, rate, Wilson 95% interval, target and reachable range, with the "
                    + "data quality beside them: freshness, incomplete episodes, events dead-lettered by the stream "
                    + "and requests refused by the ingest service, each with reasons. A caller who sees only the "
                    + "organisation's totals gets data quality without the per-trust lines.")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(schema = @Schema(implementation = MeasuresReport.class)))
    public Uni<Response> measures(@Parameter(description = OrganisationQuery.LEVEL) @PathParam("level") String level,
                                  @PathParam("code") String code,
                                  @Parameter(description = OrganisationQuery.PERIOD, required = true)
                                  @QueryParam("period") String period) {
        Organisation org = query.organisation(level, code, Sight.TOTALS);
        boolean totalsOnly = query.totalsOnly(org);
        return query.answer(() -> query.reports().measures(org, period, totalsOnly));
    }

    @GET
    @Path("/{level}/{code}/measures")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "An organisation's measures for a period, as CSV (one line per measure)")
    @APIResponse(responseCode = "200", description = "The measures as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String measuresCsv(@PathParam("level") String level, @PathParam("code") String code,
                              @QueryParam("period") String period) {
        Organisation org = query.organisation(level, code, Sight.TOTALS);
        return CsvExport.measures(query.reports().measures(org, period, query.totalsOnly(org)));
    }

    @GET
    @Path("/nation/measures")
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @Operation(summary = "The nation's measures for a period")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(schema = @Schema(implementation = MeasuresReport.class)))
    public Uni<Response> nationMeasures(@Parameter(description = OrganisationQuery.PERIOD, required = true)
                                        @QueryParam("period") String period) {
        return measures(null, null, period);
    }

    @GET
    @Path("/nation/measures")
    @Produces(QueryApi.CSV + ";qs=0.5")
    @Operation(summary = "The nation's measures for a period, as CSV")
    @APIResponse(responseCode = "200", description = "The measures as CSV",
            content = @Content(mediaType = QueryApi.CSV, schema = @Schema(implementation = String.class)))
    public String nationMeasuresCsv(@QueryParam("period") String period) {
        return measuresCsv(null, null, period);
    }
}
