package org.asistream.measures.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.asistream.measures.domain.Pathway;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.junit.jupiter.api.Test;

/** Door-to-scan, scan-to-report, door-to-needle and in-hours, for the measure 4a cohort. */
class HyperacuteFiguresTest {

    private final Pathway pathway = Pathway.episode();

    @Test
    void measuresWholeMinutesFromTheClockStartAttributedLikeMeasure4a() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T10:42:59Z");
        pathway.report("2011-03-01T11:30Z");
        pathway.thrombolysis("2011-03-01T11:05Z");

        HyperacuteFigures figures = pathway.assessAt("2011-03-01T12:00Z").hyperacute().orElseThrow();

        assertThat(figures.attribution()).isEqualTo(new AttributionKey(Pathway.FIRST_TRUST, LocalDate.of(2011, 3, 1)));
        assertThat(figures.doorToScanMinutes()).isEqualTo(42);
        assertThat(figures.scanToReportMinutes()).isEqualTo(47);
        assertThat(figures.doorToNeedleMinutes()).isEqualTo(65);
        assertThat(figures.thrombolysed()).isTrue();
        assertThat(figures.clockStartInHours()).isTrue();
    }

    @Test
    void leavesOutWhatHasNotHappened() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.report("2011-03-01T11:30Z");

        HyperacuteFigures figures = pathway.assessAt("2011-03-01T12:00Z").hyperacute().orElseThrow();

        assertThat(figures.doorToScanMinutes()).isNull();
        assertThat(figures.scanToReportMinutes()).as("no scan to report on").isNull();
        assertThat(figures.doorToNeedleMinutes()).isNull();
        assertThat(figures.thrombolysed()).isFalse();
    }

    @Test
    void aScanRecordedBeforeTheArrivalCountsAsZeroMinutes() {
        pathway.arrival("2011-03-01T10:00Z");
        pathway.scan("2011-03-01T09:55Z");

        assertThat(pathway.assessAt("2011-03-01T12:00Z").hyperacute().orElseThrow().doorToScanMinutes()).isZero();
    }

    @Test
    void anArrivalOnABankHolidayIsOutOfHours() {
        pathway.arrival("2011-04-29T11:00+01:00");

        assertThat(pathway.assessAt("2011-04-29T12:00Z").hyperacute().orElseThrow().clockStartInHours()).isFalse();
    }

    @Test
    void anArrivalOnAWeekdayEveningIsOutOfHours() {
        pathway.arrival("2011-03-01T18:00Z");

        assertThat(pathway.assessAt("2011-03-01T19:00Z").hyperacute().orElseThrow().clockStartInHours()).isFalse();
    }

    @Test
    void inHospitalStrokesAndMimicsHaveNoFigures() {
        pathway.arrival("2011-03-01T10:00Z", ArrivalMode.INPATIENT);
        assertThat(pathway.assessAt("2011-03-01T12:00Z").hyperacute()).isEmpty();

        Pathway mimic = Pathway.episode();
        mimic.arrival("2011-03-01T10:00Z");
        mimic.diagnosis("2011-03-01T11:00Z", StrokeDiagnosis.NOT_STROKE);
        assertThat(mimic.assessAt("2011-03-01T12:00Z").hyperacute()).isEmpty();
    }
}
