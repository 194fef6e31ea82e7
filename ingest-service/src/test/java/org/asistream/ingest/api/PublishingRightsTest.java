package org.asistream.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.asistream.ingest.support.IngestTestEnvironment;
import org.asistream.ingest.support.PlatformTopics;
import org.asistream.ingest.support.TestBroker;
import org.asistream.ingest.support.TestEvents;
import org.asistream.ingest.support.Tokens;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.schemas.avro.PathwayEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may publish what: only a trust's own token, only for that trust; every token may read the reference data. */
@QuarkusTest
@WithTestResource(IngestTestEnvironment.class)
class PublishingRightsTest {

    @TestBroker
    EmbeddedKafkaBroker broker;

    @Test
    void requestWithoutTokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body(TestEvents.jsonArray(List.of(TestEvents.arrival("T01"))))
                .when().post("/v1/events")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer realm=\"asi-stream\"")
                .body("type", equalTo("urn:asi-stream:problem:unauthenticated"))
                .body("title", equalTo("Missing or unknown bearer token"))
                .body("detail", equalTo("send the token of your organisation as Authorization: Bearer <token>"));
    }

    @Test
    void unknownTokenIsUnauthenticated() {
        given().auth().oauth2("guessed-token").contentType(ContentType.JSON).body("[]")
                .when().post("/v1/events")
                .then()
                .statusCode(401)
                .body("detail", equalTo("the bearer token is not known; check it against your credentials"));
    }

    @Test
    void unauthenticatedCallerLearnsNothingAboutItsContentType() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/v1/events")
                .then()
                .statusCode(401);
    }

    @ParameterizedTest
    @CsvSource({
            "net-N1-secret,    NETWORK token of N1",
            "region-R1-secret, REGION token of R1",
            "national-secret,  NATIONAL token"})
    void onlyTrustTokensMayPublish(String token, String describedAs) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(List.of(TestEvents.arrival("T01"))))
                .when().post("/v1/events")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asi-stream:problem:not-a-publisher"))
                .body("detail", equalTo("only a trust's token may publish events; this is a " + describedAs
                        + ", which may only read"));
    }

    @Test
    void trustCannotPublishForAnotherTrustAndNothingIsWritten() {
        ObjectNode own = TestEvents.arrival("T01");
        ObjectNode other = TestEvents.arrival("T02");

        given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(List.of(own, other)))
                .when().post("/v1/events")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:asi-stream:problem:foreign-trust"))
                .body("detail", equalTo("1 of 2 events belong to another trust than T01, the trust of this token; "
                        + "nothing was written"))
                .body("errors.index", contains(1))
                .body("errors.eventId", contains(other.get("eventId").textValue()))
                .body("errors.field", contains("trust"))
                .body("errors.reason", contains("must be T01, the trust of this token"));

        List<String> logged = new PlatformTopics(broker.bootstrapServers()).eventLog().stream()
                .map(record -> record.value().getEntry())
                .filter(PathwayEvent.class::isInstance)
                .map(entry -> ((PathwayEvent) entry).getEventId())
                .collect(Collectors.toList());
        assertThat(logged).doesNotContain(own.get("eventId").textValue(), other.get("eventId").textValue());
    }

    @Test
    void anotherTrustWinsOverInvalidEvents() {
        ObjectNode invalid = TestEvents.arrival("T01").put("occurredAt", "yesterday");

        given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(List.of(invalid, TestEvents.arrival("T02"))))
                .when().post("/v1/events")
                .then()
                .statusCode(403)
                .body("errors.index", contains(1));
    }

    @ParameterizedTest
    @CsvSource({"trust-T01-secret", "net-N1-secret", "region-R1-secret", "national-secret"})
    void everyTokenMayReadTheReferenceData(String token) {
        given().auth().oauth2(token)
                .when().get("/v1/reference")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("regions.code", contains("R1", "R2"))
                .body("networks.code", contains("N1", "N2"))
                .body("trusts.code", hasItems("T01", "T02", "T03"))
                .body("trusts[2].memberships[0].network", equalTo("N2"))
                .body("trusts[2].memberships[0].from", equalTo("2010-04-01"));
    }

    @Test
    void referenceDataNeedsAToken() {
        given().when().get("/v1/reference")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
