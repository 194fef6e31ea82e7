package org.asistream.measures.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.asistream.measures.domain.event.Anticoagulation;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.ImagingModality;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;

/**
 * Generates realistic episodes for property tests: a stroke arrival and/or a TIA first contact, then further events
 * mostly in the first hours (some months later), with corrections, retractions, references to other episodes, and
 * finally random exact duplicates and, rarely, conflicting copies.
 */
public final class RandomEpisodes {

    private static final Instant EPOCH = Instant.parse("2010-10-01T00:00:00Z");
    private static final String[] TRUSTS = {"RA1", "RB2", "RC3"};

    private RandomEpisodes() {
    }

    /** A step of an episode script: what happens, when (minutes after the start), where, and a seed for its fields. */
    private record Step(EventType type, int minute, int trust, int variant, int reference) {
    }

    /**
     * The events of one episode as a trust feed might deliver them, with duplicates, in script order. The same
     * {@code random} state always gives the same episode, so a property can be replayed from its seed.
     */
    public static List<PathwayEvent> episode(String episodeId, Random random) {
        int startMinute = between(random, 0, 60 * 24 * 500);
        EventType first = random.nextBoolean() ? EventType.STROKE_ARRIVAL : EventType.TIA_FIRST_CONTACT;
        int stepCount = between(random, 0, 25);
        List<Step> steps = new ArrayList<>(stepCount);
        for (int i = 0; i < stepCount; i++) {
            steps.add(step(random));
        }
        int copyCount = between(random, 0, 10);
        List<Integer> copies = new ArrayList<>(copyCount);
        for (int i = 0; i < copyCount; i++) {
            copies.add(between(random, 0, 99));
        }
        return script(episodeId, startMinute, first, steps, copies);
    }

    /** As a faulty feed might: {@code times} times, an event takes the eventId of an event of another episode. */
    public static void reuseEventIdsAcrossEpisodes(List<PathwayEvent> events, int times, Random random) {
        for (int reuse = 0; reuse < times; reuse++) {
            int taker = random.nextInt(events.size());
            PathwayEvent donor = events.get(random.nextInt(events.size()));
            if (!donor.episodeId().equals(events.get(taker).episodeId())) {
                events.set(taker, events.get(taker).toBuilder().eventId(donor.eventId()).build());
            }
        }
    }

    /**
     * Any event type (ward movements and scans, which episodes have several of, about three times as often as each
     * other type), mostly in the first ten hours, one in five up to 400 days after the start.
     */
    private static Step step(Random random) {
        EventType[] types = EventType.values();
        EventType type = random.nextInt(15) < 12
                ? types[random.nextInt(types.length)]
                : random.nextBoolean() ? EventType.WARD_ENTERED : EventType.BRAIN_IMAGING;
        int minute = random.nextInt(5) < 4 ? between(random, -10, 600) : between(random, 0, 60 * 24 * 400);
        return new Step(type, minute, random.nextInt(TRUSTS.length), between(random, 0, 9999),
                between(random, -1, 40));
    }

    private static List<PathwayEvent> script(String episodeId, int startMinute, EventType first, List<Step> steps,
                                             List<Integer> copies) {
        Instant start = EPOCH.plus(Duration.ofMinutes(startMinute));
        List<PathwayEvent> events = new ArrayList<>();
        events.add(event(episodeId, 0, new Step(first, 0, 0, 1, -1), start, events));
        for (Step step : steps) {
            events.add(event(episodeId, events.size(), step, start, events));
        }
        int distinct = events.size();
        for (int copy : copies) {
            PathwayEvent original = events.get(copy % distinct);
            events.add(copy % 10 == 9
                    ? original.toBuilder().occurredAt(original.occurredAt().plusSeconds(1)).build()
                    : original.toBuilder().build());
        }
        return events;
    }

    private static PathwayEvent event(String episodeId, int index, Step step, Instant start, List<PathwayEvent> earlier) {
        int v = step.variant();
        PathwayEvent.Builder builder = PathwayEvent.builder(step.type())
                .eventId(episodeId + "-" + index)
                .episodeId(episodeId)
                .trust(TRUSTS[step.trust()])
                .occurredAt(start.plus(Duration.ofMinutes(step.minute())).plusSeconds(v % 60));
        if (step.reference() >= 0 && !earlier.isEmpty() && step.type() != EventType.RETRACTION && v % 4 == 0) {
            builder.supersedes(reference(episodeId, step.reference(), earlier));
        }
        switch (step.type()) {
            case STROKE_ARRIVAL -> builder.arrivalMode(pick(ArrivalMode.values(), v)).inHospitalOnset(v % 9 == 0);
            case DIAGNOSIS -> builder.diagnosis(pick(StrokeDiagnosis.values(), v));
            case WARD_ENTERED -> builder.ward(pick(Ward.values(), v));
            case BRAIN_IMAGING -> builder.modality(pick(ImagingModality.values(), v));
            case TRANSFER_OUT -> builder.toTrust(TRUSTS[(step.trust() + 1) % TRUSTS.length]);
            case DISCHARGE -> builder.destination(pick(DischargeDestination.values(), v))
                    .inAtrialFibrillation(v % 3 == 0)
                    .anticoagulation(v % 11 == 0 ? null : pick(Anticoagulation.values(), v / 3))
                    .jointCarePlan(v % 5 != 0)
                    .esdSupport(v % 2 == 0);
            case TIA_FIRST_CONTACT -> builder.abcd2(v % 13 == 0 ? null : v % 8);
            case TIA_INVESTIGATION -> builder.method(pick(TiaInvestigationMethod.values(), v));
            case RETRACTION -> builder.retracts(earlier.isEmpty() ? "nothing" : reference(episodeId, step.reference(), earlier));
            default -> {
            }
        }
        return builder.build();
    }

    /** Mostly an earlier event of the episode; sometimes one that is not in it. */
    private static String reference(String episodeId, int reference, List<PathwayEvent> earlier) {
        return reference >= 35 ? "other-episode-" + reference : earlier.get(Math.floorMod(reference, earlier.size())).eventId();
    }

    private static <T> T pick(T[] values, int variant) {
        return values[variant % values.length];
    }

    /** Uniform in [min, max], both included. */
    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
