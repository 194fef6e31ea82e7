package org.asistream.query.view;

/**
 * The imaging and treatment counts a trust-day view carries, each numerator beside its denominator (definitions in
 * docs/measures.md: the measure 4a cohort and attribution for scans and thrombolysis, measure 5's for TIA).
 */
public enum ImagingCount {
    SCANNED_IN_HOURS,
    SCANNED_WITHIN_HOUR_IN_HOURS,
    SCANNED_OUT_OF_HOURS,
    SCANNED_WITHIN_HOUR_OUT_OF_HOURS,
    THROMBOLYSIS_COHORT,
    THROMBOLYSED,
    TIA_HIGH_RISK,
    TIA_HIGH_RISK_SCANNED_WITHIN_2H,
    TIA_HIGH_RISK_SCANNED_WITHIN_6H,
    TIA_HIGH_RISK_INVESTIGATED_WITH_MRI
}
