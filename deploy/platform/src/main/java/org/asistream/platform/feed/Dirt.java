package org.asistream.platform.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.Retraction;

/**
 * What trusts' systems really send for an episode: most events within minutes, some late, some out of order, some
 * twice, some first with a wrong time and then corrected, and some mistaken extra records later retracted. Once the
 * platform has applied the duplicates, corrections and retractions, what counts is exactly the true episode: the true
 * events keep their own ids, and only a correction adds {@code supersedes} to one.
 */
final class Dirt {

    private static final Duration LATENCY = Duration.ofMinutes(2);
    private static final Duration LATENCY_AT_MOST = Duration.ofMinutes(30);
    private static final Duration LATE = Duration.ofHours(8);
    private static final Duration LATE_AT_LEAST = Duration.ofHours(1);
    private static final Duration LATE_AT_MOST = Duration.ofDays(10);
    private static final Duration OUT_OF_ORDER_WINDOW = Duration.ofDays(1);
    private static final Duration OUT_OF_ORDER_AFTER_NEXT_AT_MOST = Duration.ofMinutes(20);
    private static final Duration RESENT_AFTER = Duration.ofMinutes(10);
    private static final Duration WRONG_TIME_AT_MOST = Duration.ofHours(2);
    private static final Duration NOTICED_AFTER = Duration.ofHours(4);

    private final DirtRates rates;

    Dirt(DirtRates rates) {
        this.rates = rates;
    }

    /** Deliveries of an episode's true events (in the order they happened), in no particular order. */
    List<Delivery> deliver(List<PathwayEvent> episode, Chance chance) {
        Instant[] due = new Instant[episode.size()];
        for (int i = 0; i < due.length; i++) {
            Instant happened = episode.get(i).getOccurredAt();
            due[i] = happened.plus(chance.happens(rates.late()) ? lateness(chance) : latency(chance));
        }
        // Backwards, so that an event held back behind the next one goes after that one's final delivery time.
        for (int i = due.length - 2; i >= 0; i--) {
            boolean nextSoon = Duration.between(due[i], due[i + 1]).compareTo(OUT_OF_ORDER_WINDOW) < 0;
            if (nextSoon && chance.happens(rates.outOfOrder())) {
                Instant behindNext =
                        due[i + 1].plus(chance.uniform(Duration.ofSeconds(1), OUT_OF_ORDER_AFTER_NEXT_AT_MOST));
                due[i] = behindNext.isAfter(due[i]) ? behindNext : due[i];
            }
        }
        List<Delivery> deliveries = new ArrayList<>(episode.size() + 2);
        for (int i = 0; i < due.length; i++) {
            deliver(episode.get(i), due[i], chance, deliveries);
        }
        return deliveries;
    }

    private void deliver(PathwayEvent event, Instant due, Chance chance, List<Delivery> deliveries) {
        PathwayEvent sent = event;
        Instant at = due;
        if (chance.happens(rates.corrections())) {
            PathwayEvent wrong = copy(event, chance.uuid(),
                    event.getOccurredAt().minus(chance.uniform(Duration.ofMinutes(5), WRONG_TIME_AT_MOST)));
            deliveries.add(new Delivery(wrong, due));
            sent = PathwayEvent.newBuilder(event).setSupersedes(wrong.getEventId()).build();
            at = chance.after(due, NOTICED_AFTER, 1);
        }
        deliveries.add(new Delivery(sent, at));
        if (chance.happens(rates.duplicates())) {
            deliveries.add(new Delivery(sent, chance.after(at, RESENT_AFTER, 1)));
        }
        if (chance.happens(rates.retractions())) {
            PathwayEvent mistake = copy(event, chance.uuid(),
                    event.getOccurredAt().plus(chance.uniform(Duration.ofMinutes(1), WRONG_TIME_AT_MOST)));
            Instant mistakeSent = mistake.getOccurredAt().plus(latency(chance));
            deliveries.add(new Delivery(mistake, mistakeSent));
            Instant noticed = chance.after(mistakeSent, NOTICED_AFTER, 1);
            PathwayEvent retraction = EpisodeFacts.event(chance.uuid(), EventType.RETRACTION, event.getEpisodeId(),
                    event.getTrust(), noticed, new Retraction(mistake.getEventId()));
            deliveries.add(new Delivery(retraction, retraction.getOccurredAt().plus(latency(chance))));
        }
    }

    /** An interface engine passes an event on within minutes. */
    private static Duration latency(Chance chance) {
        Duration latency = chance.logNormal(LATENCY, 0.8);
        return latency.compareTo(LATENCY_AT_MOST) > 0 ? LATENCY_AT_MOST : latency;
    }

    private static Duration lateness(Chance chance) {
        Duration late = chance.logNormal(LATE, 1.2);
        if (late.compareTo(LATE_AT_LEAST) < 0) {
            return LATE_AT_LEAST;
        }
        return late.compareTo(LATE_AT_MOST) > 0 ? LATE_AT_MOST : late;
    }

    /** The same fact under another id and at another time (as the trust's clock would stamp it). */
    private static PathwayEvent copy(PathwayEvent event, String eventId, Instant occurredAt) {
        return EpisodeFacts.event(eventId, event.getType(), event.getEpisodeId(), event.getTrust(), occurredAt,
                event.getDetails());
    }
}
