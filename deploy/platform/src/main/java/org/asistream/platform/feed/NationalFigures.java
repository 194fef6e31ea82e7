package org.asistream.platform.feed;

import java.time.Duration;
import java.util.List;

/**
 * The national figures the synthetic episodes reproduce on average (sources in docs/simulation.md). Each trust
 * differs from them by its own performance; the rates here are what the whole registry adds up to.
 *
 * @param strokeAdmissionsPerYear suspected strokes arriving at hospital in a year, for the whole registry at scale 1
 * @param tiaPatientsPerYear TIA patients seen in a year, at scale 1
 * @param arrivalShareByThreeHours share of clock starts in each three-hour band of the local day, 00-03 first
 * @param inHospitalOnset share of stroke episodes that begin while the patient is already an inpatient
 * @param mimics share of suspected strokes diagnosed as not a stroke
 * @param thrombolysis share of stroke patients (not mimics, not in-hospital strokes) who are thrombolysed
 * @param atrialFibrillation share of patients discharged in atrial fibrillation
 * @param deathWithin30Days share of stroke patients (not mimics) who die within 30 days of the clock start
 * @param medianStay median length of stay of stroke patients discharged alive
 */
public record NationalFigures(
        double strokeAdmissionsPerYear,
        double tiaPatientsPerYear,
        List<Double> arrivalShareByThreeHours,
        double inHospitalOnset,
        double mimics,
        double thrombolysis,
        double atrialFibrillation,
        double deathWithin30Days,
        Duration medianStay) {

    /** England around 2010-2011, the years of the ASI programme. */
    public static final NationalFigures ENGLAND = new NationalFigures(85_000, 42_500,
            List.of(0.04, 0.03, 0.07, 0.23, 0.22, 0.18, 0.14, 0.09),
            0.05, 0.10, 0.11, 0.20, 0.17, Duration.ofDays(9));

    private static final int THREE_HOUR_BANDS = 8;

    public NationalFigures {
        arrivalShareByThreeHours = List.copyOf(arrivalShareByThreeHours);
        if (arrivalShareByThreeHours.size() != THREE_HOUR_BANDS
                || Math.abs(arrivalShareByThreeHours.stream().mapToDouble(Double::doubleValue).sum() - 1) > 1e-9) {
            throw new IllegalArgumentException("arrivalShareByThreeHours needs eight shares that add up to 1");
        }
        for (double share : List.of(inHospitalOnset, mimics, thrombolysis, atrialFibrillation, deathWithin30Days)) {
            requireShare(share);
        }
        if (strokeAdmissionsPerYear < 0 || tiaPatientsPerYear < 0 || medianStay.isNegative() || medianStay.isZero()) {
            throw new IllegalArgumentException("volumes must not be negative and the median stay must be positive");
        }
    }

    static void requireShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a share must be from 0 to 1, got " + share);
        }
    }
}
