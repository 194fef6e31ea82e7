package org.asistream.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.ViewRecomputation;
import org.asistream.platform.feed.Delivery;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, fault 5: the whole cluster (all three nodes) is SIGKILLed during a steady ingest and started again on
 * its logs. The services are left alone: no restart, no manual step. Ingest answers 503 while the cluster is down
 * and 202 again once it is writable; measures-stream carries on; query-service follows the views again. Nothing
 * acknowledged is lost: the views equal a recomputation from the acknowledged events.
 */
class ClusterRestartIT {

    private static final long SEED = Long.getLong("asi.faults.seed", 20110401L) + 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void thePlatformRecoversWithoutManualStepsAndLosesNothingWhenTheWholeClusterIsKilled() throws Exception {
        try (FaultPlatform platform = FaultPlatform.start("cluster-restart");
             ReplicaMonitor monitor = new ReplicaMonitor(platform.cluster())) {
            Service stream = platform.measuresStream("measures-stream", platform.dir().resolve("measures-stream-state"), Map.of()).start();
            Service ingest = platform.ingest("ingest-service").start();
            Service query = platform.query("query-service").start();
            stream.awaitReady();
            ingest.awaitReady();
            query.awaitReady();

            IngestFeed feed = new IngestFeed(ingest.baseUrl(), platform.trustTokens(),
                    Episodes.feed(SEED).between(Episodes.FROM, Episodes.FROM.plusYears(5)).map(Delivery::event).iterator(),
                    200, 20);
            try (feed) {
                feed.start();
                Thread.sleep(15_000);
                String asOfBefore = asOf(query, platform.nationalToken());

                int acknowledgedBefore = feed.acknowledged().size();
                Instant killedAt = Instant.now();
                for (int node = 1; node <= KafkaCluster.NODES; node++) {
                    monitor.markDown(node);
                }
                platform.cluster().killAll();
                Log.say("SIGKILL all three brokers after %,d acknowledged events (platform clock %s)", acknowledgedBefore, asOfBefore);
                Thread.sleep(5_000);
                platform.cluster().startAll();
                for (int node = 1; node <= KafkaCluster.NODES; node++) {
                    monitor.markUp(node);
                }
                Instant restarted = Instant.now();
                Log.say("cluster started again %.1f s after the kill", Duration.between(killedAt, restarted).toMillis() / 1000.0);
                Instant writable = monitor.awaitWritableAfter(restarted, Duration.ofSeconds(120));
                Log.say("cluster writable %.1f s after the kill", Duration.between(killedAt, writable).toMillis() / 1000.0);

                Thread.sleep(20_000);
                feed.finish();
                List<IngestFeed.Refusal> refusals = feed.refusals();
                Log.say("ingest: %,d events acknowledged in %,d batches; %d answers other than 202 (first sent %+.1f s, last %+.1f s from the kill)",
                        feed.acknowledged().size(), feed.acceptedBatches(), refusals.size(),
                        refusals.isEmpty() ? 0 : Duration.between(killedAt, refusals.get(0).sentAt()).toMillis() / 1000.0,
                        refusals.isEmpty() ? 0 : Duration.between(killedAt, refusals.get(refusals.size() - 1).sentAt()).toMillis() / 1000.0);
                assertThat(refusals).as("answers other than 202 to requests sent once the cluster was writable again")
                        .filteredOn(r -> r.sentAt().isAfter(writable)).isEmpty();
                assertThat(feed.acknowledged().size()).as("events acknowledged after the restart").isGreaterThan(acknowledgedBefore);

                assertThat(stream.isAlive()).as("measures-stream still running, not restarted").isTrue();
                assertThat(ingest.isAlive()).as("ingest-service still running").isTrue();
                assertThat(query.isAlive()).as("query-service still running").isTrue();
                stream.awaitReady();

                List<PathwayEvent> acknowledged = feed.acknowledged();
                EventLog log = new EventLog(platform.cluster());
                log.awaitCaughtUp(FaultPlatform.APPLICATION_ID, Duration.ofMinutes(4));
                Map<String, TrustDayView> expected = ViewRecomputation.fromContractEvents(acknowledged, Instant.now(), MeasuresConfig.defaults().bankHolidays());
                Map<String, TrustDayView> published = log.awaitViews(expected, Duration.ofSeconds(60));
                ViewsAssert.assertViewsEqual(published, expected, "after the whole cluster was killed and restarted");
                Log.say("views equal the recomputation from the %,d acknowledged events: %,d trust-day buckets",
                        acknowledged.size(), expected.size());

                String asOfAfter = awaitAsOfAfter(query, platform.nationalToken(), asOfBefore);
                Log.say("query-service follows the views again: platform clock %s -> %s", asOfBefore, asOfAfter);
            }
        }
    }

    /** The platform clock of the nation's measures for FY2010, as query-service answers it. */
    static String asOf(Service query, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(query.baseUrl() + "/v1/nation/measures?period=FY2010"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET /v1/nation/measures: %s", response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.path("asOf").asText();
    }

    private static String awaitAsOfAfter(Service query, String token, String before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String now = asOf(query, token);
        while (Instant.parse(now).compareTo(Instant.parse(before).plusSeconds(20)) <= 0) {
            assertThat(System.nanoTime()).as("query-service's platform clock moved past %s (it is %s)", before, now).isLessThan(deadline);
            Thread.sleep(1000);
            now = asOf(query, token);
        }
        return now;
    }
}
