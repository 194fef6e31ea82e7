package org.asistream.measures.domain.measure;

import static org.asistream.measures.domain.Pathway.t;
import static org.assertj.core.api.Assertions.assertThat;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;
import org.junit.jupiter.api.Test;

/** When the caller must assess again although no new fact arrives. */
class NextDeadlineTest {

    private final Pathway pathway = Pathway.episode();

    @Test
    void walksThroughTheHyperacuteDeadlinesAsTheClockPassesThem() {
        pathway.arrival("2011-03-01T10:00Z");

        assertThat(pathway.assessAt("2011-03-01T10:00Z").nextDeadline()).contains(t("2011-03-01T11:00Z"));
        assertThat(pathway.assessAt("2011-03-01T11:00Z").nextDeadline())
                .as("not yet passed: the outcome is still pending").contains(t("2011-03-01T11:00Z"));
        assertThat(pathway.assessAt("2011-03-01T11:00:00.001Z").nextDeadline()).contains(t("2011-03-01T14:00Z"));
        assertThat(pathway.assessAt("2011-03-01T14:00:00.001Z").nextDeadline()).contains(t("2011-03-02T10:00Z"));
        assertThat(pathway.assessAt("2011-03-02T10:00:00.001Z").nextDeadline())
                .as("the open stay becomes overdue for completeness").contains(t("2011-05-30T10:00Z"));
        assertThat(pathway.assessAt("2011-05-30T10:00:00.001Z").nextDeadline()).isEmpty();
    }

    @Test
    void skipsDeadlinesWhoseOutcomeIsAlreadyDecided() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T10:20Z");
        pathway.ward("2011-03-01T10:40Z", Ward.STROKE_UNIT);

        assertThat(pathway.assessAt("2011-03-01T10:40Z").nextDeadline())
                .as("only the open stay's completeness is left").contains(t("2011-05-30T10:00Z"));
    }

    @Test
    void anExcludedInHospitalStrokeHasNoMeasureDeadline() {
        pathway.inHospitalOnset("2011-03-01T10:00Z");

        assertThat(pathway.assessAt("2011-03-01T10:00Z").nextDeadline())
                .as("only the open stay's completeness").contains(t("2011-05-30T10:00Z"));
        pathway.death("2011-03-05T10:00Z");
        assertThat(pathway.assessAt("2011-03-05T10:00Z").nextDeadline()).isEmpty();
    }

    @Test
    void aDischargeBringsTheSixMonthDeadlines() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T10:20Z");
        pathway.ward("2011-03-01T10:40Z", Ward.STROKE_UNIT);
        pathway.discharge("2011-03-10T10:00Z");

        assertThat(pathway.assessAt("2011-03-10T10:00Z").nextDeadline()).contains(t("2011-09-01T10:00+01:00"));
        assertThat(pathway.assessAt("2011-09-01T10:00:00.001+01:00").nextDeadline())
                .contains(t("2011-09-10T10:00+01:00"));
    }

    @Test
    void aLowRiskTiaWaitsForItsTariff() {
        pathway.tiaContact("2011-03-01T10:00Z", 2);

        assertThat(pathway.assessAt("2011-03-01T10:00Z").nextDeadline()).contains(t("2011-03-02T10:00Z"));
        assertThat(pathway.assessAt("2011-03-02T10:00:00.001Z").nextDeadline())
                .as("a TIA has no stay to become overdue").isEmpty();
    }

    @Test
    void aHighRiskTiaMetEarlyHasNothingLeftToWaitFor() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T11:00Z", TiaInvestigationMethod.CT);
        pathway.tiaTreatment("2011-03-01T11:30Z");

        assertThat(pathway.assessAt("2011-03-01T11:30Z").nextDeadline()).isEmpty();
    }

    @Test
    void anEpisodeWithoutAClockStartHasNoDeadline() {
        pathway.death("2011-03-01T10:00Z");

        EpisodeAssessment assessment = pathway.assessAt("2011-03-01T10:00Z");

        assertThat(assessment.nextDeadline()).isEmpty();
        assertThat(assessment.outcomes()).isEmpty();
    }
}
