package org.asistream.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.asistream.ingest.api.Problem;
import org.asistream.ingest.api.ProblemException;
import org.asistream.ingest.api.ProblemType;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

    private final BatchReader reader = new BatchReader(3, 200);

    @Test
    void readsEachElementOfAnArray() {
        List<JsonNode> events = read("[{\"a\": 1}, {\"a\": 2}]", BatchFormat.JSON_ARRAY);

        assertThat(events).extracting(event -> event.get("a").intValue()).containsExactly(1, 2);
    }

    @Test
    void readsEachLineOfNdjsonSkippingBlankOnes() {
        List<JsonNode> events = read("{\"a\": 1}\r\n\n  \n{\"a\": 2}", BatchFormat.NDJSON);

        assertThat(events).extracting(event -> event.get("a").intValue()).containsExactly(1, 2);
    }

    @Test
    void emptyNdjsonHoldsNoEvents() {
        assertThat(read("", BatchFormat.NDJSON)).isEmpty();
    }

    @Test
    void emptyArrayHoldsNoEvents() {
        assertThat(read("[]", BatchFormat.JSON_ARRAY)).isEmpty();
    }

    @Test
    void emptyBodyIsNotAnArray() {
        assertThat(refusal("", BatchFormat.JSON_ARRAY).detail())
                .isEqualTo("the body is empty; send a JSON array of events");
    }

    @Test
    void twoEventsOnOneNdjsonLineAreRefused() {
        Problem problem = refusal("{\"a\": 1}\n{\"a\": 2} {\"a\": 3}", BatchFormat.NDJSON);

        assertThat(problem.detail()).isEqualTo("malformed JSON at line 2, column 10: more than one JSON value on "
                + "one line; NDJSON has one event per line");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void contentAfterTheArrayIsRefused() {
        assertThat(refusal("[{\"a\": 1}] {}", BatchFormat.JSON_ARRAY).detail())
                .isEqualTo("malformed JSON at line 1, column 12: unexpected content after the array of events");
    }

    @Test
    void exactlyTheEventLimitIsAcceptedAndOneMoreIsNot() {
        assertThat(read("[{}, {}, {}]", BatchFormat.JSON_ARRAY)).hasSize(3);
        assertThat(refusal("[{}, {}, {}, {}]", BatchFormat.JSON_ARRAY).status()).isEqualTo(413);
    }

    @Test
    void exactlyTheByteLimitIsAcceptedAndOneMoreIsNot() {
        String twoHundredBytes = "[" + " ".repeat(198) + "]";

        assertThat(read(twoHundredBytes, BatchFormat.JSON_ARRAY)).isEmpty();
        assertThat(refusal(twoHundredBytes + " ", BatchFormat.JSON_ARRAY).type())
                .isEqualTo(ProblemType.TOO_LARGE.uri());
    }

    private List<JsonNode> read(String body, BatchFormat format) {
        return reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), format);
    }

    private Problem refusal(String body, BatchFormat format) {
        ProblemException refusal = catchThrowableOfType(ProblemException.class, () -> read(body, format));
        assertThat(refusal).as("refusal of %s", body).isNotNull();
        return refusal.problem();
    }
}
