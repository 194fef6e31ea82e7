package org.asistream.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.asistream.ingest.support.IngestTestEnvironment;
import org.asistream.ingest.support.TestEvents;
import org.asistream.ingest.support.Tokens;
import org.junit.jupiter.api.Test;

/** What operators and integrators see besides the API itself: its documentation, health and metrics. */
@QuarkusTest
@WithTestResource(IngestTestEnvironment.class)
class OperationsEndpointsTest {

    @Test
    void openApiDocumentsEveryResourceWithItsErrors() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/v1/events'.post.responses.keySet()",
                        hasItems("202", "400", "401", "403", "413", "415", "422", "503"))
                .body("paths.'/v1/events'.post.responses.'422'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/v1/events'.post.requestBody.content.keySet()",
                        hasItems("application/json", "application/x-ndjson"))
                .body("paths.'/v1/events'.post.responses.'503'.headers.keySet()", hasItems("Retry-After"))
                .body("paths.'/v1/reference'.get.responses.keySet()", hasItems("200", "401", "503"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/v1/events'.post.security[0].keySet()", hasItems("bearer"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void readyWhenTheBrokerIsReachableAndTheReferenceDataIsRead() {
        given().when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("Kafka connection health check", "Reference data"))
                .body("checks.find { it.name == 'Reference data' }.data.trusts", equalTo(3));
    }

    @Test
    void metricsCountAcceptedAndRejectedEventsPerTrustAndReason() {
        given().auth().oauth2(Tokens.TRUST_T02).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(TestEvents.arrivals("T02", 4)))
                .when().post("/v1/events").then().statusCode(202);
        given().auth().oauth2(Tokens.TRUST_T02).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(List.of(TestEvents.arrival("T02").put("type", "LUNCH"))))
                .when().post("/v1/events").then().statusCode(422);

        given().when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(matchesPattern("(?s).*asi_ingest_events_accepted_total\\{trust=\"T02\"} [4-9][0-9.E]*\n.*"))
                .body(containsString("asi_ingest_events_rejected_total{reason=\"invalid-events\",trust=\"T02\"}"))
                .body(containsString("asi_ingest_acknowledgement_seconds_count"))
                .body(containsString("http_server_requests_seconds_count{method=\"POST\""))
                .body(containsString("kafka_producer_record_send_total"));
    }
}
