package org.asistream.measures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.measure.EpisodeAssessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Late, out-of-order and duplicated delivery must not change what an episode amounts to.
 *
 * <p>Each case draws everything from {@code new Random(seed)}, and its seed is in the test name and in every
 * assertion message: to replay a failure, make the seed source return {@code LongStream.of(thatSeed)}.
 */
class OrderIndependenceProperties {

    private static final int MAX_MINUTES_AFTER_FIRST_EVENT = 60 * 24 * 400;

    private final EpisodeAssessor assessor = new EpisodeAssessor(Pathway.BANK_HOLIDAYS_2011);

    static LongStream fiveHundredSeeds() {
        return new Random(0x0D15_0A11L).longs(500);
    }

    static LongStream twoHundredSeeds() {
        return new Random(0x2E57_03EDL).longs(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fiveHundredSeeds")
    void shufflingTheArrivalOrderGivesAnIdenticalAssessment(long seed) {
        Random random = new Random(seed);
        List<PathwayEvent> events = RandomEpisodes.episode("EPISODE-P", random);
        List<PathwayEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, random);
        Instant now = events.get(0).occurredAt().plus(Duration.ofMinutes(minutesAfterFirstEvent(random, -60)));

        EpisodeLog inScriptOrder = logOf(events);
        EpisodeLog inShuffledOrder = logOf(shuffled);

        assertThat(inShuffledOrder).as("seed %d: log", seed).isEqualTo(inScriptOrder);
        assertThat(assessor.assess(inShuffledOrder, now)).as("seed %d: assessment at %s", seed, now)
                .isEqualTo(assessor.assess(inScriptOrder, now));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("twoHundredSeeds")
    void aRestoredLogAssessesLikeTheOriginal(long seed) {
        Random random = new Random(seed);
        List<PathwayEvent> events = RandomEpisodes.episode("EPISODE-P", random);
        EpisodeLog log = logOf(events);
        Instant now = events.get(0).occurredAt().plus(Duration.ofMinutes(minutesAfterFirstEvent(random, 0)));

        EpisodeLog restored = EpisodeLog.restore(log.events(), log.conflictedEventIds());

        assertThat(assessor.assess(restored, now)).as("seed %d: assessment at %s", seed, now)
                .isEqualTo(assessor.assess(log, now));
    }

    /**
     * When the episode is assessed, in [min, 400 days]: half the time within the first day, where most deadlines
     * fall, otherwise anywhere in the range.
     */
    private static int minutesAfterFirstEvent(Random random, int min) {
        int max = random.nextBoolean() ? 60 * 24 : MAX_MINUTES_AFTER_FIRST_EVENT;
        return min + random.nextInt(max - min + 1);
    }

    private static EpisodeLog logOf(List<PathwayEvent> events) {
        EpisodeLog log = new EpisodeLog();
        events.forEach(log::add);
        return log;
    }
}
