package org.asistream.query.materialise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.query.view.Figures;
import org.asistream.query.view.ImagingCount;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.MinuteBucket;
import org.asistream.schemas.avro.MinuteHistogram;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TariffCounts;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;

class TrustDayFiguresTest {

    @Test
    void aKeyIsATrustAndADate() {
        assertThat(TrustDayFigures.Key.parse("RXX|2011-03-01"))
                .isEqualTo(new TrustDayFigures.Key("RXX", LocalDate.parse("2011-03-01")));
        assertThatThrownBy(() -> TrustDayFigures.Key.parse("RXX-2011-03-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustDayFigures.Key.parse("RXX|March")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViewIsReadIntoFiguresSkippingMeasuresThisVersionDoesNotKnow() {
        TrustDayView view = new TrustDayView("RXX", LocalDate.parse("2011-03-01"),
                Map.of("4a", new OutcomeCounts(3L, 1L, 2L, 0L), "11", new OutcomeCounts(9L, 9L, 9L, 9L)),
                new MinuteHistogram(List.of(new MinuteBucket(30, 1L), new MinuteBucket(30, 2L), new MinuteBucket(10, 1L))),
                new MinuteHistogram(List.of()), new MinuteHistogram(List.of()),
                new ImagingCounts(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), new TariffCounts(2L, 109_200L, 0L),
                1L, Map.of("DIAGNOSIS", 1L));

        Figures figures = TrustDayFigures.of(view);

        assertThat(figures.counts(Measure.BRAIN_IMAGING_WITHIN_1_HOUR)).isEqualTo(new MeasureCounts(3, 1, 2, 0));
        assertThat(figures.doorToScanMinutes().episodes()).isEqualTo(4);
        assertThat(figures.doorToScanMinutes().percentile(0.5)).isEqualTo(30);
        assertThat(figures.imaging(ImagingCount.TIA_HIGH_RISK_INVESTIGATED_WITH_MRI)).isEqualTo(10);
        assertThat(figures.tariff()).isEqualTo(new Figures.Tariff(2, 109_200, 0));
        assertThat(figures.missingFacts()).containsEntry("DIAGNOSIS", 1L);
    }
}
