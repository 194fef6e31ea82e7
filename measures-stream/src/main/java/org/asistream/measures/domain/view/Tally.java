package org.asistream.measures.domain.view;

/** The scalar counts of a {@link MeasureCounts} beside the per-measure outcome counts. */
public enum Tally {
    /** In-hours clock starts whose measure 4a is decided (met or not met): the in-hours within-1 h denominator. */
    IN_HOURS_SCANS_JUDGED,
    /** In-hours clock starts scanned within 1 h (measure 4a met). */
    IN_HOURS_SCANNED_WITHIN_1_HOUR,
    OUT_OF_HOURS_SCANS_JUDGED,
    OUT_OF_HOURS_SCANNED_WITHIN_1_HOUR,
    /** Stroke episodes in the measure 4a cohort and not excluded: the thrombolysis denominator. */
    THROMBOLYSIS_ELIGIBLE,
    THROMBOLYSED,
    /** High-risk TIA episodes (the measure 5 cohort): the denominator of the three TIA figures below. */
    HIGH_RISK_TIA,
    HIGH_RISK_TIA_SCANNED_WITHIN_2_HOURS,
    HIGH_RISK_TIA_SCANNED_WITHIN_6_HOURS,
    HIGH_RISK_TIA_INVESTIGATED_WITH_MRI,
    /** TIA episodes whose tariff is due. */
    TARIFF_EPISODES,
    TARIFF_EARNED_PENCE,
    TARIFF_FORGONE_PENCE,
    /** Episodes with at least one data gap in this bucket. */
    INCOMPLETE_EPISODES
}
