package org.asistream.measures.domain.event;

/** Anticoagulation status recorded at discharge (required when the patient is in atrial fibrillation). */
public enum Anticoagulation {
    ON_ANTICOAGULANT,
    PLANNED,
    NOT_GIVEN,
    CONTRAINDICATED
}
