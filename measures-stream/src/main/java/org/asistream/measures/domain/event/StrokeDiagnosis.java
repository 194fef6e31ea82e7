package org.asistream.measures.domain.event;

/** The confirmed diagnosis; {@link #NOT_STROKE} (a stroke mimic) removes the episode from every stroke cohort. */
public enum StrokeDiagnosis {
    INFARCTION,
    HAEMORRHAGE,
    UNDETERMINED,
    NOT_STROKE
}
