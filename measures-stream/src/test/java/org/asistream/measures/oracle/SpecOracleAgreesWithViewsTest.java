package org.asistream.measures.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.asistream.measures.domain.RandomEpisodes;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.time.BankHolidays;
import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.ViewRecomputation;
import org.junit.jupiter.api.Test;

/**
 * The product's trust-day views ({@link ViewRecomputation#fromScratch}) agree, key by key and field by field, with
 * {@link SpecOracle}, an independent implementation written from the specification and docs/measures.md.
 */
class SpecOracleAgreesWithViewsTest {

    private static final BankHolidays HOLIDAYS = MeasuresConfig.defaults().bankHolidays();
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");
    private static final int MAX_REPORTED_EPISODES = 5;

    @Test
    void randomEpisodesAtARandomNow() {
        List<String> failures = new ArrayList<>();
        for (int seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            List<PathwayEvent> feed = randomFeed(seed, random);
            Instant now = randomNow(feed, random);
            agree("random seed " + seed + " now " + now, feed, now, failures);
        }
        assertNoFailures(failures);
    }

    @Test
    void randomEpisodesWhenEveryDeadlineHasPassed() {
        List<String> failures = new ArrayList<>();
        for (int seed = 101; seed <= 110; seed++) {
            Random random = new Random(seed);
            List<PathwayEvent> feed = randomFeed(seed, random);
            agree("random seed " + seed + " now " + FAR_FUTURE, feed, FAR_FUTURE, failures);
        }
        assertNoFailures(failures);
    }

    @Test
    void randomEpisodesWithNowExactlyAtADeadline() {
        List<String> failures = new ArrayList<>();
        for (int seed = 201; seed <= 240; seed++) {
            Random random = new Random(seed);
            List<PathwayEvent> feed = randomFeed(seed, random);
            List<PathwayEvent> starts = feed.stream().filter(e -> switch (e.type()) {
                case STROKE_ARRIVAL, TIA_FIRST_CONTACT, DISCHARGE -> true;
                default -> false;
            }).toList();
            PathwayEvent someEvent = starts.get(random.nextInt(starts.size()));
            Instant now = switch (random.nextInt(6)) {
                case 0 -> someEvent.occurredAt().plus(Duration.ofMinutes(60));
                case 1 -> someEvent.occurredAt().plus(Duration.ofHours(4));
                case 2 -> someEvent.occurredAt().plus(Duration.ofHours(24));
                case 3 -> London.sixCalendarMonthsAfter(someEvent.occurredAt());
                case 4 -> Instant.EPOCH; // before the first clock tick
                default -> someEvent.occurredAt();
            };
            agree("random seed " + seed + " now " + now, feed, now, failures);
        }
        assertNoFailures(failures);
    }

    @Test
    void messyButRealisticPathways() {
        List<String> failures = new ArrayList<>();
        for (int seed = 301; seed <= 330; seed++) {
            Random random = new Random(seed);
            MessyPathways.Feed feed = MessyPathways.feed(seed, 40, random);
            for (Instant now : feed.interestingNows()) {
                agree("messy seed " + seed + " now " + now, feed.events(), now, failures);
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void episodesTangledInReferences() {
        List<String> failures = new ArrayList<>();
        for (int seed = 401; seed <= 430; seed++) {
            Random random = new Random(seed);
            List<PathwayEvent> feed = ReferenceTangles.feed(40, random);
            agree("tangled seed " + seed, feed, Instant.parse("2012-01-01T00:00:00Z"), failures);
        }
        assertNoFailures(failures);
    }

    @Test
    void tangledFeedsInWhichACycleInFrontFreesAnEventThatBreaksACycleBehind() {
        // The two seeds of a 3,000-seed sweep on which the product, settling every cycle at once, disagreed.
        List<String> failures = new ArrayList<>();
        for (int seed : new int[] {355, 609}) {
            Random random = new Random(seed);
            List<PathwayEvent> feed = ReferenceTangles.feed(40, random);
            agree("tangled seed " + seed, feed, Instant.parse("2012-01-01T00:00:00Z"), failures);
        }
        assertNoFailures(failures);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** 30 to 40 random episodes through the Avro contract, some eventIds reused across episodes, shuffled. */
    static List<PathwayEvent> randomFeed(int seed, Random random) {
        List<PathwayEvent> feed = new ArrayList<>();
        int episodes = 30 + random.nextInt(11);
        for (int i = 0; i < episodes; i++) {
            for (PathwayEvent e : RandomEpisodes.episode(String.format("EP-%03d-%03d", seed, i), random)) {
                feed.add(Contract.through(e));
            }
        }
        RandomEpisodes.reuseEventIdsAcrossEpisodes(feed, 1 + random.nextInt(4), random);
        java.util.Collections.shuffle(feed, random);
        return feed;
    }

    /** Between the first event and 400 days after it. */
    static Instant randomNow(List<PathwayEvent> feed, Random random) {
        Instant first = feed.stream().map(PathwayEvent::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
        long span = Duration.ofDays(400).toMillis();
        return first.plusMillis((long) (random.nextDouble() * span));
    }

    private static void agree(String label, List<PathwayEvent> feed, Instant now, List<String> failures) {
        Map<String, TrustDay> oracleDays = SpecOracle.compute(feed, now, HOLIDAYS);
        SortedMap<String, SortedMap<String, String>> oracle = Comparable.ofOracle(oracleDays);
        SortedMap<String, SortedMap<String, String>> product =
                Comparable.ofProduct(ViewRecomputation.fromScratch(feed, now, HOLIDAYS));
        List<String> differences = Comparable.differences(oracle, product);
        if (oracle.isEmpty()) {
            failures.add("=== " + label + ": the feed gives no views, so nothing was compared");
            return;
        }
        if (differences.isEmpty()) {
            return;
        }
        StringBuilder report = new StringBuilder();
        report.append("=== ").append(label).append(": ").append(differences.size()).append(" differences\n");
        differences.stream().limit(20).forEach(d -> report.append("  ").append(d).append('\n'));
        differences.stream().map(d -> d.substring(0, d.indexOf(' '))).distinct().limit(10).forEach(key -> {
            TrustDay day = oracleDays.get(key.endsWith(":") ? key.substring(0, key.length() - 1) : key);
            report.append("  episodes the oracle puts in ").append(key).append(' ')
                    .append(day == null ? "[]" : day.episodes()).append('\n');
        });
        report.append(isolateEpisodes(feed, now));
        failures.add(report.toString());
    }

    /** Compares each episode alone (without the eventIds other episodes also carry) and shows those that differ. */
    static String isolateEpisodes(Collection<PathwayEvent> feed, Instant now) {
        WhichEventsCount.Selection selection = WhichEventsCount.select(feed);
        Map<String, List<PathwayEvent>> byEpisode = new LinkedHashMap<>();
        for (PathwayEvent e : feed) {
            if (!selection.idsSharedByEpisodes().contains(e.eventId())) {
                byEpisode.computeIfAbsent(e.episodeId(), k -> new ArrayList<>()).add(e);
            }
        }
        StringBuilder report = new StringBuilder();
        int shown = 0;
        for (var entry : new java.util.TreeMap<>(byEpisode).entrySet()) {
            List<PathwayEvent> alone = entry.getValue();
            List<String> differences = Comparable.differences(
                    Comparable.ofOracle(SpecOracle.compute(alone, now, HOLIDAYS)),
                    Comparable.ofProduct(ViewRecomputation.fromScratch(alone, now, HOLIDAYS)));
            if (differences.isEmpty()) {
                continue;
            }
            if (shown++ == MAX_REPORTED_EPISODES) {
                report.append("  ... more episodes differ\n");
                break;
            }
            report.append("  episode ").append(entry.getKey()).append(" alone differs:\n");
            differences.forEach(d -> report.append("    ").append(d).append('\n'));
            TreeSet<String> counting = selection.countingByEpisode().getOrDefault(entry.getKey(), List.of()).stream()
                    .map(PathwayEvent::eventId).collect(Collectors.toCollection(TreeSet::new));
            alone.stream().distinct().sorted(Comparator.comparing(PathwayEvent::occurredAt)
                            .thenComparing(PathwayEvent::eventId))
                    .forEach(e -> report.append("      ").append(counting.contains(e.eventId()) ? "  " : "x ")
                            .append(Describe.event(e)).append('\n'));
        }
        if (shown == 0) {
            report.append("  (no single episode differs alone: the difference needs several episodes)\n");
        }
        return report.toString();
    }

    private static void assertNoFailures(List<String> failures) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " feeds disagree\n" + String.join("\n", failures.subList(0,
                    Math.min(failures.size(), 4))));
        }
    }
}
