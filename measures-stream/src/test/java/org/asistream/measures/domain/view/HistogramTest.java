package org.asistream.measures.domain.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HistogramTest {

    private static Histogram of(int... minutes) {
        Histogram histogram = new Histogram();
        for (int minute : minutes) {
            histogram.add(minute, 1);
        }
        return histogram;
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertThat(of(40, 10, 30, 20, 50).median()).hasValue(30);
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleValueByNearestRank() {
        assertThat(of(10, 20, 30, 40).median()).hasValue(20);
    }

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        Histogram histogram = of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        assertThat(histogram.percentile(90)).as("rank ceil(9.9) = 10").hasValue(10);
        assertThat(histogram.percentile(100)).hasValue(11);
    }

    @Test
    void countsRepeatedMinutesTogether() {
        Histogram histogram = of(5, 5, 5, 60);

        assertThat(histogram.distinctMinutes()).isEqualTo(2);
        assertThat(histogram.countAt(0)).isEqualTo(3);
        assertThat(histogram.total()).isEqualTo(4);
        assertThat(histogram.percentile(90)).hasValue(60);
    }

    @Test
    void anEmptyHistogramHasNoPercentile() {
        assertThat(new Histogram().median()).isEmpty();
    }

    @Test
    void subtractingWhatWasAddedRestoresAnEqualHistogram() {
        Histogram histogram = of(10, 20);
        Histogram original = histogram.copy();

        histogram.add(15, 1);
        histogram.add(20, 1);
        histogram.add(15, -1);
        histogram.add(20, -1);

        assertThat(histogram).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(histogram.distinctMinutes()).isEqualTo(2);
    }

    @Test
    void mergesAnotherHistogram() {
        Histogram histogram = of(10, 20);

        histogram.addAll(of(20, 30));

        assertThat(histogram).isEqualTo(of(10, 20, 20, 30));
    }

    @Test
    void rejectsAPercentileOutsideOneToHundred() {
        assertThatThrownBy(() -> of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
