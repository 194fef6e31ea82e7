package org.asistream.measures.domain.event;

/** The kinds of pathway event a trust publishes (see docs/events.md for the contract). */
public enum EventType {
    STROKE_ARRIVAL,
    DIAGNOSIS,
    WARD_ENTERED,
    BRAIN_IMAGING,
    IMAGING_REPORTED,
    THROMBOLYSIS,
    TRANSFER_OUT,
    DISCHARGE,
    DEATH,
    PSYCHOLOGICAL_SUPPORT,
    FOLLOW_UP_REVIEW,
    TIA_FIRST_CONTACT,
    TIA_INVESTIGATION,
    TIA_TREATMENT_STARTED,
    /** Withdraws the event named by {@code retracts}; never a fact itself. */
    RETRACTION
}
