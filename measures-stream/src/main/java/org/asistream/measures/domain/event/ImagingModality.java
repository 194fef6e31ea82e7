package org.asistream.measures.domain.event;

/** How a stroke patient's brain was scanned. */
public enum ImagingModality {
    CT,
    MRI
}
