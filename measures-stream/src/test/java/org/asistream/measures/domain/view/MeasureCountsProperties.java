package org.asistream.measures.domain.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.RandomEpisodes;
import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.measure.AttributionKey;
import org.asistream.measures.domain.measure.EpisodeAssessor;
import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.measure.OutcomeState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The aggregate is a group: add and subtract in any order, and re-aggregation equals recomputation.
 *
 * <p>Each case draws everything from {@code new Random(seed)}, and its seed is in the test name and in every
 * assertion message: to replay a failure, make the seed source return {@code LongStream.of(thatSeed)}.
 */
class MeasureCountsProperties {

    private static final AttributionKey BUCKET = new AttributionKey("RA1", LocalDate.of(2011, 3, 1));

    static LongStream threeHundredSeeds() {
        return new Random(0x6A0C_0017L).longs(300);
    }

    static LongStream twoHundredSeeds() {
        return new Random(0x0B1E_5EEDL).longs(200);
    }

    static LongStream twoHundredEpisodeSeeds() {
        return new Random(0x0E91_50DEL).longs(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("threeHundredSeeds")
    void addingAndSubtractingTheSameContributionsInAnyOrderGivesBackTheOriginal(long seed) {
        Random random = new Random(seed);
        List<Contribution> base = contributions(random);
        List<Contribution> passing = contributions(random);
        MeasureCounts counts = new MeasureCounts();
        base.forEach(counts::add);
        MeasureCounts original = counts.copy();
        List<Runnable> operations = new ArrayList<>();
        for (Contribution contribution : passing) {
            operations.add(() -> counts.add(contribution));
            operations.add(() -> counts.subtract(contribution));
        }
        Collections.shuffle(operations, random);

        operations.forEach(Runnable::run);

        assertThat(counts).as("seed %d: counts", seed).isEqualTo(original);
        assertThat(counts.hashCode()).as("seed %d: hashCode", seed).isEqualTo(original.hashCode());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("twoHundredSeeds")
    void plusEqualsAddingBothListsOfContributions(long seed) {
        Random random = new Random(seed);
        List<Contribution> left = contributions(random);
        List<Contribution> right = contributions(random);
        MeasureCounts leftCounts = new MeasureCounts();
        left.forEach(leftCounts::add);
        MeasureCounts rightCounts = new MeasureCounts();
        right.forEach(rightCounts::add);
        MeasureCounts all = new MeasureCounts();
        left.forEach(all::add);
        right.forEach(all::add);

        assertThat(leftCounts.plus(rightCounts)).as("seed %d", seed).isEqualTo(all);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("twoHundredEpisodeSeeds")
    void reAggregatingOnEveryEventEqualsAggregatingTheFinalAssessment(long seed) {
        List<PathwayEvent> events = RandomEpisodes.episode("EPISODE-V", new Random(seed));
        EpisodeAssessor assessor = new EpisodeAssessor(Pathway.BANK_HOLIDAYS_2011);
        Map<AttributionKey, MeasureCounts> incremental = new HashMap<>();
        EpisodeLog log = new EpisodeLog();
        List<Contribution> previous = List.of();
        Instant now = events.get(0).occurredAt();
        for (PathwayEvent event : events) {
            log.add(event);
            now = now.plusSeconds(3_600);
            List<Contribution> current = Contribution.of(assessor.assess(log, now));
            previous.forEach(old -> incremental.get(old.bucket()).subtract(old));
            current.forEach(added -> incremental.computeIfAbsent(added.bucket(), key -> new MeasureCounts()).add(added));
            previous = current;
        }
        incremental.values().removeIf(MeasureCounts::isEmpty);

        Map<AttributionKey, MeasureCounts> fromScratch = new HashMap<>();
        for (Contribution contribution : Contribution.of(assessor.assess(log, now))) {
            fromScratch.put(contribution.bucket(), new MeasureCounts().add(contribution));
        }

        assertThat(incremental).as("seed %d", seed).isEqualTo(fromScratch);
    }

    /** A list of contributions to one bucket: usually up to 20, one list in four up to 255. */
    private static List<Contribution> contributions(Random random) {
        int size = random.nextInt(random.nextInt(4) == 0 ? 256 : 21);
        List<Contribution> contributions = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            contributions.add(contribution(random));
        }
        return contributions;
    }

    /**
     * Any measure states (each measure in or out of its cohort), times that are absent three times in ten, any flags,
     * a split of the TIA tariff when it is due, and up to three missing facts.
     */
    private static Contribution contribution(Random random) {
        MeasureStates states = MeasureStates.NONE;
        OutcomeState[] outcomes = OutcomeState.values();
        for (Measure measure : Measure.values()) {
            int code = random.nextInt(outcomes.length + 1);
            states = states.with(measure, code == 0 ? null : outcomes[code - 1]);
        }
        Integer doorToScan = minutesOrNull(random);
        Integer scanToReport = minutesOrNull(random);
        Integer doorToNeedle = minutesOrNull(random);
        boolean clockStartInHours = random.nextBoolean();
        boolean tiaScannedWithin2Hours = random.nextBoolean();
        boolean tiaScannedWithin6Hours = random.nextBoolean();
        boolean tiaInvestigatedWithMri = random.nextBoolean();
        boolean tariffDue = random.nextBoolean();
        long forgone = random.nextInt(18_400 + 1);
        Set<MissingFact> gaps = EnumSet.noneOf(MissingFact.class);
        MissingFact[] facts = MissingFact.values();
        int gapCount = random.nextInt(4);
        while (gaps.size() < gapCount) {
            gaps.add(facts[random.nextInt(facts.length)]);
        }
        return new Contribution(BUCKET, states, doorToScan, scanToReport, doorToNeedle,
                clockStartInHours, tiaScannedWithin2Hours, tiaScannedWithin6Hours, tiaInvestigatedWithMri, tariffDue,
                tariffDue ? 63_400 - forgone : 0, tariffDue ? forgone : 0, gaps);
    }

    /** Minutes in [0, 24 hours], or null three times in ten. */
    private static Integer minutesOrNull(Random random) {
        return random.nextInt(10) < 3 ? null : random.nextInt(24 * 60 + 1);
    }
}
