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
import org.asistream.query.report.QueryParameters;
import org.asistream.query.report.Reports;
import org.asistream.query.report.TrajectoryReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A measure's monthly rates against the linear trajectory from a baseline month to the target. */
@Path("/v1")
@Tag(name = "Trajectories")
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
public class TrajectoryResource {

    private static final String DESCRIPTION = "Every month from 'from' to 'to' (default: the twelve months ending "
            + "with asOf's month) with its rate, the target, and the straight line from the baseline month's rate "
            + "(default: 'from') to the target at the aspiration month (default: asi.query.trajectory.aspiration, "
            + "2011-04), each month marked on or off trajectory.";

    @Inject
    ReadAccess access;

    @Inject
    Reports reports;

    @Inject
    JsonAnswers json;

    @GET
    @Path("/{level}/{code}/trajectory")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation's trajectory for a measure", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The trajectory",
            content = @Content(schema = @Schema(implementation = TrajectoryReport.class)))
    public Response trajectory(@Parameter(description = MeasuresResource.LEVEL) @PathParam("level") String level,
                                       @PathParam("code") String code,
                                       @Parameter(description = LeagueTableResource.MEASURE, required = true)
                                       @QueryParam("measure") String measure,
                                       @Parameter(description = "First month, yyyy-MM") @QueryParam("from") String from,
                                       @Parameter(description = "Last month, yyyy-MM") @QueryParam("to") String to,
                                       @Parameter(description = "Baseline month, yyyy-MM") @QueryParam("baseline")
                                       String baseline,
                                       @Parameter(description = "Month the target is to be reached, yyyy-MM")
                                       @QueryParam("aspiration") String aspiration) {
        return json.ok(trajectory(access.organisation(level, code, Sight.TOTALS), measure, from, to, baseline,
                aspiration));
    }

    @GET
    @Path("/nation/trajectory")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The nation's trajectory for a measure", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The trajectory",
            content = @Content(schema = @Schema(implementation = TrajectoryReport.class)))
    public Response nationTrajectory(@Parameter(description = LeagueTableResource.MEASURE, required = true)
                                             @QueryParam("measure") String measure,
                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("baseline") String baseline,
                                             @QueryParam("aspiration") String aspiration) {
        return json.ok(trajectory(access.nation(Sight.TOTALS), measure, from, to, baseline, aspiration));
    }

    private TrajectoryReport trajectory(Organisation org, String measure, String from, String to, String baseline,
                                        String aspiration) {
        return reports.trajectory(org, QueryParameters.measure(measure, true), QueryParameters.month("from", from),
                QueryParameters.month("to", to), QueryParameters.month("baseline", baseline),
                QueryParameters.month("aspiration", aspiration));
    }
}
