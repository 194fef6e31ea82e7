package org.asistream.ingest.api;

import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.asistream.ingest.auth.Caller;
import org.asistream.ingest.intake.BatchFormat;
import org.asistream.ingest.intake.EventIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /v1/events}: a trust publishes a batch of pathway events. */
@Path(EventsResource.PATH)
@Tag(name = "Events")
@SecurityRequirement(name = IngestApi.BEARER)
public class EventsResource {

    static final String PATH = "/v1/events";

    private static final String EXAMPLE_BATCH = """
            [{"eventId": "0f8fad5b-d9cb-469f-a165-70867728950e", "type": "STROKE_ARRIVAL", "episodeId": "ep-7Hq2Xk",
              "trust": "T01", "occurredAt": "2011-03-01T10:15:00Z", "arrivalMode": "AMBULANCE"},
             {"eventId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "type": "BRAIN_IMAGING", "episodeId": "ep-7Hq2Xk",
              "trust": "T01", "occurredAt": "2011-03-01T10:52:00Z", "modality": "CT"}]""";
    private static final String EXAMPLE_REFUSAL = """
            {"type": "urn:asi-stream:problem:invalid-events", "title": "Invalid events", "status": 422,
             "detail": "1 of 2 events are invalid; nothing was written. Correct or remove them and send the request again",
             "errors": [{"index": 1, "eventId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "field": "occurredAt",
                         "reason": "must include a UTC offset, such as 2011-03-01T10:15:00Z or 2011-07-01T11:15:00+01:00"}]}""";

    @Inject
    EventIntake intake;

    @Inject
    Caller caller;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, BatchFormat.NDJSON_MEDIA_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a batch of pathway events",
            description = "The whole batch is validated before anything is written: either every event is appended "
                    + "to the event log, or none is. 202 is answered only once the broker has acknowledged every "
                    + "event (acks=all). After a 503, or when no answer came, send the same request again: events "
                    + "are deduplicated by eventId, so a retry never counts an event twice. Limits: "
                    + "asi.ingest.max-events events (default 10000) and asi.ingest.max-bytes (default 10 MiB). "
                    + "Every refusal of a trust's request is counted, with its problem type and the fields at fault, "
                    + "in the trust's data-quality view.")
    @RequestBody(required = true, description = "Events in the JSON form of docs/events.md", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class,
                            description = "An array of event objects (docs/events.md)"),
                    examples = @ExampleObject(name = "two events", value = EXAMPLE_BATCH)),
            @Content(mediaType = BatchFormat.NDJSON_MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, description = "One event object per line, each as an "
                            + "element of the JSON array form; blank lines are ignored"))})
    @APIResponse(responseCode = "202", description = "Every event is in the event log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON (the problem gives line and column), or not an "
            + "array of events", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or unknown bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a trust's token (not-a-publisher), or an event of another "
            + "trust than the token's (foreign-trust, listed in errors); nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More events or bytes than the limits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content-Type other than application/json or "
            + "application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid events, every one listed in errors by index and eventId "
            + "with the field and the reason; nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "an event without a UTC offset", value = EXAMPLE_REFUSAL)))
    @APIResponse(responseCode = "503", description = "The event log did not acknowledge every event within "
            + "asi.ingest.ack-timeout, or the reference data is not loaded yet; send the same request again after "
            + "Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Accepted> publish(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        int accepted = intake.publish(caller.principal(), BatchFormat.of(contentType), body);
        return RestResponse.status(Response.Status.ACCEPTED, new Accepted(accepted));
    }
}
