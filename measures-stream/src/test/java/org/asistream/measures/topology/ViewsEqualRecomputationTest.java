package org.asistream.measures.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.asistream.measures.domain.RandomEpisodes;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever order the events arrive in, however often they are repeated, whichever eventIds a faulty feed reuses in
 * another episode and however the clock ticks fall between them, the published views (and the summing store) equal a recomputation from scratch at the final clock.
 *
 * <p>Each case draws everything from {@code new Random(seed)}; the seed is in the test name and in every message.
 */
class ViewsEqualRecomputationTest {

    private static final int EPISODES = 25;

    static LongStream seeds() {
        return new Random(0x57_12EAL).longs(12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void publishedViewsEqualARecomputationFromScratchWhateverTheArrivalOrder(long seed) {
        Random random = new Random(seed);
        List<PathwayEvent> events = new ArrayList<>();
        for (int i = 0; i < EPISODES; i++) {
            RandomEpisodes.episode("EPISODE-" + Math.abs(seed % 1000) + "-" + i, random).stream()
                    .map(AvroEventFixtures::throughTheContract).forEach(events::add);
        }
        RandomEpisodes.reuseEventIdsAcrossEpisodes(events, 3, random);
        Instant first = events.stream().map(PathwayEvent::occurredAt).min(Instant::compareTo).orElseThrow();
        Instant finalNow = first.plus(Duration.ofDays(random.nextInt(400)));
        Map<String, TrustDayView> expected = ViewRecomputation.fromScratch(events, finalNow, MeasuresConfig.defaults().bankHolidays());

        Map<String, TrustDayView> firstOrder = run(events, finalNow, first, new Random(random.nextLong()));
        Map<String, TrustDayView> secondOrder = run(events, finalNow, first, new Random(random.nextLong()));

        assertThat(firstOrder).as("seed %d: views after one arrival order", seed).isEqualTo(expected);
        assertThat(secondOrder).as("seed %d: views after another arrival order", seed).isEqualTo(expected);
    }

    /** Sends the events shuffled, with repeats and with ticks in between, then a final tick; returns the views. */
    private static Map<String, TrustDayView> run(List<PathwayEvent> events, Instant finalNow, Instant first, Random random) {
        List<PathwayEvent> arrivals = new ArrayList<>(events);
        for (int i = 0; i < events.size() / 5; i++) {
            arrivals.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(arrivals, random);
        long span = Math.max(1, Duration.between(first, finalNow).toMinutes());
        try (TopologyHarness harness = new TopologyHarness()) {
            for (PathwayEvent event : arrivals) {
                if (random.nextInt(10) == 0) {
                    harness.tick(first.plus(Duration.ofMinutes(random.nextLong(span))));
                }
                harness.send(event);
            }
            harness.tick(finalNow);
            Map<String, TrustDayView> published = harness.publishedTrustDays();
            assertThat(harness.storedTrustDays()).as("the summing store equals the published views").isEqualTo(published);
            return published;
        }
    }
}
