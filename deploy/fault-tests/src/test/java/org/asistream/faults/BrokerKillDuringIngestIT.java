package org.asistream.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.ViewRecomputation;
import org.asistream.platform.feed.Delivery;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, fault 1: one broker (the active controller, so the controller quorum fails over too) is SIGKILLed during
 * a steady ingest of realistic events through ingest-service, and started again later. Ingest must keep answering
 * 202; a 503 (or no answer) is allowed only for a request sent before the cluster was writable again, i.e. before
 * the controller had fenced the dead node and every partition had a live leader with two live in-sync replicas.
 * Every event ever acknowledged must be in the event log and in the views, which must equal a recomputation from
 * exactly the acknowledged events.
 */
class BrokerKillDuringIngestIT {

    private static final long SEED = Long.getLong("asi.faults.seed", 20110401L);
    private static final int EVENTS_PER_SECOND = 200;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(15);
    private static final Duration NODE_DOWN = Duration.ofSeconds(20);
    private static final Duration AFTER_RESTART = Duration.ofSeconds(15);

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void ingestKeepsAcceptingAndEveryAcknowledgedEventIsInTheViewsWhenABrokerIsKilled() throws Exception {
        try (FaultPlatform platform = FaultPlatform.start("broker-kill-during-ingest");
             ReplicaMonitor monitor = new ReplicaMonitor(platform.cluster())) {
            Service stream = platform.measuresStream("measures-stream", platform.dir().resolve("measures-stream-state"), Map.of()).start();
            Service ingest = platform.ingest("ingest-service").start();
            stream.awaitReady();
            ingest.awaitReady();

            IngestFeed feed = new IngestFeed(ingest.baseUrl(), platform.trustTokens(),
                    Episodes.feed(SEED).between(Episodes.FROM, Episodes.FROM.plusYears(5)).map(Delivery::event).iterator(),
                    EVENTS_PER_SECOND, 20);
            try (feed) {
                feed.start();
                Thread.sleep(BEFORE_KILL.toMillis());

                int victim = platform.cluster().activeController();
                int acknowledgedBefore = feed.acknowledged().size();
                Instant killedAt = Instant.now();
                monitor.markDown(victim);
                platform.cluster().kill(victim);
                Log.say("SIGKILL broker %d (the active controller) after %,d acknowledged events", victim, acknowledgedBefore);

                Instant writable = monitor.awaitWritableAfter(killedAt, Duration.ofSeconds(90));
                Thread.sleep(Math.max(0, NODE_DOWN.toMillis() - Duration.between(killedAt, Instant.now()).toMillis()));
                int fewestWhileDown = monitor.fewestLiveInSyncSince(writable);
                platform.cluster().restart(victim);
                monitor.markUp(victim);
                Log.say("broker %d started again; the cluster was writable %.1f s after the kill", victim,
                        Duration.between(killedAt, writable).toMillis() / 1000.0);

                Thread.sleep(AFTER_RESTART.toMillis());
                feed.finish();

                List<IngestFeed.Refusal> refusals = feed.refusals();
                List<IngestFeed.Refusal> unexcused = refusals.stream().filter(r -> r.sentAt().isAfter(writable)).toList();
                Log.say("ingest: %,d events acknowledged in %,d batches; %d answer(s) other than 202, for requests sent "
                        + "between the kill and %.1f s after it", feed.acknowledged().size(), feed.acceptedBatches(),
                        refusals.size(), Duration.between(killedAt, writable).toMillis() / 1000.0);
                refusals.forEach(r -> Log.say("  request sent %+.1f s after the kill: %s",
                        Duration.between(killedAt, r.sentAt()).toMillis() / 1000.0, r.answer()));
                assertThat(unexcused).as("answers other than 202 to requests sent once two replicas were in sync again").isEmpty();
                assertThat(fewestWhileDown).as("live in-sync replicas with one node down").isGreaterThanOrEqualTo(2);

                List<PathwayEvent> acknowledged = feed.acknowledged();
                EventLog log = new EventLog(platform.cluster());
                Set<String> logged = log.events().stream().map(PathwayEvent::getEventId).collect(Collectors.toSet());
                Set<String> missing = acknowledged.stream().map(PathwayEvent::getEventId)
                        .filter(id -> !logged.contains(id)).collect(Collectors.toSet());
                assertThat(missing).as("acknowledged events missing from the event log").isEmpty();

                log.awaitCaughtUp(FaultPlatform.APPLICATION_ID, Duration.ofMinutes(4));
                Map<String, TrustDayView> expected = ViewRecomputation.fromContractEvents(acknowledged, Instant.now(), MeasuresConfig.defaults().bankHolidays());
                Map<String, TrustDayView> published = log.awaitViews(expected, Duration.ofSeconds(60));
                ViewsAssert.assertViewsEqual(published, expected, "after broker " + victim + " was killed during ingest");
                Log.say("views equal the recomputation from the %,d acknowledged events: %,d trust-day buckets",
                        acknowledged.size(), expected.size());
                assertThat(stream.isAlive()).as("measures-stream survived").isTrue();
                platform.cluster().awaitFullyReplicated(Duration.ofSeconds(90));
            }
        }
    }
}
