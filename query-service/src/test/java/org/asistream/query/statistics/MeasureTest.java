package org.asistream.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeasureTest {

    @Test
    void theTenMeasuresKeepTheirApiIdsInOrder() {
        assertThat(Arrays.stream(Measure.values()).map(Measure::id))
                .containsExactly("1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9");
    }

    @Test
    void eachMeasureCarriesItsAprilTwoThousandElevenTarget() {
        assertThat(Arrays.stream(Measure.values()).map(Measure::target))
                .containsExactly(0.60, 0.90, 0.80, 0.50, 1.00, 0.60, 0.40, 0.85, 0.95, 0.40);
    }

    @Test
    void anIdReadsBackAsItsMeasure() {
        for (Measure measure : Measure.values()) {
            assertThat(Measure.fromId(measure.id())).isSameAs(measure);
        }
        assertThat(Measure.fromId("4a").displayName()).isEqualTo("Brain imaging within 1 hour");
    }

    @Test
    void anUnknownIdIsRejectedWithTheKnownIds() {
        assertThatThrownBy(() -> Measure.fromId("4c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'4c'")
                .hasMessageContaining("1, 2, 3, 4a, 4b, 5, 6, 7, 8, 9");
    }
}
