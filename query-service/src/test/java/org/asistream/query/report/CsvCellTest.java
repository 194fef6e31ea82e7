package org.asistream.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTest {

    @Test
    void plainValuesAreWrittenAsTheyAre() {
        assertThat(CsvExport.cell("Aire Valley Hospitals")).isEqualTo("Aire Valley Hospitals");
        assertThat(CsvExport.cell(0.75)).isEqualTo("0.75");
        assertThat(CsvExport.cell(null)).isEmpty();
    }

    @Test
    void valuesWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvExport.cell("Hull, East Riding")).isEqualTo("\"Hull, East Riding\"");
        assertThat(CsvExport.cell("St \"Mary's\"")).isEqualTo("\"St \"\"Mary's\"\"\"");
        assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }
}
