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
import java.time.YearMonth;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.Sight;
import org.asistream.query.report.QueryParameters;
import org.asistream.query.report.TrajectoryReport;
import org.asistream.query.statistics.Measure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A measure's monthly rates against the linear trajectory from a baseline month to the target. */
@Path("/v1")
@Tag(name = "Trajectories")
@APIResponse(responseCode = "400", ref = ApiErrors.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
@APIResponse(responseCode = "503", ref = ApiErrors.NOT_READY)
public class TrajectoryResource {

    private static final String DESCRIPTION = "Every month from 'from' to 'to' (default: the twelve months ending "
            + "with asOf's month) with its rate, the target, and the straight line from the baseline month's rate "
            + "(default: the first of the months with a rate) to the target at the aspiration month (default: "
            + "asi.query.trajectory.aspiration, 2011-04), the target after it, each month marked on or off "
            + "trajectory. An aspiration at or before the baseline has passed: the target is then the trajectory. "
            + "Beside it, dataQuality over the months shown: totals, and each trust for a caller who may see them.";

    @Inject
    OrganisationQuery query;

    @GET
    @Path("/{level}/{code}/trajectory")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An organisation's trajectory for a measure", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The trajectory",
            content = @Content(schema = @Schema(implementation = TrajectoryReport.class)))
    public Uni<Response> trajectory(@Parameter(description = OrganisationQuery.LEVEL) @PathParam("level") String level,
                                    @PathParam("code") String code,
                                    @Parameter(description = OrganisationQuery.MEASURE, required = true)
                                    @QueryParam("measure") String measure,
                                    @Parameter(description = "First month, yyyy-MM") @QueryParam("from") String from,
                                    @Parameter(description = "Last month, yyyy-MM") @QueryParam("to") String to,
                                    @Parameter(description = "Baseline month, yyyy-MM") @QueryParam("baseline")
                                    String baseline,
                                    @Parameter(description = "Month the target is to be reached, yyyy-MM")
                                    @QueryParam("aspiration") String aspiration) {
        Organisation org = query.organisation(level, code, Sight.TOTALS);
        Measure measured = OrganisationQuery.measure(measure, true);
        YearMonth first = QueryParameters.month("from", from);
        YearMonth last = QueryParameters.month("to", to);
        YearMonth baselineMonth = QueryParameters.month("baseline", baseline);
        YearMonth aspirationMonth = QueryParameters.month("aspiration", aspiration);
        boolean totalsOnly = query.totalsOnly(org);
        return query.answer(() -> query.reports().trajectory(org, measured, first, last, baselineMonth,
                aspirationMonth, totalsOnly));
    }

    @GET
    @Path("/nation/trajectory")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The nation's trajectory for a measure", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The trajectory",
            content = @Content(schema = @Schema(implementation = TrajectoryReport.class)))
    public Uni<Response> nationTrajectory(@Parameter(description = OrganisationQuery.MEASURE, required = true)
                                          @QueryParam("measure") String measure,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("baseline") String baseline,
                                          @QueryParam("aspiration") String aspiration) {
        return trajectory(null, null, measure, from, to, baseline, aspiration);
    }
}
