package org.asistream.query.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.asistream.query.access.StreamTickets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exchanges a bearer token for a short-lived ticket that opens league-table streams. */
@Path("/v1/stream-tickets")
@Tag(name = "League tables")
@APIResponse(responseCode = "401", ref = ApiErrors.UNAUTHORIZED)
public class StreamTicketResource {

    @Inject
    StreamTickets tickets;

    @Inject
    Caller caller;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A ticket for opening league-table streams",
            description = "For a browser's EventSource, which cannot send an Authorization header: pass the ticket "
                    + "as the stream's 'ticket' parameter. It is good for opening streams the token may see until "
                    + "expiresAt (asi.query.stream-ticket.lifetime, 60 s by default), and for nothing else.")
    @APIResponse(responseCode = "200", description = "The ticket",
            content = @Content(schema = @Schema(implementation = StreamTickets.Ticket.class)))
    public StreamTickets.Ticket issue() {
        return tickets.issue(caller.principal());
    }
}
