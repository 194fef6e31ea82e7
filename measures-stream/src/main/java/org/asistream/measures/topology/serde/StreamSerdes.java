package org.asistream.measures.topology.serde;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.episode.EventIdClaimants;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.measure.OutcomeState;
import org.asistream.measures.domain.view.Contribution;
import org.asistream.measures.domain.view.Histogram;
import org.asistream.measures.domain.view.MeasureCounts;
import org.asistream.measures.domain.view.Tally;
import org.asistream.measures.topology.ContributionChange;
import org.asistream.measures.topology.EpisodeState;
import org.asistream.measures.topology.TrustActivity;
import org.asistream.measures.topology.TrustRejections;

/**
 * Serdes of the stream's internal state stores and repartition topics: a compact versioned binary layout, faster
 * than Avro for state that is read and rewritten on every event. (Public topics use the Avro contract in schemas.)
 */
public final class StreamSerdes {

    private static final int EPISODE_STATE_VERSION = 1;
    private static final int CHANGE_VERSION = 1;
    private static final int ACTIVITY_VERSION = 1;
    private static final int COUNTS_VERSION = 1;
    private static final int CLAIMANTS_VERSION = 1;
    private static final int REJECTIONS_VERSION = 1;

    public static Serde<EpisodeState> episodeState() {
        return serde(StreamSerdes::writeEpisodeState, StreamSerdes::readEpisodeState);
    }

    public static Serde<ContributionChange> contributionChange() {
        return serde(change -> {
            BinaryWriter out = new BinaryWriter().version(CHANGE_VERSION);
            writeNullableContribution(out, change.before());
            writeNullableContribution(out, change.after());
            return out.toByteArray();
        }, bytes -> {
            BinaryReader in = new BinaryReader(bytes).expectVersion(CHANGE_VERSION, "contribution change");
            return new ContributionChange(readNullableContribution(in), readNullableContribution(in));
        });
    }

    public static Serde<EventIdClaimants> eventIdClaimants() {
        return serde(claimants -> {
            BinaryWriter out = new BinaryWriter().version(CLAIMANTS_VERSION).writeInt(claimants.episodeIds().size());
            claimants.episodeIds().forEach(out::writeString);
            return out.toByteArray();
        }, bytes -> {
            BinaryReader in = new BinaryReader(bytes).expectVersion(CLAIMANTS_VERSION, "event-id claimants");
            int count = in.readInt();
            List<String> episodeIds = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                episodeIds.add(in.readString());
            }
            return new EventIdClaimants(episodeIds);
        });
    }

    public static Serde<TrustActivity> trustActivity() {
        return serde(activity -> {
            BinaryWriter out = new BinaryWriter().version(ACTIVITY_VERSION)
                    .writeString(activity.trust())
                    .writeInt(activity.partition())
                    .writeNullableInstant(activity.newestOccurredAt())
                    .writeNullableInstant(activity.newestReceivedAt())
                    .writeLong(activity.eventsReceived())
                    .writeInt(activity.deadLettersByReason().size());
            activity.deadLettersByReason().forEach((reason, count) -> out.writeString(reason).writeLong(count));
            return out.toByteArray();
        }, bytes -> {
            BinaryReader in = new BinaryReader(bytes).expectVersion(ACTIVITY_VERSION, "trust activity");
            String trust = in.readString();
            int partition = in.readInt();
            Instant occurred = in.readNullableInstant();
            Instant received = in.readNullableInstant();
            long events = in.readLong();
            int reasons = in.readInt();
            Map<String, Long> byReason = new TreeMap<>();
            for (int i = 0; i < reasons; i++) {
                byReason.put(in.readString(), in.readLong());
            }
            return new TrustActivity(trust, partition, occurred, received, events, byReason);
        });
    }

    public static Serde<TrustRejections> trustRejections() {
        return serde(rejections -> {
            BinaryWriter out = new BinaryWriter().version(REJECTIONS_VERSION)
                    .writeLong(rejections.requests())
                    .writeLong(rejections.events())
                    .writeInt(rejections.reasons().size());
            rejections.reasons().forEach((reason, count) -> out.writeString(reason).writeLong(count));
            return out.toByteArray();
        }, bytes -> {
            BinaryReader in = new BinaryReader(bytes).expectVersion(REJECTIONS_VERSION, "trust rejections");
            long requests = in.readLong();
            long events = in.readLong();
            int reasons = in.readInt();
            Map<String, Long> byReason = new TreeMap<>();
            for (int i = 0; i < reasons; i++) {
                byReason.put(in.readString(), in.readLong());
            }
            return new TrustRejections(requests, events, byReason);
        });
    }

    /** A (trust, day) bucket's counts: only the non-zero entries, each under its enum name. */
    public static Serde<MeasureCounts> measureCounts() {
        return serde(counts -> {
            BinaryWriter out = new BinaryWriter().version(COUNTS_VERSION);
            List<Runnable> entries = new ArrayList<>();
            for (Measure measure : Measure.values()) {
                for (OutcomeState state : OutcomeState.values()) {
                    long count = counts.count(measure, state);
                    if (count != 0) {
                        entries.add(() -> out.writeEnum(measure).writeEnum(state).writeLong(count));
                    }
                }
            }
            out.writeInt(entries.size());
            entries.forEach(Runnable::run);
            writeNonZero(out, Tally.values(), counts::tally);
            writeNonZero(out, MissingFact.values(), counts::missing);
            writeHistogram(out, counts.doorToScanMinutes());
            writeHistogram(out, counts.scanToReportMinutes());
            writeHistogram(out, counts.doorToNeedleMinutes());
            return out.toByteArray();
        }, bytes -> {
            BinaryReader in = new BinaryReader(bytes).expectVersion(COUNTS_VERSION, "measure counts");
            MeasureCounts counts = new MeasureCounts();
            int outcomes = in.readInt();
            for (int i = 0; i < outcomes; i++) {
                counts.setCount(in.readEnum(Measure.class), in.readEnum(OutcomeState.class), in.readLong());
            }
            int tallies = in.readInt();
            for (int i = 0; i < tallies; i++) {
                counts.setTally(in.readEnum(Tally.class), in.readLong());
            }
            int missing = in.readInt();
            for (int i = 0; i < missing; i++) {
                counts.setMissing(in.readEnum(MissingFact.class), in.readLong());
            }
            readHistogram(in, counts.doorToScanMinutes());
            readHistogram(in, counts.scanToReportMinutes());
            readHistogram(in, counts.doorToNeedleMinutes());
            return counts;
        });
    }

    private static <E extends Enum<E>> void writeNonZero(BinaryWriter out, E[] keys, java.util.function.ToLongFunction<E> value) {
        List<E> nonZero = new ArrayList<>();
        for (E key : keys) {
            if (value.applyAsLong(key) != 0) {
                nonZero.add(key);
            }
        }
        out.writeInt(nonZero.size());
        nonZero.forEach(key -> out.writeEnum(key).writeLong(value.applyAsLong(key)));
    }

    private static void writeHistogram(BinaryWriter out, Histogram histogram) {
        out.writeInt(histogram.distinctMinutes());
        for (int i = 0; i < histogram.distinctMinutes(); i++) {
            out.writeInt(histogram.minuteAt(i)).writeLong(histogram.countAt(i));
        }
    }

    private static void readHistogram(BinaryReader in, Histogram into) {
        int buckets = in.readInt();
        for (int i = 0; i < buckets; i++) {
            into.add(in.readInt(), in.readLong());
        }
    }

    private static byte[] writeEpisodeState(EpisodeState state) {
        BinaryWriter out = new BinaryWriter().version(EPISODE_STATE_VERSION);
        List<PathwayEvent> events = state.log().events();
        out.writeInt(events.size());
        events.forEach(event -> DomainCodec.writeEvent(out, event));
        List<String> conflicted = state.log().conflictedEventIds();
        out.writeInt(conflicted.size());
        conflicted.forEach(out::writeString);
        out.writeInt(state.contributions().size());
        state.contributions().forEach(c -> DomainCodec.writeContribution(out, c));
        out.writeNullableInstant(state.indexedDeadline());
        return out.toByteArray();
    }

    private static EpisodeState readEpisodeState(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes).expectVersion(EPISODE_STATE_VERSION, "episode state");
        int eventCount = in.readInt();
        List<PathwayEvent> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            events.add(DomainCodec.readEvent(in));
        }
        int conflictCount = in.readInt();
        List<String> conflicted = new ArrayList<>(conflictCount);
        for (int i = 0; i < conflictCount; i++) {
            conflicted.add(in.readString());
        }
        int contributionCount = in.readInt();
        List<Contribution> contributions = new ArrayList<>(contributionCount);
        for (int i = 0; i < contributionCount; i++) {
            contributions.add(DomainCodec.readContribution(in));
        }
        return new EpisodeState(EpisodeLog.restore(events, conflicted), contributions, in.readNullableInstant());
    }

    private static void writeNullableContribution(BinaryWriter out, Contribution contribution) {
        out.writeBoolean(contribution != null);
        if (contribution != null) {
            DomainCodec.writeContribution(out, contribution);
        }
    }

    private static Contribution readNullableContribution(BinaryReader in) {
        return in.readBoolean() ? DomainCodec.readContribution(in) : null;
    }

    private static <T> Serde<T> serde(Function<T, byte[]> encoder, Function<byte[], T> decoder) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : encoder.apply(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : decoder.apply(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private StreamSerdes() {
    }
}
