package org.asistream.measures.oracle;

/** The state of one (episode, measure) pair in the measure's cohort. */
enum Outcome {
    PENDING,
    MET,
    NOT_MET,
    EXCLUDED
}
