package org.asistream.ingest.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error response: RFC 7807 problem details, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 7807 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "urn:asi-stream:problem: followed by malformed-json, unauthenticated, not-a-publisher, "
                + "foreign-trust, too-large, unsupported-media-type, invalid-events, event-log-unavailable or "
                + "reference-data-unavailable", examples = "urn:asi-stream:problem:invalid-events")
        String type,
        @Schema(examples = "Invalid events")
        String title,
        @Schema(examples = "422")
        int status,
        @Schema(description = "What happened and what to do about it",
                examples = "2 of 500 events are invalid; nothing was written")
        String detail,
        @Schema(description = "Every refused event with the field and the reason (422 and 403 for another trust)",
                nullable = true)
        List<EventProblem> errors,
        @Schema(description = "Line of the JSON syntax error (400 only), counting from 1", nullable = true)
        Integer line,
        @Schema(description = "Column of the JSON syntax error (400 only), counting from 1", nullable = true)
        Integer column) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
