package org.asistream.measures.domain.measure;

/** The ten Accelerating Stroke Improvement measures (ids as the guide writes them). */
public enum Measure {
    AF_ANTICOAGULATION("1"),
    STROKE_UNIT_WITHIN_4_HOURS("2"),
    STAY_ON_STROKE_UNIT("3"),
    BRAIN_IMAGING_WITHIN_1_HOUR("4a"),
    BRAIN_IMAGING_WITHIN_24_HOURS("4b"),
    HIGH_RISK_TIA_WITHIN_24_HOURS("5"),
    PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS("6"),
    JOINT_CARE_PLAN("7"),
    REVIEWED_WITHIN_6_MONTHS("8"),
    EARLY_SUPPORTED_DISCHARGE("9");

    private final String id;

    Measure(String id) {
        this.id = id;
    }

    /** "1", "2", "3", "4a", "4b", "5" ... "9". */
    public String id() {
        return id;
    }
}
