package org.asistream.platform.feed;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** What the ingest API made of the feed so far: events accepted, and events rejected by reason. */
public record FeedSummary(long accepted, long rejected, Map<String, Long> rejectedByReason, Duration elapsed) {

    public FeedSummary {
        rejectedByReason = Map.copyOf(rejectedByReason);
    }

    public long sent() {
        return accepted + rejected;
    }

    /** A few lines for a person: totals, the rate, and each reason for rejection with its count. */
    public String describe() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        StringBuilder text = new StringBuilder(String.format(
                "%,d events sent in %s (%,.0f events/s): %,d accepted, %,d rejected%n",
                sent(), FeedProgress.clock(elapsed), sent() / seconds, accepted, rejected));
        new TreeMap<>(rejectedByReason).forEach((reason, events) ->
                text.append(String.format("  rejected %,d: %s%n", events, reason)));
        return text.toString();
    }
}
