package org.asistream.measures.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.junit.jupiter.api.Test;

/** The TIA best-practice tariff and the TIA imaging figures. */
class TiaTariffTest {

    private final Pathway pathway = Pathway.episode();

    @Test
    void aHighRiskTiaTreatedInTimeWithAnMriEarnsTheFullTariff() {
        pathway.atTrust("RTIA").tiaContact("2011-03-01T10:00Z", 5);
        pathway.tiaInvestigation("2011-03-01T12:00Z", TiaInvestigationMethod.MRI);
        pathway.tiaTreatment("2011-03-01T13:00Z");

        TiaTariff tariff = pathway.assessAt("2011-03-01T13:00Z").tariff().orElseThrow();

        assertThat(tariff.attribution()).isEqualTo(new AttributionKey("RTIA", LocalDate.of(2011, 3, 1)));
        assertThat(tariff.earnedPence()).isEqualTo(63_400);
        assertThat(tariff.forgonePence()).isZero();
    }

    @Test
    void aHighRiskTiaNotTreatedInTimeWithoutAnMriEarnsOnlyTheBase() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T12:00Z", TiaInvestigationMethod.CT);

        TiaTariff tariff = pathway.assessAt("2011-03-02T10:00:00.001Z").tariff().orElseThrow();

        assertThat(tariff.earnedPence()).isEqualTo(45_000);
        assertThat(tariff.forgonePence()).isEqualTo(18_400);
    }

    @Test
    void aLowRiskTiaWithAnMrAngiogramWithin24HoursEarnsItsMaximum() {
        pathway.tiaContact("2011-03-01T10:00Z", 2);
        pathway.tiaInvestigation("2011-03-02T10:00Z", TiaInvestigationMethod.MR_ANGIOGRAPHY);

        TiaTariff tariff = pathway.assessAt("2011-03-03T00:00Z").tariff().orElseThrow();

        assertThat(tariff.earnedPence()).isEqualTo(54_200);
        assertThat(tariff.forgonePence()).isZero();
    }

    @Test
    void aLowRiskTiaWithoutAnMriForgoesTheSupplement() {
        pathway.tiaContact("2011-03-01T10:00Z", 3);
        pathway.tiaInvestigation("2011-03-02T10:00:00.001Z", TiaInvestigationMethod.MRI);

        TiaTariff tariff = pathway.assessAt("2011-03-03T00:00Z").tariff().orElseThrow();

        assertThat(tariff.earnedPence()).isEqualTo(45_000);
        assertThat(tariff.forgonePence()).isEqualTo(9_200);
    }

    @Test
    void isNotDueUntilFirstContactPlus24HoursHasPassed() {
        pathway.tiaContact("2011-03-01T10:00Z", 2);

        assertThat(pathway.assessAt("2011-03-02T10:00Z").tariff()).isEmpty();
        assertThat(pathway.assessAt("2011-03-02T10:00:00.001Z").tariff()).isPresent();
    }

    @Test
    void isDueAsSoonAsMeasure5IsMet() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T11:00Z", TiaInvestigationMethod.CT);
        pathway.tiaTreatment("2011-03-01T11:30Z");

        TiaTariff tariff = pathway.assessAt("2011-03-01T11:30Z").tariff().orElseThrow();

        assertThat(tariff.earnedPence()).isEqualTo(54_200);
        assertThat(tariff.forgonePence()).isEqualTo(9_200);
    }

    @Test
    void anUnknownScoreIsTariffedAsLowRisk() {
        pathway.tiaContact("2011-03-01T10:00Z", null);

        assertThat(pathway.assessAt("2011-03-03T00:00Z").tariff().orElseThrow().maximumPence()).isEqualTo(54_200);
    }

    @Test
    void highRiskTiaFiguresCountTheFirstBrainScanWithinTwoAndSixHoursAndAnyMri() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T10:30Z", TiaInvestigationMethod.CAROTID_DOPPLER);
        pathway.tiaInvestigation("2011-03-01T15:00Z", TiaInvestigationMethod.CT);
        pathway.tiaInvestigation("2011-03-05T10:00Z", TiaInvestigationMethod.MRI);

        TiaFigures figures = pathway.assessAt("2011-03-06T00:00Z").tia().orElseThrow();

        assertThat(figures.scannedWithin2Hours()).isFalse();
        assertThat(figures.scannedWithin6Hours()).isTrue();
        assertThat(figures.investigatedWithMri()).isTrue();
    }

    @Test
    void aScanExactlyTwoHoursAfterFirstContactIsWithinTwoHours() {
        pathway.tiaContact("2011-03-01T10:00Z", 4);
        pathway.tiaInvestigation("2011-03-01T12:00Z", TiaInvestigationMethod.CT);

        TiaFigures figures = pathway.assessAt("2011-03-01T12:00Z").tia().orElseThrow();

        assertThat(figures.scannedWithin2Hours()).isTrue();
        assertThat(figures.investigatedWithMri()).isFalse();
    }

    @Test
    void lowRiskTiaHasNoTiaFigures() {
        pathway.tiaContact("2011-03-01T10:00Z", 3);
        pathway.tiaInvestigation("2011-03-01T11:00Z", TiaInvestigationMethod.CT);

        assertThat(pathway.assessAt("2011-03-01T12:00Z").tia()).isEmpty();
    }
}
