package org.asistream.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.ViewRecomputation;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, fault 3: two measures-stream instances share the events topic's partitions (one application id, a state
 * directory each); one is SIGKILLed while events keep arriving. The other must take over every partition, restore
 * the dead one's state from the changelogs and publish views equal to a recomputation from scratch.
 */
class StreamTakeoverIT {

    private static final long SEED = Long.getLong("asi.faults.seed", 20110401L) + 3;
    private static final int EVENTS = 15_000;
    private static final int SLICES = 30;
    private static final Duration SLICE_EVERY = Duration.ofMillis(1000);
    // The group notices a SIGKILLed member after the consumer session timeout (45 s by default): 10 s here.
    private static final Map<String, String> SESSION = Map.of("kafka-streams.consumer.session.timeout.ms", "10000");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void theSurvivingInstanceTakesOverEveryPartitionAndTheViewsAreCorrect() throws Exception {
        List<PathwayEvent> events = Episodes.realistic(SEED, EVENTS);
        try (FaultPlatform platform = FaultPlatform.start("stream-takeover")) {
            Service first = platform.measuresStream("measures-stream-a", platform.dir().resolve("state-a"), SESSION).start();
            Service second = platform.measuresStream("measures-stream-b", platform.dir().resolve("state-b"), SESSION).start();
            first.awaitReady();
            second.awaitReady();
            awaitMembersWithPartitions(platform, 2, Duration.ofSeconds(120));
            Log.say("two measures-stream instances share the partitions");

            EventLog log = new EventLog(platform.cluster());
            AtomicReference<Throwable> writeFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                int slice = events.size() / SLICES;
                try (KafkaProducer<String, PathwayLogRecord> producer = log.producer()) {
                    for (int i = 0; i < SLICES; i++) {
                        EventLog.write(producer, events.subList(i * slice, i == SLICES - 1 ? events.size() : (i + 1) * slice));
                        Thread.sleep(SLICE_EVERY.toMillis());
                    }
                } catch (Throwable e) {
                    writeFailure.set(e);
                }
            }, "event-writer");
            writer.start();
            try {
                Thread.sleep(SLICE_EVERY.toMillis() * SLICES / 3);
                long committedBefore = log.committed(FaultPlatform.APPLICATION_ID);
                Instant killedAt = Instant.now();
                first.kill();
                Log.say("SIGKILL %s with %,d records committed by the group", first.name(), committedBefore);

                awaitMembersWithPartitions(platform, 1, Duration.ofSeconds(120));
                Log.say("%s owns every partition %.1f s after the kill", second.name(),
                        Duration.between(killedAt, Instant.now()).toMillis() / 1000.0);
            } finally {
                writer.join(Duration.ofMinutes(3).toMillis());
            }
            assertThat(writeFailure.get()).as("events written").isNull();

            log.awaitCaughtUp(FaultPlatform.APPLICATION_ID, Duration.ofMinutes(5));
            Map<String, TrustDayView> expected = ViewRecomputation.fromContractEvents(events, Instant.now(), MeasuresConfig.defaults().bankHolidays());
            Map<String, TrustDayView> published = log.awaitViews(expected, Duration.ofSeconds(60));
            ViewsAssert.assertViewsEqual(published, expected, "after one of two measures-stream instances was killed");
            assertThat(second.isAlive()).isTrue();
            Log.say("views equal the recomputation from %,d events: %,d trust-day buckets", events.size(), expected.size());
        }
    }

    /**
     * Waits until the application's group has exactly {@code members} members that all own partitions of the events
     * topic, and every events partition is owned; returns how long that took.
     */
    private static Duration awaitMembersWithPartitions(FaultPlatform platform, int members, Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                ConsumerGroupDescription group = platform.cluster().admin()
                        .describeConsumerGroups(List.of(FaultPlatform.APPLICATION_ID)).all().get(10, TimeUnit.SECONDS)
                        .get(FaultPlatform.APPLICATION_ID);
                Collection<MemberDescription> current = group.members();
                long owned = current.stream().flatMap(m -> m.assignment().topicPartitions().stream())
                        .filter(tp -> tp.topic().equals(Topics.PATHWAY_EVENTS.name())).distinct().count();
                boolean everyMemberWorks = current.stream().allMatch(m -> m.assignment().topicPartitions().stream()
                        .anyMatch(tp -> tp.topic().equals(Topics.PATHWAY_EVENTS.name())));
                last = group.groupState() + ", " + current.size() + " members, " + owned + " events partitions owned";
                if (current.size() == members && everyMemberWorks && owned == Topics.PATHWAY_EVENTS.partitions()) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (Exception notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the group did not reach " + members + " working members within " + timeout.toSeconds()
                + " s; last seen: " + last);
    }
}
