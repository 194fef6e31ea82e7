package org.asistream.platform.feed;

/** What the ingest API made of one trust's batch, once it answered for good. */
sealed interface PostOutcome {

    /** 202: every event of the batch is in the event log. */
    record Accepted(int events) implements PostOutcome {
    }

    /** A 4xx answer (or no way to send): none of the batch was written; {@code reason} groups it in the summary. */
    record Rejected(int events, String reason, String detail) implements PostOutcome {
    }
}
