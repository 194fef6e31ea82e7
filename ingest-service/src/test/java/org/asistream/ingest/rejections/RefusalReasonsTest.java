package org.asistream.ingest.rejections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.asistream.ingest.api.EventProblem;
import org.asistream.ingest.api.ProblemException;
import org.asistream.ingest.api.ProblemType;
import org.asistream.schemas.avro.IngestRejection;
import org.junit.jupiter.api.Test;

class RefusalReasonsTest {

    private static final Instant AT = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void countsEachRefusedEventOncePerProblemAndField() {
        ProblemException refusal = ProblemType.INVALID_EVENTS.because("3 of 4 events are invalid")
                .withErrors(List.of(
                        new EventProblem(0, null, "occurredAt", "must include a UTC offset"),
                        new EventProblem(0, null, "trust", "is required"),
                        new EventProblem(2, null, "occurredAt", "must include a UTC offset"),
                        new EventProblem(3, null, "$", "must be a JSON object")))
                .refusingEvents(3);

        IngestRejection rejection = RefusalReasons.of("T01", AT, refusal);

        assertThat(rejection.getTrust()).isEqualTo("T01");
        assertThat(rejection.getAt()).isEqualTo(AT);
        assertThat(rejection.getProblem()).isEqualTo("invalid-events");
        assertThat(rejection.getEvents()).isEqualTo(3);
        assertThat(rejection.getEventReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "invalid-events:occurredAt", 2L, "invalid-events:trust", 1L, "invalid-events:$", 1L));
    }

    @Test
    void fieldsOutsideTheContractAreNotNamed() {
        ProblemException refusal = ProblemType.INVALID_EVENTS.because("2 of 2 events are invalid")
                .withErrors(List.of(
                        new EventProblem(0, null, "patientSurname", "is not a field of a STROKE_ARRIVAL event"),
                        new EventProblem(0, null, "bedNumber", "is not a field of a STROKE_ARRIVAL event"),
                        new EventProblem(1, null, "diagnosis", "is not a field of a STROKE_ARRIVAL event")))
                .refusingEvents(2);

        IngestRejection rejection = RefusalReasons.of("T01", AT, refusal);

        assertThat(rejection.getEventReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "invalid-events:unknown-field", 1L, "invalid-events:diagnosis", 1L));
    }

    @Test
    void aRequestRefusedAsAWholeHasNoEventReasons() {
        ProblemException refusal = ProblemType.MALFORMED_JSON.because("malformed JSON at line 3, column 11").at(3, 11);

        IngestRejection rejection = RefusalReasons.of("T02", AT, refusal);

        assertThat(rejection.getProblem()).isEqualTo("malformed-json");
        assertThat(rejection.getEvents()).isZero();
        assertThat(rejection.getEventReasons()).isEmpty();
    }

    @Test
    void anUnavailableEventLogRefusesEveryEventOfTheRequest() {
        ProblemException refusal = ProblemType.EVENT_LOG_UNAVAILABLE.because("not acknowledged").refusingEvents(500);

        IngestRejection rejection = RefusalReasons.of("T01", AT, refusal);

        assertThat(rejection.getProblem()).isEqualTo("event-log-unavailable");
        assertThat(rejection.getEvents()).isEqualTo(500);
        assertThat(rejection.getEventReasons()).isEmpty();
    }
}
