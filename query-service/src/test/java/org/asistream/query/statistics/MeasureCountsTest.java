package org.asistream.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeasureCountsTest {

    @Test
    void countsAddStateByState() {
        MeasureCounts january = new MeasureCounts(10, 5, 2, 1);
        MeasureCounts february = new MeasureCounts(7, 3, 0, 4);

        assertThat(january.plus(february)).isEqualTo(new MeasureCounts(17, 8, 2, 5));
    }

    @Test
    void zeroAddsNothing() {
        MeasureCounts counts = new MeasureCounts(1, 2, 3, 4);

        assertThat(counts.plus(MeasureCounts.ZERO)).isEqualTo(counts);
    }

    @Test
    void onlyMetAndNotMetAreDecided() {
        assertThat(new MeasureCounts(3, 4, 50, 60).decided()).isEqualTo(7);
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> new MeasureCounts(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
