package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.json.PathwayEventJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The backfill posting to an ingest API in the test, as three trusts' systems would. */
class FeedPostingTest {

    private static final FeedSettings SETTINGS = FeedSettings.DEFAULT.withScale(0.05);
    private static final LocalDate FROM = LocalDate.of(2010, 6, 1);
    private static final LocalDate TO = LocalDate.of(2010, 7, 31);
    private static final long SEED = 4;

    private FakeTrustApi api;

    @BeforeEach
    void startApi() throws Exception {
        api = FakeTrustApi.start();
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    @Test
    void eachTrustPostsItsOwnEventsWithItsOwnTokenInBatchesOfAtMost500() throws Exception {
        FeedSummary summary = backfill(SmallRegistry.credentials());

        long generated = new SyntheticEpisodes(SmallRegistry.reference(), SEED, SETTINGS).between(FROM, TO).count();
        assertThat(summary.accepted()).isEqualTo(generated).isEqualTo(api.events().size());
        assertThat(summary.rejected()).isZero();
        assertThat(api.requests()).allSatisfy(request -> {
            assertThat(request.events().size()).isBetween(1, 500);
            assertThat(request.events()).allSatisfy(event ->
                    assertThat(event.get("trust").asText()).isEqualTo(SmallRegistry.trustOf(request.token())));
        });
        assertThat(api.requests().stream().map(FakeTrustApi.Request::token).distinct())
                .containsExactlyInAnyOrder("trust-T01-secret", "trust-T02-secret", "trust-T03-secret");
    }

    @Test
    void aTrustsEventsGoOutInDeliveryOrder() throws Exception {
        backfill(SmallRegistry.credentials());

        List<String> sentByT02 = api.requests().stream()
                .filter(request -> request.token().equals("trust-T02-secret"))
                .flatMap(request -> StreamSupport.stream(request.events().spliterator(), false))
                .map(event -> event.get("eventId").asText())
                .toList();
        List<String> deliveredByT02 = new SyntheticEpisodes(SmallRegistry.reference(), SEED, SETTINGS)
                .between(FROM, TO)
                .map(Delivery::event)
                .filter(event -> event.getTrust().equals("T02"))
                .map(PathwayEvent::getEventId)
                .toList();
        assertThat(sentByT02).isEqualTo(deliveredByT02);
    }

    @Test
    void aBatchAnswered503IsSentAgainAfterRetryAfter() throws Exception {
        AtomicReference<FakeTrustApi.Request> firstRequest = new AtomicReference<>();
        api.answer(request -> firstRequest.compareAndSet(null, request)
                ? FakeTrustApi.Answer.unavailable(1) : FakeTrustApi.Answer.accepted(request));

        FeedSummary summary = backfill(SmallRegistry.credentials());

        FakeTrustApi.Request refused = firstRequest.get();
        FakeTrustApi.Request again = api.requests().stream()
                .filter(request -> request != refused && request.events().equals(refused.events()))
                .findFirst().orElseThrow();
        assertThat(again.token()).isEqualTo(refused.token());
        assertThat(Duration.between(refused.receivedAt(), again.receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(summary.rejected()).isZero();
        assertThat(summary.accepted()).isEqualTo(api.events().size() - refused.events().size());
    }

    @Test
    void refusedBatchesAreCountedWithTheServicesReasonAndTheOthersGoOn() throws Exception {
        api.answer(request -> request.token().equals("trust-T02-secret")
                ? FakeTrustApi.Answer.invalid(request) : FakeTrustApi.Answer.accepted(request));

        FeedSummary summary = backfill(SmallRegistry.credentials());

        long ofT02 = api.events().stream().filter(event -> event.get("trust").asText().equals("T02")).count();
        assertThat(ofT02).isPositive();
        assertThat(summary.rejectedByReason()).isEqualTo(Map.of("422 Invalid events", ofT02));
        assertThat(summary.accepted()).isEqualTo(api.events().size() - ofT02);
        assertThat(summary.describe()).contains("rejected " + String.format("%,d", ofT02) + ": 422 Invalid events");
    }

    @Test
    void eventsOfATrustWithoutATokenAreCountedAsRejectedAndNotSent() throws Exception {
        Credentials withoutT03 = Credentials.parse(new ObjectMapper().readTree("""
                {"tokens": [{"token": "trust-T01-secret", "role": "TRUST", "org": "T01"},
                            {"token": "trust-T02-secret", "role": "TRUST", "org": "T02"},
                            {"tokenSha256": "%s", "role": "TRUST", "org": "T03"}]}
                """.formatted(Credentials.sha256Hex("trust-T03-secret"))));

        FeedSummary summary = backfill(withoutT03);

        assertThat(api.events()).extracting(event -> event.get("trust").asText()).doesNotContain("T03");
        assertThat(summary.rejectedByReason()).containsOnlyKeys("no token for the trust");
    }

    @Test
    void thePosterGivesUpWhenTheServiceStaysUnavailable() throws Exception {
        api.answer(request -> FakeTrustApi.Answer.unavailable(1));
        IngestPoster poster = new IngestPoster(api.url(), Duration.ofMillis(2500));
        List<PathwayEvent> batch = new SyntheticEpisodes(SmallRegistry.reference(), SEED, SETTINGS)
                .events(FROM, 10).stream().filter(event -> event.getTrust().equals("T01")).toList();

        assertThatThrownBy(() -> poster.post("trust-T01-secret", batch))
                .isInstanceOf(IngestUnavailableException.class)
                .hasMessageContaining("answered 503");
        assertThat(api.requests()).hasSizeBetween(2, 4);
    }

    @Test
    void thePosterSendsTheTrustsJsonContract() throws Exception {
        List<PathwayEvent> batch = new SyntheticEpisodes(SmallRegistry.reference(), SEED, SETTINGS)
                .events(FROM, 50).stream().filter(event -> event.getTrust().equals("T01")).toList();

        PostOutcome outcome = new IngestPoster(api.url(), Duration.ofSeconds(5)).post("trust-T01-secret", batch);

        assertThat(outcome).isEqualTo(new PostOutcome.Accepted(batch.size()));
        JsonNode sent = api.requests().get(0).events();
        assertThat(sent.isArray()).isTrue();
        assertThat(sent.get(0)).isEqualTo(PathwayEventJson.toJson(batch.get(0)));
    }

    private FeedSummary backfill(Credentials credentials) throws InterruptedException {
        return FeedCommand.backfill(api.url(), credentials, SmallRegistry.reference(), SEED, SETTINGS, FROM, TO);
    }
}
