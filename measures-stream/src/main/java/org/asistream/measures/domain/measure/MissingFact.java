package org.asistream.measures.domain.measure;

/**
 * A fact the measures need that an episode with a clock start lacks (data completeness). Stroke facts are judged
 * once the stay has ended, when they can no longer be merely "not yet sent" (the end of the stay itself once it is
 * overdue); mimics are not judged.
 */
public enum MissingFact {
    /** Stroke stay ended without any diagnosis (the episode counts as a stroke by default). Clock-start bucket. */
    DIAGNOSIS,
    /** Stroke stay ended without any brain scan (measures 4a, 4b breached). Clock-start bucket. */
    BRAIN_IMAGING,
    /** The trust where the stay ended recorded no ward entry in it (measure 3 not met). End-of-stay bucket. */
    WARD_MOVEMENTS,
    /** The trust where the stay ended sent no arrival (measure 3 measured from the clock start). End-of-stay bucket. */
    ARRIVAL_AT_ENDING_TRUST,
    /**
     * The counted discharge lacks destination, AF status or joint care plan, or the anticoagulation status of a
     * patient in AF, or the ESD flag of a patient going home. End-of-stay bucket.
     */
    DISCHARGE_DETAILS,
    /** The TIA first contact has no ABCD2 score (treated as not high risk). TIA bucket. */
    ABCD2_SCORE,
    /**
     * A stroke stay still open {@link Completeness#OPEN_STAY_REPORTED_AFTER} after the clock start: neither a discharge
     * nor a death recorded, so the discharge measures cannot judge it. Bucket of the latest arrival (the trust that
     * has the patient).
     */
    END_OF_STAY
}
