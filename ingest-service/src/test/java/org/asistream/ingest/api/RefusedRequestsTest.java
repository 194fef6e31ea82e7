package org.asistream.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.asistream.ingest.support.IngestTestEnvironment;
import org.asistream.ingest.support.PlatformTopics;
import org.asistream.ingest.support.TestBroker;
import org.asistream.ingest.support.TestEvents;
import org.asistream.ingest.support.Tokens;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.schemas.avro.PathwayEvent;
import org.junit.jupiter.api.Test;

/** Every way a trust's request can be refused, with the status and the exact problem an integrator sees. */
@QuarkusTest
@WithTestResource(IngestTestEnvironment.class)
class RefusedRequestsTest {

    private static final String NHS_NUMBER_REASON =
            "looks like an NHS number (10 digits with a valid check digit); send pseudonymous identifiers only";

    @TestBroker
    EmbeddedKafkaBroker broker;

    @Test
    void malformedJsonArrayIsRefusedWithLineAndColumn() {
        String body = "[\n  {\"eventId\": \"0f8fad5b-d9cb-469f-a165-70867728950e\",\n   \"type\" \"STROKE_ARRIVAL\"}\n]";

        postJson(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asi-stream:problem:malformed-json"))
                .body("title", equalTo("Malformed JSON"))
                .body("status", equalTo(400))
                .body("line", equalTo(3))
                .body("column", equalTo(11))
                .body("detail", equalTo("malformed JSON at line 3, column 11: Unexpected character "
                        + "('\"' (code 34)): was expecting a colon to separate field name and value"));
    }

    @Test
    void malformedNdjsonLineIsNamed() {
        String body = TestEvents.arrival("T01") + "\n{\"eventId\": \n" + TestEvents.arrival("T01") + "\n";

        postNdjson(body)
                .statusCode(400)
                .body("type", equalTo("urn:asi-stream:problem:malformed-json"))
                .body("line", equalTo(2))
                .body("column", equalTo(13));
    }

    @Test
    void singleObjectInsteadOfAnArrayIsRefused() {
        postJson(TestEvents.arrival("T01").toString())
                .statusCode(400)
                .body("detail", equalTo("the body must be a JSON array of events; to send one event per line, use "
                        + "Content-Type: application/x-ndjson"))
                .body("line", equalTo(1))
                .body("column", equalTo(1));
    }

    @Test
    void fieldGivenTwiceInOneEventIsRefused() {
        postJson("[{\"trust\": \"T01\", \"trust\": \"T01\"}]")
                .statusCode(400)
                .body("detail", equalTo("malformed JSON at line 1, column 26: Duplicate field 'trust'"));
    }

    @Test
    void contentTypeOtherThanJsonOrNdjsonIsRefused() {
        given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.TEXT).body("[]")
                .when().post("/v1/events")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asi-stream:problem:unsupported-media-type"))
                .body("detail", equalTo("send a JSON array of events as Content-Type: application/json, or one "
                        + "event per line as Content-Type: application/x-ndjson"));
    }

    @Test
    void moreEventsThanTheLimitAreRefused() {
        postNdjson(TestEvents.ndjson(TestEvents.arrivals("T01", 10_001)))
                .statusCode(413)
                .body("type", equalTo("urn:asi-stream:problem:too-large"))
                .body("detail", equalTo("more than 10000 events in one request; send at most 10000 per request"));
    }

    @Test
    void moreBytesThanTheLimitAreRefused() {
        String body = "[" + " ".repeat(10 * 1024 * 1024) + "]";

        postJson(body)
                .statusCode(413)
                .body("detail", equalTo("the body is larger than 10485760 bytes; split the events over several "
                        + "requests"));
    }

    @Test
    void everyInvalidEventIsListedAndNothingIsWritten() {
        ObjectNode valid = TestEvents.arrival("T01");
        ObjectNode noOffset = TestEvents.arrival("T01").put("occurredAt", "2011-03-01T10:15:00");
        ObjectNode twoProblems = TestEvents.arrival("T01").put("episodeId", "ab");
        twoProblems.remove("arrivalMode");
        List<ObjectNode> batch = List.of(valid, noOffset, twoProblems);

        postJson(TestEvents.jsonArray(batch))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asi-stream:problem:invalid-events"))
                .body("title", equalTo("Invalid events"))
                .body("detail", equalTo("2 of 3 events are invalid; nothing was written. Correct or remove them "
                        + "and send the request again"))
                .body("errors", hasSize(3))
                .body("errors.index", contains(1, 2, 2))
                .body("errors.eventId", contains(eventId(noOffset), eventId(twoProblems), eventId(twoProblems)))
                .body("errors.field", contains("occurredAt", "episodeId", "arrivalMode"))
                .body("errors.reason", contains(
                        "must include a UTC offset, such as 2011-03-01T10:15:00Z or 2011-07-01T11:15:00+01:00",
                        "must be 6 to 64 characters, each A-Z, a-z, 0-9, '_' or '-'",
                        "is required and must be one of AMBULANCE, SELF, TRANSFER, INPATIENT"));

        assertThat(loggedEventIds()).doesNotContain(eventId(valid));
    }

    @Test
    void eventIdIsNotEchoedWhenItIsNotAUuid() {
        postJson(TestEvents.jsonArray(List.of(TestEvents.arrival("T01").put("eventId", "not-a-uuid"))))
                .statusCode(422)
                .body("errors[0].eventId", nullValue())
                .body("errors[0].field", equalTo("eventId"));
    }

    @Test
    void nhsNumberAsEpisodeIdIsRefusedWithoutEchoingIt() {
        ObjectNode event = TestEvents.arrival("T01").put("episodeId", "9434765919");

        String body = postJson(TestEvents.jsonArray(List.of(event)))
                .statusCode(422)
                .body("errors.field", contains("episodeId"))
                .body("errors.reason", contains(NHS_NUMBER_REASON))
                .extract().asString();
        assertThat(body).doesNotContain("9434765919");
    }

    @Test
    void nhsNumberAnywhereInTheEventIsRefused() {
        ObjectNode grouped = TestEvents.transferOut("T01", TestEvents.newEpisodeId(), "943 476 5919");
        ObjectNode asFieldName = TestEvents.arrival("T01");
        asFieldName.put("9434765919", true);

        postJson(TestEvents.jsonArray(List.of(grouped, asFieldName)))
                .statusCode(422)
                .body("errors.index", contains(0, 1))
                .body("errors.field", contains("toTrust", "$"))
                .body("errors[0].reason", equalTo(NHS_NUMBER_REASON));
    }

    @Test
    void trustUnknownToTheReferenceDataIsRefused() {
        given().auth().oauth2(Tokens.TRUST_T09).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(List.of(TestEvents.arrival("T09"))))
                .when().post("/v1/events")
                .then()
                .statusCode(422)
                .body("errors.field", contains("trust"))
                .body("errors.reason", contains("T09 is not a trust in the reference data "
                        + "(GET /v1/reference lists them)"));
    }

    @Test
    void transferToAnUnknownTrustIsRefused() {
        postJson(TestEvents.jsonArray(List.of(TestEvents.transferOut("T01", TestEvents.newEpisodeId(), "T77"))))
                .statusCode(422)
                .body("errors.field", contains("toTrust"))
                .body("errors.reason", contains("T77 is not a trust in the reference data "
                        + "(GET /v1/reference lists them)"));
    }

    @Test
    void twoDifferentEventsSharingAnEventIdAreRefused() {
        ObjectNode first = TestEvents.arrival("T01");
        ObjectNode second = TestEvents.arrival("T01").put("eventId", eventId(first));

        postJson(TestEvents.jsonArray(List.of(first, second)))
                .statusCode(422)
                .body("errors.index", contains(1))
                .body("errors.field", contains("eventId"))
                .body("errors.reason", contains("is also the eventId of the different event at index 0; every "
                        + "event needs an eventId of its own"));
    }

    private static ValidatableResponse postJson(String body) {
        return given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON).body(body)
                .when().post("/v1/events")
                .then();
    }

    private static ValidatableResponse postNdjson(String body) {
        return given().auth().oauth2(Tokens.TRUST_T01).contentType("application/x-ndjson").body(body.getBytes())
                .when().post("/v1/events")
                .then();
    }

    private static String eventId(ObjectNode event) {
        return event.get("eventId").textValue();
    }

    private Set<String> loggedEventIds() {
        return new PlatformTopics(broker.bootstrapServers()).eventLog().stream()
                .map(record -> record.value().getEntry())
                .filter(PathwayEvent.class::isInstance)
                .map(entry -> ((PathwayEvent) entry).getEventId())
                .collect(Collectors.toSet());
    }
}
