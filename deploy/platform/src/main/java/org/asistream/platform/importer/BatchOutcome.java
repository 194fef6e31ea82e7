package org.asistream.platform.importer;

import java.time.Duration;
import java.util.List;

/** What became of one batch sent to {@code POST /v1/events}. */
sealed interface BatchOutcome {

    /** 202: every event is in the event log. */
    record Accepted(int events) implements BatchOutcome {
    }

    /** Some events were refused (422, 403 for another trust, or 400 on one line); the others were not written. */
    record Rejected(List<EventRejection> rejections) implements BatchOutcome {
    }

    /** The service could not take the batch now (503, another 5xx, or unreachable): wait and send it again. */
    record Unavailable(Duration retryAfter, String reason) implements BatchOutcome {
    }

    /** The service refused the whole batch for a reason no retry fixes (401, 403 for the token, 413, ...). */
    record Refused(int status, String detail) implements BatchOutcome {
    }
}
