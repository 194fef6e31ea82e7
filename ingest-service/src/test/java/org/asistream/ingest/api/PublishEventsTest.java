package org.asistream.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.asistream.ingest.support.IngestTestEnvironment;
import org.asistream.ingest.support.PlatformTopics;
import org.asistream.ingest.support.TestBroker;
import org.asistream.ingest.support.TestEvents;
import org.asistream.ingest.support.Tokens;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.reference.ReferenceData;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(IngestTestEnvironment.class)
class PublishEventsTest {

    @TestBroker
    EmbeddedKafkaBroker broker;

    @Test
    void acceptedEventsAreInTheEventLogKeyedByEpisodeAndStampedWithReceipt() {
        ObjectNode arrival = TestEvents.arrival("T01");
        String episode = arrival.get("episodeId").textValue();
        List<ObjectNode> sent = List.of(arrival, TestEvents.imaging("T01", episode), TestEvents.arrival("T01"));
        Instant before = Instant.now().minusMillis(1);

        given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON).body(TestEvents.jsonArray(sent))
                .when().post("/v1/events")
                .then().statusCode(202).contentType(ContentType.JSON).body("accepted", equalTo(3));

        Map<String, ConsumerRecord<String, PathwayLogRecord>> logged = loggedByEventId();
        for (ObjectNode event : sent) {
            ConsumerRecord<String, PathwayLogRecord> record = logged.get(event.get("eventId").textValue());
            assertThat(record).as("event %s in the log", event.get("eventId")).isNotNull();
            assertThat(record.key()).isEqualTo(event.get("episodeId").textValue());
            PathwayEvent loggedEvent = (PathwayEvent) record.value().getEntry();
            assertThat(PathwayEventJson.toJson(loggedEvent)).isEqualTo(event);
            assertThat(loggedEvent.getReceivedAt()).isBetween(before, Instant.now());
        }
    }

    @Test
    void ndjsonBatchIsAccepted() {
        List<ObjectNode> sent = TestEvents.arrivals("T02", 5);

        given().auth().oauth2(Tokens.TRUST_T02).contentType("application/x-ndjson")
                .body(TestEvents.ndjson(sent).getBytes())
                .when().post("/v1/events")
                .then().statusCode(202).body("accepted", equalTo(5));

        assertThat(loggedByEventId()).containsKeys(eventIds(sent).toArray(String[]::new));
    }

    @Test
    void batchOfTenThousandEventsIsAccepted() {
        List<ObjectNode> sent = TestEvents.arrivals("T01", 10_000);

        given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON).body(TestEvents.jsonArray(sent))
                .when().post("/v1/events")
                .then().statusCode(202).body("accepted", equalTo(10_000));

        assertThat(loggedByEventId().keySet()).containsAll(eventIds(sent));
    }

    @Test
    void sameEventTwiceInOneBatchIsHarmless() {
        ObjectNode arrival = TestEvents.arrival("T01");

        given().auth().oauth2(Tokens.TRUST_T01).contentType(ContentType.JSON)
                .body(TestEvents.jsonArray(List.of(arrival, arrival.deepCopy())))
                .when().post("/v1/events")
                .then().statusCode(202).body("accepted", equalTo(2));
    }

    @Test
    void trustAddedToTheReferenceDataMayPublishWithoutRestart() throws InterruptedException {
        List<ObjectNode> batch = TestEvents.arrivals("T04", 1);
        given().auth().oauth2(Tokens.TRUST_T04).contentType(ContentType.JSON).body(TestEvents.jsonArray(batch))
                .when().post("/v1/events")
                .then().statusCode(422).body("errors[0].field", equalTo("trust"));

        Trust newTrust = new Trust("T04", "Moorland Community NHS Trust", false,
                List.of(new Membership("N2", java.time.LocalDate.parse("2011-01-01"))));
        new PlatformTopics(broker.bootstrapServers())
                .publishReferenceData(new ReferenceData(List.of(), List.of(), List.of(newTrust)));

        int status = 0;
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(15)); Instant.now().isBefore(deadline); ) {
            status = given().auth().oauth2(Tokens.TRUST_T04).contentType(ContentType.JSON)
                    .body(TestEvents.jsonArray(batch))
                    .when().post("/v1/events")
                    .then().extract().statusCode();
            if (status == 202) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status).isEqualTo(202);
    }

    private Map<String, ConsumerRecord<String, PathwayLogRecord>> loggedByEventId() {
        return new PlatformTopics(broker.bootstrapServers()).eventLog().stream()
                .filter(record -> record.value().getEntry() instanceof PathwayEvent)
                .collect(Collectors.toMap(record -> ((PathwayEvent) record.value().getEntry()).getEventId(),
                        Function.identity(), (first, second) -> first));
    }

    private static Set<String> eventIds(List<ObjectNode> events) {
        return events.stream().map(event -> event.get("eventId").textValue()).collect(Collectors.toSet());
    }
}
