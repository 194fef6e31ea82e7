package org.asistream.platform.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;

/**
 * Realistic stroke and TIA episodes for every trust of a registry, as the trusts' systems deliver them: the same
 * deliveries for the same registry, seed and settings, however the days are asked for.
 *
 * <p>Episodes are generated a day at a time and held only until they are delivered, so a year of national data
 * streams in little memory: what waits is the tail of recent episodes (discharges, follow-ups months later).
 */
public final class SyntheticEpisodes {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final double STROKE_WEEKDAY = 1.04;
    private static final double STROKE_WEEKEND = 0.90;
    private static final double TIA_WEEKDAY = 1.12;
    private static final double TIA_WEEKEND = 0.70;
    private static final int THREE_HOURS = 3 * 3600;
    private static final Comparator<Queued> DELIVERY_ORDER =
            Comparator.comparing(Queued::deliverAt).thenComparingLong(Queued::sequence);

    private enum Kind { STROKE, TIA }

    private final long seed;
    private final FeedSettings settings;
    private final List<TrustProfile> trusts;
    private final double totalSize;
    private final TransferPartners partners;
    private final StrokePathway strokes;
    private final TiaPathway tias = new TiaPathway();
    private final Dirt dirt;

    public SyntheticEpisodes(ReferenceData registry, long seed, FeedSettings settings) {
        this.seed = seed;
        this.settings = settings;
        this.trusts = TrustProfile.of(registry.trusts(), seed);
        this.totalSize = trusts.stream().mapToDouble(TrustProfile::size).sum();
        this.partners = new TransferPartners(OrganisationHierarchy.of(registry), trusts);
        this.strokes = new StrokePathway(settings.figures(), partners);
        this.dirt = new Dirt(settings.dirt());
    }

    /**
     * Every delivery of the episodes whose clock starts on a Europe/London date from {@code from} to
     * {@code toInclusive}, including their events after that date (discharges, follow-ups), in delivery order.
     */
    public Stream<Delivery> between(LocalDate from, LocalDate toInclusive) {
        return stream(new DeliveryOrder(from, toInclusive, London.startOf(from)));
    }

    /** Every delivery of the episodes whose clock starts at or after {@code start}, without end, in delivery order. */
    public Stream<Delivery> startingFrom(Instant start) {
        return stream(new DeliveryOrder(London.dateOf(start), null, start));
    }

    /** The first {@code count} events, in delivery order, of the episodes starting on {@code from} or later. */
    public List<PathwayEvent> events(LocalDate from, int count) {
        return stream(new DeliveryOrder(from, null, London.startOf(from))).limit(count).map(Delivery::event).toList();
    }

    private Stream<Delivery> stream(DeliveryOrder order) {
        // A registry without trusts has no episodes: an endless stream of it would never find its next element.
        Iterator<Delivery> deliveries = trusts.isEmpty() ? List.<Delivery>of().iterator() : order;
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(deliveries,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The episodes of one day of the whole registry, each with the deliveries of its events. */
    private void generateDay(LocalDate date, Instant notBefore, DeliveryOrder order) {
        for (TrustProfile trust : trusts) {
            if (partners.isOpen(trust, date)) {
                generate(Kind.STROKE, trust, date, notBefore, order);
                generate(Kind.TIA, trust, date, notBefore, order);
            }
        }
    }

    private void generate(Kind kind, TrustProfile trust, LocalDate date, Instant notBefore, DeliveryOrder order) {
        long place = Chance.mix(seed, kind.ordinal(), trust.code().hashCode(), date.toEpochDay());
        Chance day = Chance.seeded(place);
        int count = day.poisson(expectedPerDay(kind, trust, date));
        for (int number = 0; number < count; number++) {
            // Drawn for every episode, so that skipping one leaves the others as they are.
            Instant clockStart = clockStart(date, day);
            if (clockStart.isBefore(notBefore)) {
                continue;
            }
            long episodeSeed = Chance.mix(place, number);
            String episodeId = episodeId(Chance.mix(episodeSeed, 0xE1D));
            Chance chance = Chance.seeded(episodeSeed);
            List<PathwayEvent> events = kind == Kind.STROKE
                    ? strokes.simulate(episodeId, trust, clockStart, chance)
                    : tias.simulate(episodeId, trust, clockStart, chance);
            // The dirt has generators of its own, so the true events do not depend on the dirt rates.
            dirt.deliver(events, Chance.seeded(episodeSeed, 0xD127)).forEach(order::add);
        }
    }

    /** {@code EP-} and 16 hex digits: pseudonymous, and never ten digits standing alone like an NHS number. */
    private static String episodeId(long pseudonym) {
        String hex = Long.toHexString(pseudonym);
        return "EP-" + "0".repeat(16 - hex.length()) + hex;
    }

    private double expectedPerDay(Kind kind, TrustProfile trust, LocalDate date) {
        NationalFigures figures = settings.figures();
        boolean weekend = London.isWeekend(date);
        double perYear = kind == Kind.STROKE ? figures.strokeAdmissionsPerYear() : figures.tiaPatientsPerYear();
        double dayOfWeek = kind == Kind.STROKE
                ? (weekend ? STROKE_WEEKEND : STROKE_WEEKDAY)
                : (weekend ? TIA_WEEKEND : TIA_WEEKDAY);
        return perYear * settings.scale() * (trust.size() / totalSize) / DAYS_PER_YEAR * dayOfWeek;
    }

    /** A time of day drawn from the national arrival profile by three-hour bands, evenly within its band. */
    private Instant clockStart(LocalDate date, Chance day) {
        int band = day.pick(settings.figures().arrivalShareByThreeHours());
        int secondOfDay = band * THREE_HOURS + (int) day.uniform(0, THREE_HOURS);
        return London.at(date, LocalTime.ofSecondOfDay(secondOfDay));
    }

    private record Queued(Delivery delivery, long sequence) {
        Instant deliverAt() {
            return delivery.deliverAt();
        }
    }

    /**
     * Deliveries in time order, generating a day only when needed: whatever a later day holds is delivered after
     * that day begins, so everything due before it can go out first. Only what is due within about two days is
     * kept sorted; the long tail (follow-ups months ahead) waits in day buckets, which keeps ordering cheap.
     */
    private final class DeliveryOrder implements Iterator<Delivery> {

        private static final long DAY_SECONDS = 86_400;

        private final PriorityQueue<Queued> dueSoon = new PriorityQueue<>(DELIVERY_ORDER);
        private final TreeMap<Long, List<Queued>> dueLaterByUtcDay = new TreeMap<>();
        private final LocalDate lastDay;
        private final Instant notBefore;
        private LocalDate nextDay;
        private Instant nextDayStart;
        private long soonUntilUtcDay;
        private long sequence;

        DeliveryOrder(LocalDate firstDay, LocalDate lastDay, Instant notBefore) {
            this.lastDay = lastDay;
            this.notBefore = notBefore;
            startDay(firstDay);
        }

        void add(Delivery delivery) {
            Queued queued = new Queued(delivery, sequence++);
            long utcDay = utcDay(delivery.deliverAt());
            if (utcDay <= soonUntilUtcDay) {
                dueSoon.add(queued);
            } else {
                dueLaterByUtcDay.computeIfAbsent(utcDay, day -> new ArrayList<>()).add(queued);
            }
        }

        @Override
        public boolean hasNext() {
            while (moreDays() && (dueSoon.isEmpty() || !dueSoon.peek().deliverAt().isBefore(nextDayStart))) {
                generateDay(nextDay, notBefore, this);
                startDay(nextDay.plusDays(1));
            }
            if (dueSoon.isEmpty() && !dueLaterByUtcDay.isEmpty()) {
                dueSoon.addAll(dueLaterByUtcDay.pollFirstEntry().getValue());
            }
            return !dueSoon.isEmpty();
        }

        @Override
        public Delivery next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return dueSoon.poll().delivery();
        }

        /** Everything that may be due before the day after {@code day} begins is moved into the sorted queue. */
        private void startDay(LocalDate day) {
            nextDay = day;
            nextDayStart = London.startOf(day);
            soonUntilUtcDay = utcDay(nextDayStart) + 1;
            while (!dueLaterByUtcDay.isEmpty() && dueLaterByUtcDay.firstKey() <= soonUntilUtcDay) {
                dueSoon.addAll(dueLaterByUtcDay.pollFirstEntry().getValue());
            }
        }

        private boolean moreDays() {
            return lastDay == null || !nextDay.isAfter(lastDay);
        }

        private static long utcDay(Instant time) {
            return Math.floorDiv(time.getEpochSecond(), DAY_SECONDS);
        }
    }
}
