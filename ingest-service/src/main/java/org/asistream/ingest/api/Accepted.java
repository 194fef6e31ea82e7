package org.asistream.ingest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch the broker acknowledged in full. */
@Schema(description = "Every event of the request is durably in the event log")
public record Accepted(@Schema(description = "How many events were appended", examples = "500") int accepted) {
}
