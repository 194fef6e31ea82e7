package org.asistream.measures.oracle;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asistream.measures.domain.event.Anticoagulation;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;
import org.asistream.measures.domain.time.BankHolidays;

/**
 * An independent, deliberately plain reading of the ASI measures specification ({@code asi-measures.md}) and of the
 * decisions the product documents in {@code docs/measures.md}, used as a test oracle for the trust-day views.
 * Everything is recomputed from scratch from the feed, the platform's {@code now} and the bank holidays.
 */
public final class SpecOracle {

    // Indexes of TrustDay.Imaging's components.
    static final int SCANNED_IN_HOURS = 0;
    static final int SCANNED_WITHIN_HOUR_IN_HOURS = 1;
    static final int SCANNED_OUT_OF_HOURS = 2;
    static final int SCANNED_WITHIN_HOUR_OUT_OF_HOURS = 3;
    static final int THROMBOLYSIS_COHORT = 4;
    static final int THROMBOLYSED = 5;
    static final int TIA_HIGH_RISK = 6;
    static final int TIA_SCANNED_WITHIN_2H = 7;
    static final int TIA_SCANNED_WITHIN_6H = 8;
    static final int TIA_INVESTIGATED_WITH_MRI = 9;

    static final long TARIFF_BASE_PENCE = 450_00;
    static final long TARIFF_SUPPLEMENT_PENCE = 92_00;

    private SpecOracle() {
    }

    /** The trust-day buckets, keyed {@code TRUST|yyyy-MM-dd}; buckets that would be empty are absent. */
    public static Map<String, TrustDay> compute(Collection<PathwayEvent> feed, Instant now, BankHolidays holidays) {
        WhichEventsCount.Selection selection = WhichEventsCount.select(feed);
        Views views = new Views();
        for (String episodeId : selection.countingByEpisode().keySet()) {
            assessEpisode(episodeId, new Facts(selection.facts(episodeId)), now, holidays, views);
        }
        return views.build();
    }

    /** The buckets being summed, and the current episode's data gaps per bucket. */
    static final class Views {
        private final Map<String, TrustDay.Builder> buckets = new TreeMap<>();
        private String episodeId;
        private final Map<String, Set<MissingFact>> gaps = new LinkedHashMap<>();

        TrustDay.Builder at(String trust, Instant instant) {
            var date = London.day(instant);
            TrustDay.Builder bucket = buckets.computeIfAbsent(TrustDay.key(trust, date),
                    k -> new TrustDay.Builder(trust, date));
            bucket.episode(episodeId);
            return bucket;
        }

        void gap(String trust, Instant instant, MissingFact fact) {
            at(trust, instant);
            gaps.computeIfAbsent(TrustDay.key(trust, London.day(instant)), k -> EnumSet.noneOf(MissingFact.class))
                    .add(fact);
        }

        void startEpisode(String id) {
            episodeId = id;
            gaps.clear();
        }

        void endEpisode() {
            gaps.forEach((key, facts) -> buckets.get(key).gaps(facts));
            gaps.clear();
        }

        Map<String, TrustDay> build() {
            Map<String, TrustDay> result = new TreeMap<>();
            buckets.forEach((key, bucket) -> {
                if (!bucket.isEmpty()) {
                    result.put(key, bucket.build());
                }
            });
            return result;
        }
    }

    static void assessEpisode(String episodeId, Facts facts, Instant now, BankHolidays holidays, Views views) {
        views.startEpisode(episodeId);
        assessTia(facts, now, views);
        assessStroke(facts, now, holidays, views);
        views.endEpisode();
    }

    /** Deadline rule: MET by a fact timed at or before the deadline; else NOT_MET once now > deadline; else PENDING. */
    static Outcome byDeadline(Instant deadline, Instant factTime, Instant now) {
        if (factTime != null && !factTime.isAfter(deadline)) {
            return Outcome.MET;
        }
        return now.isAfter(deadline) ? Outcome.NOT_MET : Outcome.PENDING;
    }

    private static Instant timeOf(PathwayEvent e) {
        return e == null ? null : e.occurredAt();
    }

    private static boolean atOrBefore(PathwayEvent e, Instant deadline) {
        return e != null && !e.occurredAt().isAfter(deadline);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // TIA: measure 5, the TIA figures, the tariff, the ABCD2 gap

    private static void assessTia(Facts facts, Instant now, Views views) {
        PathwayEvent contact = facts.earliest(EventType.TIA_FIRST_CONTACT);
        if (contact == null) {
            return;
        }
        Instant start = contact.occurredAt();
        Instant deadline = start.plus(Duration.ofHours(24));
        boolean highRisk = contact.abcd2() != null && contact.abcd2() >= 4;

        Outcome measure5 = null;
        if (highRisk) {
            PathwayEvent investigation = facts.earliest(EventType.TIA_INVESTIGATION);
            PathwayEvent treatment = facts.earliest(EventType.TIA_TREATMENT_STARTED);
            if (atOrBefore(investigation, deadline) && atOrBefore(treatment, deadline)) {
                measure5 = Outcome.MET;
            } else {
                measure5 = now.isAfter(deadline) ? Outcome.NOT_MET : Outcome.PENDING;
            }
            TrustDay.Builder bucket = views.at(contact.trust(), start);
            bucket.outcome("5", measure5);
            bucket.imaging(TIA_HIGH_RISK);
            PathwayEvent firstBrainScan = facts.earliest(EventType.TIA_INVESTIGATION,
                    e -> e.method() == TiaInvestigationMethod.CT || e.method() == TiaInvestigationMethod.MRI);
            if (atOrBefore(firstBrainScan, start.plus(Duration.ofHours(2)))) {
                bucket.imaging(TIA_SCANNED_WITHIN_2H);
            }
            if (atOrBefore(firstBrainScan, start.plus(Duration.ofHours(6)))) {
                bucket.imaging(TIA_SCANNED_WITHIN_6H);
            }
            if (facts.any(EventType.TIA_INVESTIGATION, SpecOracle::isMagneticResonance)) {
                bucket.imaging(TIA_INVESTIGATED_WITH_MRI);
            }
        }

        boolean tariffDue = now.isAfter(deadline) || measure5 == Outcome.MET;
        if (tariffDue) {
            long earned = TARIFF_BASE_PENCE;
            if (measure5 == Outcome.MET) {
                earned += TARIFF_SUPPLEMENT_PENCE;
            }
            if (facts.any(EventType.TIA_INVESTIGATION,
                    e -> isMagneticResonance(e) && !e.occurredAt().isAfter(deadline))) {
                earned += TARIFF_SUPPLEMENT_PENCE;
            }
            long maximum = TARIFF_BASE_PENCE + TARIFF_SUPPLEMENT_PENCE * (highRisk ? 2 : 1);
            views.at(contact.trust(), start).tariff(earned, maximum - earned);
        }

        if (contact.abcd2() == null) {
            views.gap(contact.trust(), start, MissingFact.ABCD2_SCORE);
        }
    }

    private static boolean isMagneticResonance(PathwayEvent e) {
        return e.method() == TiaInvestigationMethod.MRI || e.method() == TiaInvestigationMethod.MR_ANGIOGRAPHY;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Stroke

    private static void assessStroke(Facts facts, Instant now, BankHolidays holidays, Views views) {
        PathwayEvent clock = facts.earliest(EventType.STROKE_ARRIVAL, e -> e.arrivalMode() != ArrivalMode.TRANSFER);
        if (clock == null) {
            clock = facts.earliest(EventType.STROKE_ARRIVAL);
        }
        if (clock == null) {
            return; // no clock start: in no stroke cohort, no gaps
        }
        PathwayEvent diagnosis = facts.latest(EventType.DIAGNOSIS);
        if (diagnosis != null && diagnosis.diagnosis() == StrokeDiagnosis.NOT_STROKE) {
            return; // a mimic: in no stroke cohort, not judged for completeness
        }
        Instant clockStart = clock.occurredAt();
        String firstTrust = clock.trust();
        boolean inHospitalStroke = Boolean.TRUE.equals(clock.inHospitalOnset())
                || clock.arrivalMode() == ArrivalMode.INPATIENT;

        assessTimeCritical(facts, now, holidays, views, clockStart, firstTrust, inHospitalStroke);
        assessEndOfStay(facts, now, views, clock, diagnosis);
    }

    /** Measures 2, 4a, 4b and the hyperacute figures: first trust, clock-start day. */
    private static void assessTimeCritical(Facts facts, Instant now, BankHolidays holidays, Views views,
                                           Instant clockStart, String firstTrust, boolean inHospitalStroke) {
        TrustDay.Builder bucket = views.at(firstTrust, clockStart);

        // Measure 2
        PathwayEvent firstWard = facts.earliest(EventType.WARD_ENTERED);
        if (inHospitalStroke || firstWard != null && firstWard.ward() == Ward.CRITICAL_CARE) {
            bucket.outcome("2", Outcome.EXCLUDED);
        } else {
            PathwayEvent strokeUnit = facts.earliest(EventType.WARD_ENTERED, e -> e.ward() == Ward.STROKE_UNIT);
            bucket.outcome("2", byDeadline(clockStart.plus(Duration.ofHours(4)), timeOf(strokeUnit), now));
        }

        // Measures 4a and 4b
        PathwayEvent scan = facts.earliest(EventType.BRAIN_IMAGING);
        if (inHospitalStroke) {
            bucket.outcome("4a", Outcome.EXCLUDED);
            bucket.outcome("4b", Outcome.EXCLUDED);
            return; // in-hospital strokes are left out of the imaging and thrombolysis figures
        }
        Outcome measure4a = byDeadline(clockStart.plus(Duration.ofMinutes(60)), timeOf(scan), now);
        bucket.outcome("4a", measure4a);
        bucket.outcome("4b", byDeadline(clockStart.plus(Duration.ofHours(24)), timeOf(scan), now));

        // Figures over the measure 4a cohort, not excluded
        if (scan != null) {
            bucket.doorToScan(London.wholeMinutes(clockStart, scan.occurredAt()));
            PathwayEvent report = facts.earliest(EventType.IMAGING_REPORTED);
            if (report != null) {
                bucket.scanToReport(London.wholeMinutes(scan.occurredAt(), report.occurredAt()));
            }
        }
        if (measure4a != Outcome.PENDING) {
            boolean inHours = London.inHours(clockStart, holidays);
            bucket.imaging(inHours ? SCANNED_IN_HOURS : SCANNED_OUT_OF_HOURS);
            if (measure4a == Outcome.MET) {
                bucket.imaging(inHours ? SCANNED_WITHIN_HOUR_IN_HOURS : SCANNED_WITHIN_HOUR_OUT_OF_HOURS);
            }
        }
        bucket.imaging(THROMBOLYSIS_COHORT);
        PathwayEvent thrombolysis = facts.earliest(EventType.THROMBOLYSIS);
        if (thrombolysis != null) {
            bucket.imaging(THROMBOLYSED);
            bucket.doorToNeedle(London.wholeMinutes(clockStart, thrombolysis.occurredAt()));
        }
    }

    /** Measures 1, 3, 6, 7, 8, 9 and the data gaps: once the stay has ended. */
    private static void assessEndOfStay(Facts facts, Instant now, Views views, PathwayEvent clock,
                                        PathwayEvent diagnosis) {
        PathwayEvent death = facts.earliest(EventType.DEATH);
        PathwayEvent discharge = facts.latest(EventType.DISCHARGE);
        boolean diedInHospital = death != null
                && (discharge == null || !death.occurredAt().isAfter(discharge.occurredAt()));
        PathwayEvent end = diedInHospital ? death : discharge;
        if (end == null) {
            // Still in hospital: no discharge measure; after 90 days the end of the stay is reported missing, at the
            // trust of the latest arrival (the trust that has the patient).
            if (now.isAfter(clock.occurredAt().plus(Duration.ofDays(90)))) {
                PathwayEvent withThePatient = facts.latest(EventType.STROKE_ARRIVAL);
                views.gap(withThePatient.trust(), withThePatient.occurredAt(), MissingFact.END_OF_STAY);
            }
            return;
        }
        Instant endTime = end.occurredAt();
        String endingTrust = end.trust();
        Instant clockStart = clock.occurredAt();

        // Measure 3: the stay at the trust where it ended
        PathwayEvent arrivalAtEndingTrust = null;
        for (PathwayEvent arrival : facts.all(EventType.STROKE_ARRIVAL)) {
            if (arrival.trust().equals(endingTrust) && !arrival.occurredAt().isAfter(endTime)) {
                arrivalAtEndingTrust = arrival; // sorted earliest first: the last one kept is the latest
            }
        }
        Instant stayStart = arrivalAtEndingTrust != null ? arrivalAtEndingTrust.occurredAt() : clockStart;
        java.util.List<PathwayEvent> wards = new java.util.ArrayList<>();
        for (PathwayEvent ward : facts.all(EventType.WARD_ENTERED)) { // time then eventId order
            if (ward.trust().equals(endingTrust) && !ward.occurredAt().isBefore(stayStart)
                    && !ward.occurredAt().isAfter(endTime)) {
                wards.add(ward);
            }
        }
        TrustDay.Builder endBucket = views.at(endingTrust, endTime);
        boolean diedOnClockStartDay = death != null && London.day(death.occurredAt()).equals(London.day(clockStart));
        if (!wards.isEmpty() && wards.get(0).ward() == Ward.CRITICAL_CARE || diedOnClockStartDay) {
            endBucket.outcome("3", Outcome.EXCLUDED);
        } else {
            long strokeUnitNanos = 0;
            for (int i = 0; i < wards.size(); i++) {
                if (wards.get(i).ward() == Ward.STROKE_UNIT) {
                    Instant until = i + 1 < wards.size() ? wards.get(i + 1).occurredAt() : endTime;
                    strokeUnitNanos += Duration.between(wards.get(i).occurredAt(), until).toNanos();
                }
            }
            long stayNanos = Duration.between(stayStart, endTime).toNanos();
            endBucket.outcome("3", 10 * strokeUnitNanos >= 9 * stayNanos ? Outcome.MET : Outcome.NOT_MET);
        }

        // Data gaps of an ended stay
        if (diagnosis == null) {
            views.gap(clock.trust(), clockStart, MissingFact.DIAGNOSIS);
        }
        if (facts.earliest(EventType.BRAIN_IMAGING) == null) {
            views.gap(clock.trust(), clockStart, MissingFact.BRAIN_IMAGING);
        }
        if (wards.isEmpty()) {
            views.gap(endingTrust, endTime, MissingFact.WARD_MOVEMENTS);
        }
        if (arrivalAtEndingTrust == null) {
            views.gap(endingTrust, endTime, MissingFact.ARRIVAL_AT_ENDING_TRUST);
        }

        if (diedInHospital) {
            return; // not discharged alive: measures 1, 6, 7, 8, 9 do not count it
        }
        assessDischargedAlive(facts, now, views, discharge, death, clockStart);
    }

    /** Measures 1, 6, 7, 8, 9: discharging trust, discharge day. */
    private static void assessDischargedAlive(Facts facts, Instant now, Views views, PathwayEvent discharge,
                                              PathwayEvent death, Instant clockStart) {
        Instant dischargeTime = discharge.occurredAt();
        TrustDay.Builder bucket = views.at(discharge.trust(), dischargeTime);

        // Measure 1
        if (Boolean.TRUE.equals(discharge.inAtrialFibrillation())) {
            Anticoagulation a = discharge.anticoagulation();
            if (a == Anticoagulation.ON_ANTICOAGULANT || a == Anticoagulation.PLANNED) {
                bucket.outcome("1", Outcome.MET);
            } else if (a == Anticoagulation.CONTRAINDICATED) {
                bucket.outcome("1", Outcome.EXCLUDED);
            } else {
                bucket.outcome("1", Outcome.NOT_MET);
            }
        }

        // Measure 6
        Instant supportDeadline = London.sixCalendarMonthsAfter(clockStart);
        PathwayEvent support = facts.earliest(EventType.PSYCHOLOGICAL_SUPPORT);
        bucket.outcome("6", followUpOutcome(supportDeadline, support, death, now));

        // Measure 7
        bucket.outcome("7", Boolean.TRUE.equals(discharge.jointCarePlan()) ? Outcome.MET : Outcome.NOT_MET);

        // Measure 8
        Instant reviewDeadline = London.sixCalendarMonthsAfter(dischargeTime);
        PathwayEvent review = facts.earliest(EventType.FOLLOW_UP_REVIEW, e -> e.occurredAt().isAfter(dischargeTime));
        bucket.outcome("8", followUpOutcome(reviewDeadline, review, death, now));

        // Measure 9
        if (discharge.destination() == DischargeDestination.USUAL_RESIDENCE) {
            bucket.outcome("9", Boolean.TRUE.equals(discharge.esdSupport()) ? Outcome.MET : Outcome.NOT_MET);
        }

        // Discharge details gap
        boolean lacksDetails = discharge.destination() == null
                || discharge.inAtrialFibrillation() == null
                || discharge.jointCarePlan() == null
                || Boolean.TRUE.equals(discharge.inAtrialFibrillation()) && discharge.anticoagulation() == null
                || discharge.destination() == DischargeDestination.USUAL_RESIDENCE && discharge.esdSupport() == null;
        if (lacksDetails) {
            views.gap(discharge.trust(), dischargeTime, MissingFact.DISCHARGE_DETAILS);
        }
    }

    /** Measures 6 and 8: a qualifying fact by the deadline wins; else a death before the deadline excludes. */
    private static Outcome followUpOutcome(Instant deadline, PathwayEvent fact, PathwayEvent death, Instant now) {
        if (atOrBefore(fact, deadline)) {
            return Outcome.MET;
        }
        if (death != null && death.occurredAt().isBefore(deadline)) {
            return Outcome.EXCLUDED;
        }
        return now.isAfter(deadline) ? Outcome.NOT_MET : Outcome.PENDING;
    }
}
