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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A live league table: server-sent events, a new table within a second of any change to a view it shows. */
@Path("/v1")
@Tag(name = "League tables")
@APIResponse(responseCode = "400", ref = ApiErrors.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
@APIResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
@APIResponse(responseCode = "503", ref = ApiErrors.NOT_READY)
public class LeagueTableStreamResource {

    private static final String DESCRIPTION = "Events named 'league-table' whose data is the league table as JSON "
            + "(as GET .../league-table): the current table at once, then a new one whenever a row changes. "
            + "Authenticate with the Authorization header or, from a browser's EventSource (which cannot send "
            + "headers), with a short-lived ticket from POST /v1/stream-tickets in the 'ticket' parameter.";

    @Inject
    OrganisationQuery query;

    @Inject
    LeagueTableStreams streams;

    @GET
    @Path("/{level}/{code}/league-table/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @AcceptsStreamTicket
    @Operation(summary = "A network's or region's live league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    public void stream(@Parameter(description = OrganisationQuery.RANKED_LEVEL) @PathParam("level") String level,
                       @PathParam("code") String code,
                       @Parameter(description = OrganisationQuery.PERIOD, required = true)
                       @QueryParam("period") String period,
                       @Parameter(description = OrganisationQuery.MEASURE) @QueryParam("measure") String measure,
                       @Parameter(description = "A stream ticket, instead of the Authorization header")
                       @QueryParam(AcceptsStreamTicket.PARAMETER) String ticket,
                       @Context SseEventSink sink, @Context Sse sse) {
        streams.open(query.ranked(level, code), period, OrganisationQuery.measure(measure, false), sink, sse);
    }

    @GET
    @Path("/nation/league-table/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @AcceptsStreamTicket
    @Operation(summary = "The national live league table", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    public void nationStream(@Parameter(description = OrganisationQuery.PERIOD, required = true)
                             @QueryParam("period") String period,
                             @Parameter(description = OrganisationQuery.MEASURE) @QueryParam("measure") String measure,
                             @QueryParam(AcceptsStreamTicket.PARAMETER) String ticket,
                             @Context SseEventSink sink, @Context Sse sse) {
        stream(null, null, period, measure, ticket, sink, sse);
    }
}
