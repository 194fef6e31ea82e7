package org.asistream.measures.domain.event;

/** Where a patient went when leaving inpatient care alive. */
public enum DischargeDestination {
    USUAL_RESIDENCE,
    CARE_HOME,
    OTHER
}
