package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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
    void startLiveSendsTheEpisodesOfTheLastHoursStraightAwayAndNothingFromTheFuture() throws Exception {
        Instant started = Instant.now();
        try (LiveFeed feed = FeedCommand.startLive(api.url(), SmallRegistry.credentials(), SmallRegistry.reference(),
                3, FeedSettings.DEFAULT)) {
            awaitTrue(() -> !api.requests().isEmpty());
            assertThat(feed.isRunning()).isTrue();
        }

        assertThat(api.events()).isNotEmpty()
                .filteredOn(event -> occurredAt(event).isAfter(Instant.now())).isEmpty();
        assertThat(api.events()).filteredOn(event -> event.get("type").asText().equals("STROKE_ARRIVAL"))
                .filteredOn(event -> occurredAt(event).isBefore(started.minus(FeedCommand.LIVE_HISTORY))).isEmpty();
    }

    @Test
    void eachEventIsSentOnceItsTimeHasComeUntilTheFeedIsClosed() throws Exception {
        // Time runs 600 times faster here: each second of the test is ten minutes of the trusts' day.
        Clock fast = new FastClock(Instant.now(), 600);
        FeedTally tally = new FeedTally(System.err);
        TrustBatchSenders senders = new TrustBatchSenders(new IngestPoster(api.url(), Duration.ofSeconds(5)),
                TrustTokens.of(SmallRegistry.credentials()), tally, 1);
        LiveFeed feed = new LiveFeed(new SyntheticEpisodes(SmallRegistry.reference(), 3, FeedSettings.DEFAULT),
                senders, tally, 500, fast, Duration.ofHours(1)).start();
        Instant feedStarted = fast.instant();

        Instant halfAnHourLater = feedStarted.plusSeconds(1800);
        awaitTrue(() -> api.events().stream().anyMatch(event -> occurredAt(event).isAfter(halfAnHourLater)));
        feed.close();
        int requestsWhenClosed = api.requests().size();
        Thread.sleep(1500);

        assertThat(feed.isRunning()).isFalse();
        assertThat(api.requests()).hasSize(requestsWhenClosed);
        assertThat(feed.summary().accepted()).isEqualTo(api.events().size());
        Instant simulatedNow = fast.instant();
        assertThat(api.events()).filteredOn(event -> occurredAt(event).isAfter(simulatedNow)).isEmpty();
    }

    private static Instant occurredAt(JsonNode event) {
        return OffsetDateTime.parse(event.get("occurredAt").asText()).toInstant();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited %s", PATIENCE).isBefore(giveUp);
            Thread.sleep(100);
        }
    }

    /** A clock that starts at {@code start} and runs {@code speed} times faster than the real one. */
    private static final class FastClock extends Clock {

        private final Instant start;
        private final long startNanos = System.nanoTime();
        private final long speed;

        FastClock(Instant start, long speed) {
            this.start = start;
            this.speed = speed;
        }

        @Override
        public Instant instant() {
            return start.plusNanos((System.nanoTime() - startNanos) * speed);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed by the feed");
        }
    }
}
