package org.asistream.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.asistream.schemas.avro.IngestRejection;
import org.junit.jupiter.api.Test;

/**
 * A trust's refused publication is written to the rejections topic (for its data-quality view), with its reasons and
 * nothing of its events; accepted requests and callers without a trust write nothing there. The records are written
 * in the background, in order, so a test that expects nothing ends with a refusal it waits for.
 */
@QuarkusTest
@WithTestResource(IngestTestEnvironment.class)
class RejectionRecordsTest {

    private static final Duration WRITTEN_WITHIN = Duration.ofSeconds(30);

    @TestBroker
    EmbeddedKafkaBroker broker;

    @Test
    void aRefusedPublicationIsRecordedWithItsTrustAndReasons() {
        Set<String> before = positions(rejections());
        ObjectNode withoutOffset = TestEvents.arrival("T01").put("occurredAt", "2011-03-01T10:15:00");
        Instant sent = Instant.now().minusMillis(1);

        post(Tokens.TRUST_T01, TestEvents.jsonArray(List.of(TestEvents.arrival("T01"), withoutOffset)), 422);

        ConsumerRecord<String, IngestRejection> record = awaitNew(before, 1).get(0);
        assertThat(record.key()).isEqualTo("T01");
        IngestRejection rejection = record.value();
        assertThat(rejection.getTrust()).isEqualTo("T01");
        assertThat(rejection.getProblem()).isEqualTo("invalid-events");
        assertThat(rejection.getEvents()).isEqualTo(1);
        assertThat(rejection.getEventReasons()).containsExactlyEntriesOf(Map.of("invalid-events:occurredAt", 1L));
        assertThat(rejection.getAt()).isBetween(sent, Instant.now());
    }

    @Test
    void anEventOfAnotherTrustIsRecordedForTheCallersTrust() {
        Set<String> before = positions(rejections());

        post(Tokens.TRUST_T02, TestEvents.jsonArray(List.of(TestEvents.arrival("T01"))), 403);

        IngestRejection rejection = awaitNew(before, 1).get(0).value();
        assertThat(rejection.getTrust()).isEqualTo("T02");
        assertThat(rejection.getProblem()).isEqualTo("foreign-trust");
        assertThat(rejection.getEventReasons()).containsExactlyEntriesOf(Map.of("foreign-trust:trust", 1L));
    }

    @Test
    void anAcceptedPublicationIsNotRecorded() {
        Set<String> before = positions(rejections());

        post(Tokens.TRUST_T02, TestEvents.jsonArray(TestEvents.arrivals("T02", 3)), 202);
        post(Tokens.TRUST_T02, "[", 400);

        List<ConsumerRecord<String, IngestRejection>> written = awaitNew(before, 1);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).value().getProblem()).as("only the refusal after it").isEqualTo("malformed-json");
    }

    @Test
    void requestsWithoutATrustAreNotRecorded() {
        Set<String> before = positions(rejections());

        given().contentType(ContentType.JSON).body("[]").when().post("/v1/events").then().statusCode(401);
        post(Tokens.NETWORK_N1, "[]", 403);
        post(Tokens.TRUST_T01, "[", 400);

        List<ConsumerRecord<String, IngestRejection>> written = awaitNew(before, 1);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).value().getTrust()).isEqualTo("T01");
    }

    private static void post(String token, String body, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/events")
                .then().statusCode(status);
    }

    private List<ConsumerRecord<String, IngestRejection>> rejections() {
        return new PlatformTopics(broker.bootstrapServers()).rejections();
    }

    /** The records written since {@code before}, once there are at least {@code count} of them. */
    private List<ConsumerRecord<String, IngestRejection>> awaitNew(Set<String> before, int count) {
        Instant deadline = Instant.now().plus(WRITTEN_WITHIN);
        List<ConsumerRecord<String, IngestRejection>> written = List.of();
        while (written.size() < count && Instant.now().isBefore(deadline)) {
            written = rejections().stream().filter(record -> !before.contains(position(record))).toList();
        }
        assertThat(written).as("rejection records after %s", WRITTEN_WITHIN).hasSizeGreaterThanOrEqualTo(count);
        return written;
    }

    private static Set<String> positions(List<ConsumerRecord<String, IngestRejection>> records) {
        return records.stream().map(RejectionRecordsTest::position).collect(Collectors.toSet());
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.partition() + "@" + record.offset();
    }
}
