package org.asistream.measures.oracle;

/** The kinds of missing fact docs/measures.md's data-completeness table defines. */
enum MissingFact {
    DIAGNOSIS,
    BRAIN_IMAGING,
    WARD_MOVEMENTS,
    ARRIVAL_AT_ENDING_TRUST,
    DISCHARGE_DETAILS,
    ABCD2_SCORE,
    END_OF_STAY
}
