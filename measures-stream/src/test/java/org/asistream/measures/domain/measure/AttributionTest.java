package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.measure.Measure.BRAIN_IMAGING_WITHIN_1_HOUR;
import static org.asistream.measures.domain.measure.Measure.HIGH_RISK_TIA_WITHIN_24_HOURS;
import static org.asistream.measures.domain.measure.Measure.JOINT_CARE_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.junit.jupiter.api.Test;

/** Outcomes fall in the Europe/London calendar day (so month) of the attributed instant. */
class AttributionTest {

    private final Pathway pathway = Pathway.episode();

    private LocalDate dayOf(EpisodeAssessment assessment, Measure measure) {
        return assessment.outcome(measure).orElseThrow().attribution().day();
    }

    @Test
    void anArrivalLateOn31MarchInBstCountsInApril() {
        pathway.arrival("2011-03-31T23:30Z");

        assertThat(dayOf(pathway.assessAt("2011-04-01T00:00Z"), BRAIN_IMAGING_WITHIN_1_HOUR))
                .isEqualTo(LocalDate.of(2011, 4, 1));
    }

    @Test
    void anArrivalLateOn31JanuaryInGmtCountsInJanuary() {
        pathway.arrival("2011-01-31T23:30Z");

        assertThat(dayOf(pathway.assessAt("2011-02-01T00:00Z"), BRAIN_IMAGING_WITHIN_1_HOUR))
                .isEqualTo(LocalDate.of(2011, 1, 31));
    }

    @Test
    void aDischargeLateOn31OctoberAfterTheClocksWentBackCountsInOctober() {
        pathway.arrival("2011-10-20T10:00Z");
        pathway.discharge("2011-10-31T23:30Z");

        assertThat(dayOf(pathway.assessAt("2011-11-01T00:00Z"), JOINT_CARE_PLAN)).isEqualTo(LocalDate.of(2011, 10, 31));
    }

    @Test
    void aDischargeLateOn30SeptemberInBstCountsInOctober() {
        pathway.arrival("2011-09-20T10:00Z");
        pathway.discharge("2011-09-30T23:30Z");

        assertThat(dayOf(pathway.assessAt("2011-10-01T00:00Z"), JOINT_CARE_PLAN)).isEqualTo(LocalDate.of(2011, 10, 1));
    }

    @Test
    void aTiaFirstContactLateOn30JuneInBstCountsInJuly() {
        pathway.tiaContact("2011-06-30T23:15Z", 6);

        assertThat(dayOf(pathway.assessAt("2011-07-01T00:00Z"), HIGH_RISK_TIA_WITHIN_24_HOURS))
                .isEqualTo(LocalDate.of(2011, 7, 1));
    }
}
