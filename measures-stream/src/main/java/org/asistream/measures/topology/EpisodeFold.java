package org.asistream.measures.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.measures.domain.episode.AddResult;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.measure.EpisodeAssessment;
import org.asistream.measures.domain.measure.EpisodeAssessor;
import org.asistream.measures.domain.view.Contribution;
import org.asistream.schemas.Stores;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.DeadLetter;
import org.asistream.schemas.avro.EventIdConflict;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.PlatformClock;
import org.asistream.schemas.serde.RecordCodec;
import org.asistream.schemas.serde.SingleObjectCodec;

/**
 * Folds each episode's events into its state and turns every change of the episode's assessment into contribution
 * changes for the (trust, day) buckets. Runs once per events-topic partition. Each eventId an episode uses for the
 * first time is also sent on to the {@link EventIdRegistry}, whose word that another episode uses it too comes back
 * on the event-id conflicts topic (same partition) and withdraws the event.
 *
 * <p>The clock: the partition's "now" is the time of the newest clock tick read from this partition. Each tick
 * re-assesses the episodes whose next deadline it passed, so breaches appear without any new event from the trust,
 * and a replay of the log (ticks included) produces the same views as the live run.
 */
final class EpisodeFold implements Processor<String, byte[], String, EpisodeOutput> {

    /** Before the first tick every deadline is in the future: outcomes that need time to pass stay pending. */
    private static final Instant CLOCK_NOT_STARTED = Instant.EPOCH;
    private static final String NOW = "now";

    private final EpisodeAssessor assessor;
    private final Duration activityFlushInterval;
    private final RecordCodec<PathwayLogRecord> codec = SingleObjectCodec.of(PathwayLogRecord.class);
    private final Deserializer<EventIdConflict> conflicts = Topics.EVENT_ID_CONFLICTS_TOPIC.valueSerde().deserializer();
    private final Set<String> trustsWithNewActivity = new HashSet<>();
    private final RecentEpisodes recentEpisodes;

    private ProcessorContext<String, EpisodeOutput> context;
    private KeyValueStore<String, EpisodeState> episodes;
    private DeadlineIndex deadlines;
    private KeyValueStore<String, Long> clock;
    private KeyValueStore<String, TrustActivity> activity;
    private Instant now;

    EpisodeFold(MeasuresConfig config) {
        this.assessor = new EpisodeAssessor(config.bankHolidays());
        this.activityFlushInterval = config.activityFlushInterval();
        this.recentEpisodes = new RecentEpisodes(config.recentEpisodesPerTask());
    }

    @Override
    public void init(ProcessorContext<String, EpisodeOutput> context) {
        this.context = context;
        recentEpisodes.clear();
        this.episodes = context.getStateStore(Stores.EPISODE_LOG);
        KeyValueStore<Bytes, byte[]> index = context.getStateStore(Stores.DEADLINE_INDEX);
        this.deadlines = new DeadlineIndex(index);
        this.clock = context.getStateStore(Stores.PARTITION_CLOCK);
        this.activity = context.getStateStore(Stores.TRUST_ACTIVITY);
        Long stored = clock.get(NOW);
        this.now = stored == null ? CLOCK_NOT_STARTED : Instant.ofEpochMilli(stored);
        // After a restart the flush of the last activity changes may not have happened: send them all again.
        try (KeyValueIterator<String, TrustActivity> all = activity.all()) {
            all.forEachRemaining(entry -> trustsWithNewActivity.add(entry.key));
        }
        context.schedule(activityFlushInterval, PunctuationType.WALL_CLOCK_TIME, time -> flushActivity());
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (context.recordMetadata().map(source -> Topics.EVENT_ID_CONFLICTS.name().equals(source.topic())).orElse(false)) {
            onEventIdConflict(record);
            return;
        }
        PathwayLogRecord logRecord;
        try {
            logRecord = codec.decode(record.value());
        } catch (RuntimeException e) {
            deadLetter(record, DeadLetterReason.UNDECODABLE, message(e), null, null, null);
            return;
        }
        if (logRecord.getEntry() instanceof ClockTick tick) {
            onTick(tick.getAt());
        } else if (logRecord.getEntry() instanceof org.asistream.schemas.avro.PathwayEvent event) {
            try {
                onEvent(record, event);
            } catch (RuntimeException e) {
                recentEpisodes.forget(event.getEpisodeId());
                deadLetter(record, DeadLetterReason.PROCESSING_ERROR, message(e), event.getEventId(), event.getEpisodeId(),
                        event.getTrust());
            }
        }
    }

    private void onEvent(Record<String, byte[]> record, org.asistream.schemas.avro.PathwayEvent avro) {
        PathwayEvent event;
        try {
            event = AvroEvents.toDomain(avro);
        } catch (IllegalArgumentException e) {
            deadLetter(record, DeadLetterReason.UNKNOWN_EVENT_TYPE, message(e), avro.getEventId(), avro.getEpisodeId(),
                    avro.getTrust());
            return;
        }
        recordActivity(event.trust(), current -> current.received(event.occurredAt(), AvroEvents.receivedAt(avro)));
        if (!event.episodeId().equals(record.key())) {
            deadLetter(record, DeadLetterReason.KEY_MISMATCH, "record key '" + record.key()
                    + "' is not the event's episodeId", event.eventId(), event.episodeId(), event.trust());
            return;
        }
        EpisodeState state = Objects.requireNonNullElseGet(load(event.episodeId()), EpisodeState::empty);
        AddResult added = state.log().add(event);
        switch (added.status()) {
            case DUPLICATE -> {
                return;
            }
            case CONFLICT -> {
                // No withdrawn copy: the id was set aside before, by a reuse here or in another episode.
                String why = added.withdrawnCopy().isPresent()
                        ? " was received with different content; neither copy counts"
                        : " was already set aside (used with different content in this episode or in another); this"
                                + " copy does not count either";
                deadLetter(record, DeadLetterReason.CONFLICTING_EVENT_ID, "eventId " + event.eventId() + why,
                        event.eventId(), event.episodeId(), event.trust());
                added.withdrawnCopy().ifPresent(earlier -> deadLetter(null, DeadLetterReason.CONFLICTING_EVENT_ID,
                        "the earlier copy of eventId " + earlier.eventId() + " no longer counts: the eventId was "
                                + "received again with different content", earlier.eventId(), earlier.episodeId(),
                        earlier.trust()));
            }
            case ADDED -> context.forward(new Record<>(event.eventId(), new EventIdClaim(event.episodeId()),
                    record.timestamp()));
        }
        reassess(event.episodeId(), state);
    }

    /** Another episode carries one of this episode's eventIds: the event counts in neither, as the spec says. */
    private void onEventIdConflict(Record<String, byte[]> record) {
        EventIdConflict conflict;
        try {
            conflict = conflicts.deserialize(Topics.EVENT_ID_CONFLICTS.name(), record.value());
        } catch (RuntimeException e) {
            deadLetter(record, DeadLetterReason.UNDECODABLE, message(e), null, record.key(), null);
            return;
        }
        String episodeId = record.key();
        EpisodeState state = Objects.requireNonNullElseGet(load(episodeId), EpisodeState::empty);
        state.log().markConflicted(conflict.getEventId()).ifPresent(withdrawn -> deadLetter(null,
                DeadLetterReason.EVENT_ID_IN_ANOTHER_EPISODE, "eventId " + withdrawn.eventId() + " is carried by the "
                        + "events of episodes " + String.join(", ", conflict.getEpisodeIds()) + "; it counts in none of them",
                withdrawn.eventId(), episodeId, withdrawn.trust()));
        reassess(episodeId, state);
    }

    private void onTick(Instant at) {
        if (!at.isAfter(now)) {
            return; // A tick from a slower clock source, or a repeat: time never goes back.
        }
        now = at;
        clock.put(NOW, at.toEpochMilli());
        for (String episodeId : deadlines.takeDueBefore(now)) {
            EpisodeState state = load(episodeId);
            if (state != null) {
                // The index entry is gone: forget it so reassess does not try to delete it again.
                reassess(episodeId, new EpisodeState(state.log(), state.contributions(), null));
            }
        }
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        context.forward(new Record<>("partition-" + partition, new ClockReading(new PlatformClock(partition, at)),
                at.toEpochMilli()));
    }

    /** Assesses the episode at the partition's clock and sends what changed in each bucket it contributes to. */
    private void reassess(String episodeId, EpisodeState state) {
        EpisodeAssessment assessment = assessor.assess(state.log(), now);
        List<Contribution> after = Contribution.of(assessment);
        forwardChanges(state.contributions(), after);
        Instant next = assessment.nextDeadline().orElse(null);
        if (!Objects.equals(next, state.indexedDeadline())) {
            deadlines.move(episodeId, state.indexedDeadline(), next);
        }
        EpisodeState assessed = new EpisodeState(state.log(), after, next);
        episodes.put(episodeId, assessed);
        recentEpisodes.put(episodeId, assessed);
    }

    private EpisodeState load(String episodeId) {
        EpisodeState state = recentEpisodes.get(episodeId);
        if (state == null) {
            state = episodes.get(episodeId);
            if (state != null) {
                recentEpisodes.put(episodeId, state);
            }
        }
        return state;
    }

    /** Both lists are sorted by bucket: walk them together and forward one change per bucket that differs. */
    private void forwardChanges(List<Contribution> before, List<Contribution> after) {
        Iterator<Contribution> oldOnes = before.iterator();
        Iterator<Contribution> newOnes = after.iterator();
        Contribution old = next(oldOnes);
        Contribution fresh = next(newOnes);
        while (old != null || fresh != null) {
            int order = old == null ? 1 : fresh == null ? -1 : old.bucket().compareTo(fresh.bucket());
            if (order < 0) {
                forwardChange(old, null);
                old = next(oldOnes);
            } else if (order > 0) {
                forwardChange(null, fresh);
                fresh = next(newOnes);
            } else {
                if (!old.equals(fresh)) {
                    forwardChange(old, fresh);
                }
                old = next(oldOnes);
                fresh = next(newOnes);
            }
        }
    }

    private void forwardChange(Contribution before, Contribution after) {
        Contribution either = after != null ? after : before;
        context.forward(new Record<>(TrustDayViews.key(either.bucket().trust(), either.bucket().day()),
                new ContributionChange(before, after), now.toEpochMilli()));
    }

    private static Contribution next(Iterator<Contribution> contributions) {
        return contributions.hasNext() ? contributions.next() : null;
    }

    private void deadLetter(Record<String, byte[]> record, DeadLetterReason reason, String detail, String eventId,
                            String episodeId, String trust) {
        DeadLetter letter = DeadLetters.letter(context.recordMetadata().orElse(null), Topics.PATHWAY_EVENTS.name(),
                record == null ? episodeId : record.key(), record == null ? null : record.value(), reason, detail,
                eventId, episodeId, trust, Instant.ofEpochMilli(context.currentStreamTimeMs()));
        context.forward(new Record<>(episodeId, new DeadLetterOutput(letter), context.currentStreamTimeMs()));
        if (trust != null) {
            recordActivity(trust, current -> current.deadLettered(reason.name()));
        }
    }

    private void recordActivity(String trust, java.util.function.UnaryOperator<TrustActivity> change) {
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        TrustActivity current = Objects.requireNonNullElseGet(activity.get(trust), () -> TrustActivity.none(trust, partition));
        activity.put(trust, change.apply(current));
        trustsWithNewActivity.add(trust);
    }

    /** Data quality is about the feed, not the measures: sent on wall-clock time, at most once a flush interval. */
    private void flushActivity() {
        for (String trust : trustsWithNewActivity) {
            TrustActivity current = activity.get(trust);
            if (current != null) {
                context.forward(new Record<>(trust, current, context.currentSystemTimeMs()));
            }
        }
        trustsWithNewActivity.clear();
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
