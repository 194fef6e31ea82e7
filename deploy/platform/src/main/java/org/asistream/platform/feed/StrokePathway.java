package org.asistream.platform.feed;

import static org.asistream.schemas.avro.EventType.BRAIN_IMAGING;
import static org.asistream.schemas.avro.EventType.DEATH;
import static org.asistream.schemas.avro.EventType.DIAGNOSIS;
import static org.asistream.schemas.avro.EventType.DISCHARGE;
import static org.asistream.schemas.avro.EventType.FOLLOW_UP_REVIEW;
import static org.asistream.schemas.avro.EventType.IMAGING_REPORTED;
import static org.asistream.schemas.avro.EventType.PSYCHOLOGICAL_SUPPORT;
import static org.asistream.schemas.avro.EventType.STROKE_ARRIVAL;
import static org.asistream.schemas.avro.EventType.THROMBOLYSIS;
import static org.asistream.schemas.avro.EventType.TRANSFER_OUT;
import static org.asistream.schemas.avro.EventType.WARD_ENTERED;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.asistream.schemas.avro.Anticoagulation;
import org.asistream.schemas.avro.ArrivalMode;
import org.asistream.schemas.avro.BrainImaging;
import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.DischargeDestination;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.ImagingModality;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.avro.StrokeDiagnosis;
import org.asistream.schemas.avro.TransferOut;
import org.asistream.schemas.avro.Ward;
import org.asistream.schemas.avro.WardEntered;

/**
 * One suspected stroke, from the first arrival to the last follow-up, as the trusts involved record it. The
 * parameters and what they rest on are listed in docs/simulation.md.
 */
final class StrokePathway {

    private static final List<ArrivalMode> FRONT_DOOR = List.of(ArrivalMode.AMBULANCE, ArrivalMode.SELF);
    private static final List<Double> FRONT_DOOR_SHARES = List.of(0.75, 0.25);
    private static final List<StrokeDiagnosis> STROKE_TYPES =
            List.of(StrokeDiagnosis.INFARCTION, StrokeDiagnosis.HAEMORRHAGE, StrokeDiagnosis.UNDETERMINED);
    private static final List<Double> STROKE_TYPE_SHARES = List.of(0.85, 0.12, 0.03);
    private static final double INFARCTION_SHARE = STROKE_TYPE_SHARES.get(0);
    private static final double SCANNED = 0.99;
    private static final double MRI_FIRST = 0.10;
    private static final double REPORTED = 0.98;
    private static final double TRANSFERRED = 0.05;
    private static final double CRITICAL_CARE_FIRST = 0.05;
    private static final double STROKE_UNIT_AFTER_OTHER_WARD = 0.75;
    private static final double MIMIC_DEATH = 0.01;
    private static final double DEATH_AFTER_30_DAYS = 0.08;
    private static final double CONTRAINDICATED = 0.12;
    private static final double ON_ANTICOAGULANT_RATHER_THAN_PLANNED = 0.65;
    private static final double SUPPORT_DURING_STAY = 0.3;
    private static final double ESD_WITHOUT_OWN_TEAM = 0.05;
    private static final double WEEKEND_DISCHARGES_PUT_OFF = 0.6;
    private static final List<DischargeDestination> DESTINATIONS = List.of(
            DischargeDestination.USUAL_RESIDENCE, DischargeDestination.CARE_HOME, DischargeDestination.OTHER);
    private static final List<Double> STROKE_DESTINATION_SHARES = List.of(0.62, 0.10, 0.28);
    private static final List<Double> MIMIC_DESTINATION_SHARES = List.of(0.90, 0.02, 0.08);

    private static final Duration FAST_TRACK_SCAN_POOR = Duration.ofMinutes(45);
    private static final Duration FAST_TRACK_SCAN_GOOD = Duration.ofMinutes(15);
    private static final Duration SCAN_POOR = Duration.ofMinutes(150);
    private static final Duration SCAN_GOOD = Duration.ofMinutes(30);
    private static final Duration SCAN_TO_NEEDLE_POOR = Duration.ofMinutes(45);
    private static final Duration SCAN_TO_NEEDLE_GOOD = Duration.ofMinutes(20);
    private static final Duration REPORT_POOR = Duration.ofMinutes(90);
    private static final Duration REPORT_GOOD = Duration.ofMinutes(20);
    private static final Duration TO_DIAGNOSIS = Duration.ofHours(2);
    private static final Duration TO_WARD_POOR = Duration.ofHours(5);
    private static final Duration TO_WARD_GOOD = Duration.ofHours(1);
    private static final Duration CRITICAL_CARE_STAY = Duration.ofDays(2);
    private static final Duration OUTLIER_STAY = Duration.ofHours(30);
    private static final Duration BEFORE_TRANSFER = Duration.ofDays(2);
    private static final Duration STAY_AFTER_TRANSFER_AT_LEAST = Duration.ofDays(1);
    private static final Duration TRANSFER_JOURNEY = Duration.ofMinutes(90);
    private static final Duration MIMIC_STAY = Duration.ofDays(2);
    private static final double STAY_SIGMA = 0.9;
    private static final Duration EARLY_DEATH = Duration.ofDays(6);
    private static final Duration EARLY_DEATH_AT_LEAST = Duration.ofHours(12);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Duration SIX_MONTHS = Duration.ofDays(183);
    private static final Duration TO_SUPPORT = Duration.ofDays(42);
    private static final Duration TO_REVIEW_POOR = Duration.ofDays(170);
    private static final Duration TO_REVIEW_GOOD = Duration.ofDays(140);
    private static final LocalTime DISCHARGES_FROM = LocalTime.of(10, 0);
    private static final LocalTime DISCHARGES_UNTIL = LocalTime.of(18, 0);
    private static final LocalTime CLINICS_FROM = LocalTime.of(9, 0);
    private static final LocalTime CLINICS_UNTIL = LocalTime.of(17, 0);

    private final NationalFigures figures;
    private final TransferPartners partners;

    StrokePathway(NationalFigures figures, TransferPartners partners) {
        this.figures = figures;
        this.partners = partners;
    }

    List<PathwayEvent> simulate(String episodeId, TrustProfile first, Instant arrival, Chance chance) {
        return new Course(episodeId, first, arrival, chance).run();
    }

    /** One patient's course; the first trust's quality at arrival governs the hyperacute care. */
    private final class Course {

        private final EpisodeFacts facts;
        private final Chance chance;
        private final TrustProfile first;
        private final Instant arrival;
        private final Quality quality;
        private final double slowdown;

        Course(String episodeId, TrustProfile first, Instant arrival, Chance chance) {
            this.facts = new EpisodeFacts(episodeId, chance);
            this.chance = chance;
            this.first = first;
            this.arrival = arrival;
            this.quality = first.qualityAt(arrival);
            this.slowdown = first.slowdownAt(arrival, quality);
        }

        List<PathwayEvent> run() {
            boolean inHospital = chance.happens(figures.inHospitalOnset());
            ArrivalMode mode = inHospital ? ArrivalMode.INPATIENT : chance.pick(FRONT_DOOR, FRONT_DOOR_SHARES);
            facts.record(first, arrival, STROKE_ARRIVAL, new StrokeArrival(mode, inHospital));
            StrokeDiagnosis diagnosis = chance.happens(figures.mimics())
                    ? StrokeDiagnosis.NOT_STROKE : chance.pick(STROKE_TYPES, STROKE_TYPE_SHARES);
            // Only infarctions are thrombolysed, so their rate is raised to give the national rate over all strokes.
            boolean thrombolysed = !inHospital && diagnosis == StrokeDiagnosis.INFARCTION
                    && chance.happens(figures.thrombolysis() * first.thrombolysisFactor() / INFARCTION_SHARE);
            Instant imagingDone = hyperacute(thrombolysed);
            facts.record(first, chance.after(imagingDone, TO_DIAGNOSIS, 0.8), DIAGNOSIS, new Diagnosis(diagnosis));

            boolean mimic = diagnosis == StrokeDiagnosis.NOT_STROKE;
            Instant death = death(mimic);
            Instant plannedDischarge = dischargeTime(
                    chance.after(arrival, mimic ? MIMIC_STAY : figures.medianStay(), STAY_SIGMA));
            boolean diesInHospital = death != null && death.isBefore(plannedDischarge);
            Instant end = diesInHospital ? death : plannedDischarge;
            TrustProfile last = stay(end);
            if (diesInHospital) {
                facts.record(last, death, DEATH, null);
                return facts.inTimeOrder();
            }
            discharge(last, end, mimic);
            if (!mimic) {
                aftercare(last, end, death);
            }
            if (death != null) {
                facts.record(last, death, DEATH, null);
            }
            return facts.inTimeOrder();
        }

        /** Scan, report and thrombolysis; returns when the imaging was done (the arrival if there was none). */
        private Instant hyperacute(boolean thrombolysed) {
            if (!thrombolysed && !chance.happens(SCANNED)) {
                return arrival;
            }
            // Candidates for thrombolysis are fast-tracked to the scanner, in and out of hours.
            Instant scan = thrombolysed
                    ? chance.after(arrival, quality.delay(FAST_TRACK_SCAN_POOR, FAST_TRACK_SCAN_GOOD), 0.5)
                    : chance.after(arrival, quality.delay(SCAN_POOR, SCAN_GOOD, slowdown), 1.0);
            ImagingModality modality = chance.happens(MRI_FIRST) ? ImagingModality.MRI : ImagingModality.CT;
            facts.record(first, scan, BRAIN_IMAGING, new BrainImaging(modality));
            if (thrombolysed) {
                facts.record(first, chance.after(scan, quality.delay(SCAN_TO_NEEDLE_POOR, SCAN_TO_NEEDLE_GOOD), 0.4),
                        THROMBOLYSIS, null);
            }
            if (!chance.happens(REPORTED)) {
                return scan;
            }
            Instant report = chance.after(scan, quality.delay(REPORT_POOR, REPORT_GOOD, slowdown), 0.8);
            facts.record(first, report, IMAGING_REPORTED, null);
            return report;
        }

        /** When the patient dies, if within six months: most deaths come early, in hospital. */
        private Instant death(boolean mimic) {
            if (chance.happens(mimic ? MIMIC_DEATH : figures.deathWithin30Days())) {
                Duration after;
                do {
                    after = chance.logNormal(EARLY_DEATH, 1.1);
                } while (after.compareTo(EARLY_DEATH_AT_LEAST) < 0 || after.compareTo(THIRTY_DAYS) >= 0);
                return arrival.plus(after);
            }
            if (!mimic && chance.happens(DEATH_AFTER_30_DAYS)) {
                return arrival.plus(chance.uniform(THIRTY_DAYS, SIX_MONTHS));
            }
            return null;
        }

        /** Discharges happen in the day, and most that would fall at a weekend wait for Monday. */
        private Instant dischargeTime(Instant ready) {
            return London.nextDaytime(ready, DISCHARGES_FROM, DISCHARGES_UNTIL,
                    chance.happens(WEEKEND_DISCHARGES_PUT_OFF), chance);
        }

        /** Ward movements and perhaps a transfer within the network; returns the trust where the stay ends. */
        private TrustProfile stay(Instant end) {
            Instant transfer = chance.happens(TRANSFERRED) ? chance.after(arrival, BEFORE_TRANSFER, 0.7) : null;
            Optional<TrustProfile> receiving = transfer != null
                    && transfer.plus(STAY_AFTER_TRANSFER_AT_LEAST).isBefore(end)
                    ? partners.receivingTrust(first, London.dateOf(transfer), chance) : Optional.empty();
            if (receiving.isEmpty()) {
                wards(first, arrival, end, true, quality, slowdown);
                return first;
            }
            TrustProfile next = receiving.get();
            wards(first, arrival, transfer, true, quality, slowdown);
            facts.record(first, transfer, TRANSFER_OUT, new TransferOut(next.code()));
            Instant arrivalThere = chance.after(transfer, TRANSFER_JOURNEY, 0.4);
            facts.record(next, arrivalThere, STROKE_ARRIVAL, new StrokeArrival(ArrivalMode.TRANSFER, false));
            wards(next, arrivalThere, end, false, next.qualityAt(arrivalThere), 1);
            return next;
        }

        /**
         * Wards at one trust between arriving and leaving: critical care first for some; straight to the stroke unit,
         * or first to another ward when no stroke-unit bed is free; better trusts keep patients on the stroke unit.
         */
        private void wards(TrustProfile trust, Instant from, Instant until, boolean criticalCarePossible,
                Quality wardQuality, double wardSlowdown) {
            Instant firstWard = chance.after(from, wardQuality.delay(TO_WARD_POOR, TO_WARD_GOOD, wardSlowdown), 0.7);
            if (!firstWard.isBefore(until)) {
                return;
            }
            Instant strokeUnit = null;
            if (criticalCarePossible && chance.happens(CRITICAL_CARE_FIRST)) {
                ward(trust, firstWard, Ward.CRITICAL_CARE);
                strokeUnit = chance.after(firstWard, CRITICAL_CARE_STAY, 0.6);
            } else if (chance.happens(wardQuality.probability(0.55, 0.95))) {
                strokeUnit = firstWard;
            } else {
                ward(trust, firstWard, Ward.OTHER);
                if (chance.happens(STROKE_UNIT_AFTER_OTHER_WARD)) {
                    strokeUnit = chance.after(firstWard, OUTLIER_STAY, 0.8);
                }
            }
            if (strokeUnit == null || !strokeUnit.isBefore(until)) {
                return;
            }
            ward(trust, strokeUnit, Ward.STROKE_UNIT);
            if (chance.happens(wardQuality.probability(0.4, 0.05))) {
                long remaining = Duration.between(strokeUnit, until).toSeconds();
                ward(trust, strokeUnit.plusSeconds(Math.round(remaining * chance.uniform(0.4, 0.9))), Ward.OTHER);
            }
        }

        private void ward(TrustProfile trust, Instant at, Ward ward) {
            facts.record(trust, at, WARD_ENTERED, new WardEntered(ward));
        }

        private void discharge(TrustProfile trust, Instant at, boolean mimic) {
            Quality atDischarge = trust.qualityAt(at);
            DischargeDestination destination =
                    chance.pick(DESTINATIONS, mimic ? MIMIC_DESTINATION_SHARES : STROKE_DESTINATION_SHARES);
            boolean inAtrialFibrillation = chance.happens(figures.atrialFibrillation());
            Anticoagulation anticoagulation = inAtrialFibrillation ? anticoagulation(atDischarge) : null;
            boolean jointCarePlan = chance.happens(atDischarge.probability(0.4, 0.95));
            boolean esdSupport = destination == DischargeDestination.USUAL_RESIDENCE && chance.happens(
                    trust.esdTeam() ? atDischarge.probability(0.2, 0.7) : ESD_WITHOUT_OWN_TEAM);
            facts.record(trust, at, DISCHARGE, new Discharge(destination, inAtrialFibrillation, anticoagulation,
                    jointCarePlan, esdSupport));
        }

        private Anticoagulation anticoagulation(Quality atDischarge) {
            if (chance.happens(CONTRAINDICATED)) {
                return Anticoagulation.CONTRAINDICATED;
            }
            if (!chance.happens(atDischarge.probability(0.2, 0.85))) {
                return Anticoagulation.NOT_GIVEN;
            }
            return chance.happens(ON_ANTICOAGULANT_RATHER_THAN_PLANNED)
                    ? Anticoagulation.ON_ANTICOAGULANT : Anticoagulation.PLANNED;
        }

        /** Psychological support (some during the stay) and the six-month review, by the discharging trust. */
        private void aftercare(TrustProfile trust, Instant discharged, Instant death) {
            Quality atDischarge = trust.qualityAt(discharged);
            if (chance.happens(atDischarge.probability(0.05, 0.6))) {
                Instant support = chance.happens(SUPPORT_DURING_STAY)
                        ? arrival.plusSeconds(Math.round(
                                Duration.between(arrival, discharged).toSeconds() * chance.uniform(0.5, 0.95)))
                        : clinic(chance.after(discharged, TO_SUPPORT, 0.8));
                recordUnlessDead(trust, support, PSYCHOLOGICAL_SUPPORT, death);
            }
            if (chance.happens(atDischarge.probability(0.25, 0.97))) {
                Duration toReview = atDischarge.delay(TO_REVIEW_POOR, TO_REVIEW_GOOD);
                Instant review = clinic(chance.after(discharged, toReview, 0.12));
                recordUnlessDead(trust, review, FOLLOW_UP_REVIEW, death);
            }
        }

        private Instant clinic(Instant due) {
            return London.nextDaytime(due, CLINICS_FROM, CLINICS_UNTIL, true, chance);
        }

        private void recordUnlessDead(TrustProfile trust, Instant at, EventType type, Instant death) {
            if (death == null || at.isBefore(death)) {
                facts.record(trust, at, type, null);
            }
        }
    }
}
