package org.asistream.measures.domain.event;

/** How a suspected-stroke patient came to the trust. */
public enum ArrivalMode {
    AMBULANCE,
    SELF,
    /** From another trust's inpatient care: never starts the clock while a non-transfer arrival exists. */
    TRANSFER,
    /** Already an inpatient: an in-hospital stroke. */
    INPATIENT
}
