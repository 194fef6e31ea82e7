package org.asistream.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason one event of a request was refused. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One reason one event of the request was refused")
public record EventProblem(
        @Schema(description = "Position of the event in the request: 0 for the first array element or NDJSON line")
        int index,
        @Schema(description = "The event's eventId, when it was a valid UUID", nullable = true)
        String eventId,
        @Schema(description = "Path of the offending field, or $ for the event as a whole", examples = "occurredAt")
        String field,
        @Schema(description = "What is wrong; never repeats the value sent",
                examples = "must include a UTC offset, such as 2011-03-01T10:15:00Z or 2011-07-01T11:15:00+01:00")
        String reason) {
}
