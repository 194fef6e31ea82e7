package org.asistream.platform.feed;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Counts what the API answered, from every sender at once. The first few rejections of each kind are printed with
 * the API's problem detail; after that they are only counted, so a systematic refusal does not flood the terminal.
 */
final class FeedTally {

    private static final int DETAILS_SHOWN_PER_REASON = 3;

    private final LongAdder accepted = new LongAdder();
    private final Map<String, Rejections> rejected = new ConcurrentHashMap<>();
    private final PrintStream problems;
    private final long startedAt = System.nanoTime();

    FeedTally(PrintStream problems) {
        this.problems = problems;
    }

    void record(String trust, PostOutcome outcome) {
        if (outcome instanceof PostOutcome.Accepted ok) {
            accepted.add(ok.events());
            return;
        }
        PostOutcome.Rejected refused = (PostOutcome.Rejected) outcome;
        Rejections rejections = rejected.computeIfAbsent(refused.reason(), reason -> new Rejections());
        rejections.events.add(refused.events());
        int seen = rejections.batches.incrementAndGet();
        if (seen <= DETAILS_SHOWN_PER_REASON) {
            problems.println("feed: " + refused.events() + " events of " + trust + " rejected: " + refused.reason()
                    + ": " + refused.detail()
                    + (seen == DETAILS_SHOWN_PER_REASON ? " (further rejections like this are only counted)" : ""));
        }
    }

    long sent() {
        return accepted.sum() + rejected.values().stream().mapToLong(r -> r.events.sum()).sum();
    }

    FeedSummary summary() {
        Map<String, Long> byReason = rejected.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().events.sum()));
        long rejectedEvents = byReason.values().stream().mapToLong(Long::longValue).sum();
        return new FeedSummary(accepted.sum(), rejectedEvents, byReason,
                Duration.ofNanos(System.nanoTime() - startedAt));
    }

    private static final class Rejections {
        final LongAdder events = new LongAdder();
        final AtomicInteger batches = new AtomicInteger();
    }
}
