package org.asistream.query.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.asistream.query.organisation.Sight;
import org.asistream.query.report.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A live league table: server-sent events, a new table within a second of any change to a view it shows. */
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
public class LeagueTableStreamResource {

    private static final String DESCRIPTION = "Events named 'league-table' whose data is the league table as JSON "
            + "(as GET .../league-table): the current table at once, then a new one whenever a row changes. "
            + "Authenticate with the Authorization header or, from a browser's EventSource (which cannot send "
            + "headers), with a short-lived ticket from POST /v1/stream-tickets in the 'ticket' parameter.";

    @Inject
    ReadAccess access;

    @Inject
    LeagueTableStreams streams;

    @GET
    @Path("/{level}/{code}/league-table/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @AcceptsStreamTicket
    @Operation(summary = "A network's or region's live league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    public void stream(@Parameter(description = "networks or regions") @PathParam("level") String level,
                       @PathParam("code") String code,
                       @Parameter(description = MeasuresResource.PERIOD, required = true)
                       @QueryParam("period") String period,
                       @Parameter(description = LeagueTableResource.MEASURE) @QueryParam("measure") String measure,
                       @Parameter(description = "A stream ticket, instead of the Authorization header")
                       @QueryParam(AcceptsStreamTicket.PARAMETER) String ticket,
                       @Context SseEventSink sink, @Context Sse sse) {
        streams.open(LeagueTableResource.rankedOrganisation(access, level, code), period,
                QueryParameters.measure(measure, false), sink, sse);
    }

    @GET
    @Path("/nation/league-table/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @AcceptsStreamTicket
    @Operation(summary = "The national live league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    public void nationStream(@Parameter(description = MeasuresResource.PERIOD, required = true)
                             @QueryParam("period") String period,
                             @Parameter(description = LeagueTableResource.MEASURE) @QueryParam("measure") String measure,
                             @QueryParam(AcceptsStreamTicket.PARAMETER) String ticket,
                             @Context SseEventSink sink, @Context Sse sse) {
        streams.open(access.nation(Sight.ALL), period, QueryParameters.measure(measure, false), sink, sse);
    }
}
