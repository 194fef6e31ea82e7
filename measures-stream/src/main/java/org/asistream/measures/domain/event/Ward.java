package org.asistream.measures.domain.event;

/** The kind of ward a patient moves onto. */
public enum Ward {
    STROKE_UNIT,
    /** ICU, HDU or CCU. */
    CRITICAL_CARE,
    OTHER
}
