package org.asistream.query.statistics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ten Accelerating Stroke Improvement measures, with their ids and April 2011 targets. */
public enum Measure {
    AF_ANTICOAGULATION("1", "AF anticoagulation at discharge", 0.60),
    STROKE_UNIT_WITHIN_4_HOURS("2", "Stroke unit within 4 hours", 0.90),
    STAY_ON_STROKE_UNIT("3", "90% of stay on a stroke unit", 0.80),
    BRAIN_IMAGING_WITHIN_1_HOUR("4a", "Brain imaging within 1 hour", 0.50),
    BRAIN_IMAGING_WITHIN_24_HOURS("4b", "Brain imaging within 24 hours", 1.00),
    HIGH_RISK_TIA_WITHIN_24_HOURS("5", "High-risk TIA investigated and treated within 24 hours", 0.60),
    PSYCHOLOGICAL_SUPPORT_BY_6_MONTHS("6", "Psychological support by 6 months", 0.40),
    JOINT_CARE_PLAN("7", "Joint care plan on discharge", 0.85),
    REVIEWED_WITHIN_6_MONTHS("8", "Reviewed within 6 months of leaving hospital", 0.95),
    EARLY_SUPPORTED_DISCHARGE("9", "Supported by a stroke-skilled early supported discharge team", 0.40);

    private final String id;
    private final String displayName;
    private final double target;

    Measure(String id, String displayName, double target) {
        this.id = id;
        this.displayName = displayName;
        this.target = target;
    }

    /** The measure written as in the API: "1", "2", "3", "4a", "4b", "5" ... "9". */
    public static Measure fromId(String id) {
        return Arrays.stream(values())
                .filter(measure -> measure.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown measure '" + id + "'; expected one of " + Arrays.stream(values())
                                .map(Measure::id)
                                .collect(Collectors.joining(", "))));
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The aspiration as a proportion: 0.60 means 60%. */
    public double target() {
        return target;
    }
}
