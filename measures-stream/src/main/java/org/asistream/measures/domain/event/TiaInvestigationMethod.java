package org.asistream.measures.domain.event;

/** A TIA investigation: brain imaging (CT, MRI) or carotid imaging (the others). */
public enum TiaInvestigationMethod {
    CT,
    MRI,
    CAROTID_DOPPLER,
    CT_ANGIOGRAPHY,
    MR_ANGIOGRAPHY;

    /** A scan of the brain itself, as opposed to carotid imaging. */
    public boolean isBrainScan() {
        return this == CT || this == MRI;
    }

    /** Magnetic resonance, brain or vessels: what the TIA tariff's MRI supplement pays for. */
    public boolean isMagneticResonance() {
        return this == MRI || this == MR_ANGIOGRAPHY;
    }
}
