package org.asistream.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.asistream.ingest.support.IngestTestEnvironment;
import org.asistream.ingest.support.ShortAckTimeout;
import org.asistream.ingest.support.TestBroker;
import org.asistream.ingest.support.TestEvents;
import org.asistream.ingest.support.Tokens;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;

/**
 * With the broker down the service answers 503 within the bound and is not ready, refusals are answered as quickly as
 * ever; it recovers on its own.
 */
@QuarkusTest
@TestProfile(ShortAckTimeout.class)
@WithTestResource(IngestTestEnvironment.class)
class BrokerOutageTest {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @TestBroker
    EmbeddedKafkaBroker broker;

    @Test
    void brokerOutageIsA503WithinTheBoundThenTheServiceRecovers() throws InterruptedException {
        assertThat(publish(500).statusCode()).isEqualTo(202);
        readiness().then().statusCode(200);

        broker.stop();
        try {
            long start = System.nanoTime();
            Response refused = publish(500);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            refused.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:asi-stream:problem:event-log-unavailable"))
                    .body("detail", equalTo("the event log did not acknowledge every event within 2 s, so the "
                            + "request is not accepted (some events may have been written). Send the same request "
                            + "again later: events already written are recognised by their eventId and not counted "
                            + "twice"));
            assertThat(took).isLessThan(Duration.ofMillis(ShortAckTimeout.ACK_TIMEOUT_MILLIS + 3000));

            long refusing = System.nanoTime();
            given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON)
                    .body(TestEvents.jsonArray(List.of(TestEvents.arrival("T01").put("occurredAt", "2011-03-01"))))
                    .when().post("/v1/events")
                    .then().statusCode(422);
            assertThat(Duration.ofNanos(System.nanoTime() - refusing))
                    .as("a refusal does not wait for its rejection record to reach the broker")
                    .isLessThan(Duration.ofMillis(ShortAckTimeout.ACK_TIMEOUT_MILLIS / 2));
            awaitStatus(() -> readiness().statusCode(), 503);
            readiness().then().body("checks.find { it.name == 'Kafka connection health check' }.status",
                    equalTo("DOWN"));
        } finally {
            broker.restart();
        }

        awaitStatus(() -> publish(500).statusCode(), 202);
        awaitStatus(() -> readiness().statusCode(), 200);
        given().when().get("/q/metrics").then()
                .body(containsString("asi_ingest_producer_errors_total"));
    }

    private static Response publish(int events) {
        return given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(TestEvents.arrivals("T01", events)))
                .when().post("/v1/events");
    }

    private static Response readiness() {
        return given().when().get("/q/health/ready");
    }

    private static void awaitStatus(Supplier<Integer> status, int expected) throws InterruptedException {
        int last = -1;
        for (Instant deadline = Instant.now().plus(RECOVERY); Instant.now().isBefore(deadline); ) {
            last = status.get();
            if (last == expected) {
                return;
            }
            Thread.sleep(250);
        }
        assertThat(last).as("status after waiting %s", RECOVERY).isEqualTo(expected);
    }
}
