package org.asistream.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.ViewRecomputation;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, fault 2: measures-stream is SIGKILLed at random moments (seeded) while it replays a log of 200,000
 * realistic events from a three-node cluster, and restarted each time (alternately on its old state directory, as
 * a restarted pod with its volume, and on an empty one, as a pod moved to another machine); one more kill lands
 * while it is still restoring its state. The final views must equal a recomputation from scratch: no event lost,
 * none counted twice.
 *
 * <p>{@code -Dasi.faults.replay-events=N} replays another number of events (the issue asks for at least 200,000).
 */
class StreamKillsDuringReplayIT {

    private static final int REQUESTED_EVENTS = Integer.getInteger("asi.faults.replay-events", 200_000);
    private static final int WARM_UP_EVENTS = 10_000;
    private static final Duration RATE_PROBE = Duration.ofSeconds(15);
    private static final long SEED = Long.getLong("asi.faults.seed", 20110401L);
    private static final int KILLS_WHILE_PROCESSING = 5;

    @Test
    @Timeout(value = 25, unit = TimeUnit.MINUTES)
    void viewsEqualARecomputationFromScratchAfterRepeatedKillsDuringAReplay() throws Exception {
        List<PathwayEvent> all = Episodes.realistic(SEED, REQUESTED_EVENTS);
        Random random = new Random(SEED);
        try (FaultPlatform platform = FaultPlatform.start("stream-kills-during-replay")) {
            EventLog log = new EventLog(platform.cluster());
            int warmUp = Math.min(all.size(), WARM_UP_EVENTS);
            log.write(all.subList(0, warmUp));

            int instance = 0;
            Service stream = platform.measuresStream("measures-stream", state(platform, instance), Map.of()).start();
            long replayStart = System.nanoTime();
            stream.awaitReady();
            // How fast the stream processes here, for the record.
            long measuredFrom = System.nanoTime();
            long committedFrom = log.committed(FaultPlatform.APPLICATION_ID);
            Thread.sleep(RATE_PROBE.toMillis());
            long committedAfter = log.committed(FaultPlatform.APPLICATION_ID);
            double rate = (committedAfter - committedFrom) / ((System.nanoTime() - measuredFrom) / 1e9);
            int count = all.size();
            List<PathwayEvent> events = all.subList(0, count);
            long writing = System.nanoTime();
            log.write(events.subList(warmUp, count));
            long total = log.eventsEnd().values().stream().mapToLong(Long::longValue).sum();
            long committedNow = log.committed(FaultPlatform.APPLICATION_ID);
            Log.say("measures-stream processes %,.0f records/s here (exactly_once_v2, three brokers); replaying %,d events, "
                    + "%,d records with the clock ticks; written in %.1f s", rate, count, total,
                    (System.nanoTime() - writing) / 1e9);

            // Kill when the committed share of the log passes these points: random, sorted, all inside the replay.
            double from = Math.min(0.5, (double) committedNow / total + 0.02);
            List<Double> killPoints = new ArrayList<>();
            for (int i = 0; i < KILLS_WHILE_PROCESSING; i++) {
                killPoints.add(from + (0.9 - from) * random.nextDouble());
            }
            killPoints.sort(Double::compare);
            int killWhileRestoring = 1 + random.nextInt(KILLS_WHILE_PROCESSING - 1);

            int kills = 0;
            for (double point : killPoints) {
                stream.awaitReady();
                long target = (long) (point * total);
                long committed = awaitCommitted(log, target, stream);
                Thread.sleep(random.nextInt(300));
                stream.kill();
                kills++;
                Log.say("kill %d: SIGKILL measures-stream past %.0f%% of the log (%,d of %,d records committed, %.0f s into the replay)",
                        kills, point * 100, committed, total, (System.nanoTime() - replayStart) / 1e9);
                instance++;
                stream = restart(platform, stream, instance);
                if (kills == killWhileRestoring) {
                    Thread.sleep(2000 + random.nextInt(4000));
                    stream.kill();
                    kills++;
                    Log.say("kill %d: SIGKILL measures-stream while it was starting and restoring its state", kills);
                    instance++;
                    stream = restart(platform, stream, instance);
                }
            }
            stream.awaitReady();
            log.awaitCaughtUp(FaultPlatform.APPLICATION_ID, Duration.ofMinutes(15));
            double seconds = (System.nanoTime() - replayStart) / 1e9;
            Log.say("replay with %d kills caught up after %.1f s (%,.0f records/s including the restarts)", kills, seconds, total / seconds);

            Map<String, TrustDayView> expected = ViewRecomputation.fromContractEvents(events, Instant.now(), MeasuresConfig.defaults().bankHolidays());
            Map<String, TrustDayView> published = log.awaitViews(expected, Duration.ofSeconds(60));
            assertThat(kills).isGreaterThanOrEqualTo(KILLS_WHILE_PROCESSING);
            ViewsAssert.assertViewsEqual(published, expected, "after " + kills + " kills of measures-stream during a replay of "
                    + events.size() + " events");
            Log.say("views equal the recomputation from %,d events: %,d trust-day buckets, %,d outcomes", events.size(),
                    expected.size(), ViewsAssert.outcomes(expected));
        }
    }

    /** Odd instances start on the state directory of the killed one, even ones on an empty directory. */
    private static Service restart(FaultPlatform platform, Service killed, int instance) {
        if (instance % 2 == 1) {
            return killed.start();
        }
        return platform.measuresStream("measures-stream", state(platform, instance), Map.of()).start();
    }

    private static Path state(FaultPlatform platform, int instance) {
        return platform.dir().resolve("measures-stream-state-" + instance);
    }

    private static long awaitCommitted(EventLog log, long target, Service stream) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            long committed = log.committed(FaultPlatform.APPLICATION_ID);
            if (committed >= target) {
                return committed;
            }
            assertThat(stream.isAlive()).as("measures-stream is running; see " + stream.process().logFile()).isTrue();
            assertThat(System.nanoTime()).as("measures-stream committed %,d records within 5 minutes", target).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
