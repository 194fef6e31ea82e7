package org.asistream.measures.domain.measure;

/** Where an episode in a measure's cohort stands. */
public enum OutcomeState {
    /** Not yet decided: the deadline has not passed and the qualifying fact is not (yet) known. */
    PENDING,
    MET,
    NOT_MET,
    /** Removed by one of the measure's listed exclusions; reported beside the rate, never in it. */
    EXCLUDED
}
