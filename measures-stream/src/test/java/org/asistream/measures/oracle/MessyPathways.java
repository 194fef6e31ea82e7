package org.asistream.measures.oracle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.asistream.measures.domain.RandomEpisodes;
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
 * Realistic but messy pathways, the shapes RandomEpisodes rarely produces: transfers with a TRANSFER arrival at a
 * second trust (or without one), repatriations, discharges home with AF flags, deaths in hospital, on the day of the
 * clock start and after discharge around the six-month deadlines, follow-up reviews and psychological support exactly
 * at, just before and just after their deadlines, clock starts on clock-change nights, bank holidays and at the
 * in-hours boundaries, facts exactly at the 60 min / 4 h / 24 h / 2 h / 6 h boundaries, corrections, retractions,
 * duplicates and reused eventIds. Also returns the instants worth judging the feed at.
 */
final class MessyPathways {

    private static final String[] TRUSTS = {"T01", "T02", "T03"};

    /** Local (Europe/London) clock starts worth testing. */
    private static final String[] INTERESTING_STARTS = {
        "2010-09-27T01:30", // + 6 months = 2011-03-27 01:30, in the spring-forward gap
        "2011-09-25T01:30", // + 6 months = 2012-03-25 01:30, in the gap
        "2011-04-30T01:30", // + 6 months = 2011-10-30 01:30, in the autumn overlap
        "2012-04-28T01:15", // + 6 months = 2012-10-28 01:15, in the overlap
        "2011-08-31T10:00", // + 6 months = 2012-02-29 (leap year clamp)
        "2010-08-31T10:00", // + 6 months = 2011-02-28
        "2011-03-27T00:59", "2011-03-27T03:00", "2011-10-30T00:30", "2011-10-30T01:30", "2012-03-25T00:45",
        "2011-04-22T10:00", "2011-04-25T09:00", "2011-04-29T11:00", "2011-05-02T12:00", "2011-05-30T08:00",
        "2011-08-29T17:00", "2011-12-26T10:00", "2011-12-27T14:00", "2012-01-02T09:30", // bank holidays
        "2011-06-06T07:59:59.999", "2011-06-06T08:00", "2011-06-06T17:59:59.999", "2011-06-06T18:00",
        "2011-01-07T17:59:59.999", "2011-01-08T10:00", "2011-01-09T12:00", // Friday, Saturday, Sunday
        "2011-07-31T23:59:59.999", "2011-03-31T23:30", "2011-10-31T00:15",
    };

    record Feed(List<PathwayEvent> events, List<Instant> interestingNows) {
    }

    private MessyPathways() {
    }

    static Feed feed(int seed, int episodes, Random random) {
        List<PathwayEvent> events = new ArrayList<>();
        List<Instant> deadlines = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            Episode episode = new Episode(String.format("MP-%03d-%03d", seed, i), random);
            episode.generate(deadlines);
            events.addAll(episode.events);
        }
        List<PathwayEvent> feed = new ArrayList<>();
        for (PathwayEvent e : events) {
            feed.add(Contract.through(e));
        }
        // duplicates and, rarely, conflicting copies or eventIds reused in another episode
        int copies = random.nextInt(10);
        for (int i = 0; i < copies; i++) {
            PathwayEvent original = feed.get(random.nextInt(feed.size()));
            feed.add(random.nextInt(6) == 0
                    ? original.toBuilder().occurredAt(original.occurredAt().plusMillis(1)).build()
                    : original);
        }
        RandomEpisodes.reuseEventIdsAcrossEpisodes(feed, random.nextInt(3), random);
        Collections.shuffle(feed, random);

        List<Instant> nows = new ArrayList<>();
        Instant first = feed.stream().map(PathwayEvent::occurredAt).min(Instant::compareTo).orElseThrow();
        nows.add(first.plus(Duration.ofMillis((long) (random.nextDouble() * Duration.ofDays(400).toMillis()))));
        for (int i = 0; i < 3; i++) {
            Instant deadline = deadlines.get(random.nextInt(deadlines.size()));
            nows.add(deadline);
            nows.add(deadline.plusMillis(1));
        }
        nows.add(Instant.parse("2100-01-01T00:00:00Z"));
        return new Feed(feed, nows);
    }

    /** One episode's script. */
    private static final class Episode {
        private final String id;
        private final Random random;
        private final List<PathwayEvent> events = new ArrayList<>();
        private int next;

        Episode(String id, Random random) {
            this.id = id;
            this.random = random;
        }

        private boolean chance(int percent) {
            return random.nextInt(100) < percent;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private PathwayEvent add(PathwayEvent.Builder builder) {
            PathwayEvent e = builder.eventId(id + "-" + String.format("%02d", next++)).episodeId(id).build();
            events.add(e);
            return e;
        }

        private static PathwayEvent.Builder at(EventType type, String trust, Instant when) {
            return PathwayEvent.builder(type).trust(trust).occurredAt(when);
        }

        /** An offset from a reference point: exactly at a boundary, a millisecond either side, or elsewhere. */
        private Instant around(Instant from, Duration boundary) {
            return switch (random.nextInt(6)) {
                case 0 -> from.plus(boundary);
                case 1 -> from.plus(boundary).plusMillis(1);
                case 2 -> from.plus(boundary).minusMillis(1);
                case 3 -> from.minus(Duration.ofMinutes(random.nextInt(5) + 1)); // clocks that disagree
                default -> from.plusMillis((long) (random.nextDouble() * boundary.toMillis() * 2));
            };
        }

        private Instant start() {
            if (chance(50)) {
                LocalDateTime local = LocalDateTime.parse(pick(INTERESTING_STARTS));
                return local.atZone(London.ZONE).toInstant();
            }
            long span = Duration.ofDays(600).toMillis();
            return Instant.parse("2010-10-01T00:00:00Z").plusMillis((long) (random.nextDouble() * span));
        }

        void generate(List<Instant> deadlines) {
            boolean stroke = chance(75);
            boolean tia = !stroke || chance(10);
            Instant start = start();
            if (tia) {
                tia(start, deadlines);
            }
            if (stroke) {
                stroke(tia ? start.plus(Duration.ofMinutes(random.nextInt(3000))) : start, deadlines);
            }
            messUp();
        }

        private void tia(Instant contactTime, List<Instant> deadlines) {
            String trust = pick(TRUSTS);
            Integer score = random.nextInt(8);
            add(at(EventType.TIA_FIRST_CONTACT, trust, contactTime).abcd2(score));
            deadlines.add(contactTime.plus(Duration.ofHours(24)));
            if (chance(10)) { // a second, later first contact at another trust
                add(at(EventType.TIA_FIRST_CONTACT, pick(TRUSTS), contactTime.plus(Duration.ofHours(3)))
                        .abcd2(random.nextInt(8)));
            }
            int investigations = random.nextInt(3);
            for (int i = 0; i < investigations; i++) {
                Duration boundary = Duration.ofHours(pick(new Integer[] {2, 6, 24}));
                add(at(EventType.TIA_INVESTIGATION, trust, around(contactTime, boundary))
                        .method(pick(TiaInvestigationMethod.values())));
            }
            if (chance(75)) {
                add(at(EventType.TIA_TREATMENT_STARTED, trust, around(contactTime, Duration.ofHours(24))));
            }
        }

        private void stroke(Instant clockStart, List<Instant> deadlines) {
            String first = pick(TRUSTS);
            ArrivalMode mode = chance(6) ? ArrivalMode.INPATIENT
                    : chance(4) ? ArrivalMode.TRANSFER : random.nextBoolean() ? ArrivalMode.AMBULANCE : ArrivalMode.SELF;
            add(at(EventType.STROKE_ARRIVAL, first, clockStart).arrivalMode(mode).inHospitalOnset(chance(5)));
            deadlines.add(clockStart.plus(Duration.ofMinutes(60)));
            deadlines.add(clockStart.plus(Duration.ofHours(4)));
            deadlines.add(clockStart.plus(Duration.ofHours(24)));
            deadlines.add(London.sixCalendarMonthsAfter(clockStart));

            // hyperacute care
            if (chance(90)) {
                PathwayEvent scan = add(at(EventType.BRAIN_IMAGING, first,
                        around(clockStart, Duration.ofMinutes(pick(new Integer[] {60, 60, 24 * 60}))))
                        .modality(pick(ImagingModality.values())));
                if (chance(15)) { // the scan time was wrong: corrected
                    add(at(EventType.BRAIN_IMAGING, first, around(clockStart, Duration.ofMinutes(60)))
                            .modality(scan.modality()).supersedes(scan.eventId()));
                }
                if (chance(80)) {
                    add(at(EventType.IMAGING_REPORTED, first,
                            scan.occurredAt().plus(Duration.ofMinutes(random.nextInt(150) - 10))));
                }
            }
            if (chance(20)) {
                add(at(EventType.THROMBOLYSIS, first, clockStart.plus(Duration.ofMinutes(20 + random.nextInt(200)))));
            }
            diagnosis(first, clockStart);

            // wards at the first trust
            Instant t = clockStart;
            String trust = first;
            t = wards(trust, t);

            // transfers
            if (chance(35)) {
                String second = TRUSTS[(List.of(TRUSTS).indexOf(first) + 1 + random.nextInt(2)) % TRUSTS.length];
                Instant out = t.plus(Duration.ofHours(12 + random.nextInt(100)));
                if (chance(70)) {
                    add(at(EventType.TRANSFER_OUT, trust, out).toTrust(second));
                } else if (chance(50)) { // the first trust sends a discharge to another hospital instead
                    discharge(trust, out, DischargeDestination.OTHER);
                }
                Instant arrival = out.plus(Duration.ofMinutes(30 + random.nextInt(120)));
                if (chance(85)) {
                    add(at(EventType.STROKE_ARRIVAL, second, arrival).arrivalMode(ArrivalMode.TRANSFER));
                }
                trust = second;
                t = wards(trust, arrival);
                if (chance(20)) { // repatriation, with or without the arrival of the repatriation
                    Instant back = t.plus(Duration.ofHours(24 + random.nextInt(200)));
                    add(at(EventType.TRANSFER_OUT, trust, back).toTrust(first));
                    if (chance(60)) {
                        add(at(EventType.STROKE_ARRIVAL, first, back.plus(Duration.ofHours(1)))
                                .arrivalMode(ArrivalMode.TRANSFER));
                    }
                    trust = first;
                    t = wards(trust, back.plus(Duration.ofHours(1)));
                }
            }

            // end of the stay
            Instant end = t.plus(Duration.ofHours(random.nextInt(24 * 30) + 1));
            int ending = random.nextInt(100);
            Instant dischargeTime = null;
            if (ending < 10) { // death in hospital, sometimes on the day of the clock start
                Instant death = chance(40) ? clockStart.plus(Duration.ofMinutes(30 + random.nextInt(600))) : end;
                add(at(EventType.DEATH, trust, death));
                if (chance(30)) { // a discharge recorded after (or at) the death
                    discharge(trust, chance(50) ? death : death.plus(Duration.ofHours(2)),
                            pick(DischargeDestination.values()));
                }
            } else if (ending < 88) {
                dischargeTime = chance(8) ? clockStart.plus(Duration.ofHours(2 + random.nextInt(10))) : end;
                PathwayEvent discharge = discharge(trust, dischargeTime, chance(60)
                        ? DischargeDestination.USUAL_RESIDENCE : pick(DischargeDestination.values()));
                if (chance(10)) { // a corrected discharge record
                    add(discharge.toBuilder().eventId(null).inAtrialFibrillation(!discharge.inAtrialFibrillation())
                            .anticoagulation(pick(Anticoagulation.values())).supersedes(discharge.eventId()));
                }
                deadlines.add(London.sixCalendarMonthsAfter(dischargeTime));
            } // else: still in hospital

            // after the stay
            if (chance(60)) {
                Instant supportDeadline = London.sixCalendarMonthsAfter(clockStart);
                Instant support = chance(30) ? clockStart.plus(Duration.ofDays(random.nextInt(20)))
                        : aroundDeadline(supportDeadline);
                add(at(EventType.PSYCHOLOGICAL_SUPPORT, trust, support));
            }
            if (dischargeTime != null) {
                Instant reviewDeadline = London.sixCalendarMonthsAfter(dischargeTime);
                if (chance(65)) {
                    Instant review = switch (random.nextInt(5)) {
                        case 0 -> dischargeTime; // not strictly after the discharge: not a follow-up
                        case 1 -> dischargeTime.minus(Duration.ofDays(1));
                        default -> aroundDeadline(reviewDeadline);
                    };
                    add(at(EventType.FOLLOW_UP_REVIEW, trust, review));
                }
                if (chance(20)) { // death after discharge
                    Instant death = switch (random.nextInt(5)) {
                        case 0 -> reviewDeadline;
                        case 1 -> London.sixCalendarMonthsAfter(clockStart).minusMillis(1);
                        case 2 -> dischargeTime.plus(Duration.ofMinutes(5)); // maybe the day of the clock start
                        default -> aroundDeadline(reviewDeadline);
                    };
                    add(at(EventType.DEATH, trust, death));
                }
            }
        }

        private Instant aroundDeadline(Instant deadline) {
            return switch (random.nextInt(5)) {
                case 0 -> deadline;
                case 1 -> deadline.plusMillis(1);
                case 2 -> deadline.minusMillis(1);
                default -> deadline.minus(Duration.ofDays(60)).plus(Duration.ofHours(random.nextInt(24 * 90)));
            };
        }

        private void diagnosis(String trust, Instant clockStart) {
            int kind = random.nextInt(100);
            Instant when = clockStart.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            if (kind < 8) {
                return; // no diagnosis
            }
            StrokeDiagnosis[] strokes = {StrokeDiagnosis.INFARCTION, StrokeDiagnosis.HAEMORRHAGE,
                StrokeDiagnosis.UNDETERMINED};
            if (kind < 16) { // a mimic
                add(at(EventType.DIAGNOSIS, trust, when).diagnosis(StrokeDiagnosis.NOT_STROKE));
            } else if (kind < 22) { // first thought a mimic, then a later diagnosis of stroke
                add(at(EventType.DIAGNOSIS, trust, when).diagnosis(StrokeDiagnosis.NOT_STROKE));
                add(at(EventType.DIAGNOSIS, trust, when.plus(Duration.ofHours(20))).diagnosis(pick(strokes)));
            } else if (kind < 28) { // a stroke diagnosis corrected to a mimic
                PathwayEvent wrong = add(at(EventType.DIAGNOSIS, trust, when).diagnosis(pick(strokes)));
                add(at(EventType.DIAGNOSIS, trust, when).diagnosis(StrokeDiagnosis.NOT_STROKE)
                        .supersedes(wrong.eventId()));
            } else {
                add(at(EventType.DIAGNOSIS, trust, when).diagnosis(pick(strokes)));
            }
        }

        /** Ward movements at a trust from an arrival; returns the time of the last one. */
        private Instant wards(String trust, Instant arrival) {
            int shape = random.nextInt(100);
            if (shape < 10) {
                return arrival; // no ward movements recorded
            }
            Instant t = arrival;
            if (shape < 15) {
                t = arrival.minusMillis(60_000); // first ward clock a minute behind the arrival clock
                add(at(EventType.WARD_ENTERED, trust, t).ward(Ward.STROKE_UNIT));
            } else if (shape < 25) {
                t = arrival.plus(Duration.ofMinutes(random.nextInt(90)));
                add(at(EventType.WARD_ENTERED, trust, t).ward(Ward.CRITICAL_CARE));
            } else if (shape < 60) {
                t = arrival.plus(Duration.ofMinutes(random.nextInt(120)));
                add(at(EventType.WARD_ENTERED, trust, t).ward(Ward.OTHER));
            }
            // the stroke unit, around the four-hour boundary
            t = around(arrival, Duration.ofHours(4));
            add(at(EventType.WARD_ENTERED, trust, t).ward(Ward.STROKE_UNIT));
            int moves = random.nextInt(3);
            for (int i = 0; i < moves; i++) {
                t = t.plus(Duration.ofHours(1 + random.nextInt(72)));
                add(at(EventType.WARD_ENTERED, trust, t).ward(pick(Ward.values())));
            }
            return t;
        }

        private PathwayEvent discharge(String trust, Instant when, DischargeDestination destination) {
            boolean af = chance(35);
            return add(at(EventType.DISCHARGE, trust, when).destination(destination).inAtrialFibrillation(af)
                    .anticoagulation(af || chance(30) ? (chance(10) ? null : pick(Anticoagulation.values())) : null)
                    .jointCarePlan(chance(80)).esdSupport(chance(50)));
        }

        /** Retractions, corrections that change a type, and now and then a cycle of corrections. */
        private void messUp() {
            if (events.isEmpty()) {
                return;
            }
            if (chance(12)) {
                PathwayEvent target = events.get(random.nextInt(events.size()));
                add(at(EventType.RETRACTION, target.trust(), target.occurredAt().plus(Duration.ofHours(1)))
                        .retracts(target.eventId()));
                if (chance(30)) { // and the retraction itself retracted
                    PathwayEvent retraction = events.get(events.size() - 1);
                    add(at(EventType.RETRACTION, target.trust(), target.occurredAt().plus(Duration.ofHours(2)))
                            .retracts(retraction.eventId()));
                }
            }
            if (chance(5) && events.size() >= 2) { // two events that supersede each other
                int a = random.nextInt(events.size());
                int b = random.nextInt(events.size());
                if (a != b) {
                    events.set(a, events.get(a).toBuilder().supersedes(events.get(b).eventId()).build());
                    events.set(b, events.get(b).toBuilder().supersedes(events.get(a).eventId()).build());
                }
            }
            if (chance(5)) { // a correction that changes the type: a scan that was really a thrombolysis
                PathwayEvent target = events.get(random.nextInt(events.size()));
                add(at(EventType.THROMBOLYSIS, target.trust(), target.occurredAt()).supersedes(target.eventId()));
            }
        }
    }
}
