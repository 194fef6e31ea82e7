package org.asistream.platform.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CsvLayoutTest {

    private static final Path FILE = Path.of("export.csv");

    @Test
    void quotedCellsMayHoldCommasAndQuotes() {
        assertThat(CsvLayout.cells("a,\"b, c\",\"say \"\"hi\"\"\",,\" d \"", 2, FILE))
                .containsExactly("a", "b, c", "say \"hi\"", "", " d ");
    }

    @Test
    void unquotedCellsAreTrimmed() {
        assertThat(CsvLayout.cells(" a , b", 2, FILE)).containsExactly("a", "b");
    }

    @Test
    void unclosedQuoteNamesTheLine() {
        assertThatThrownBy(() -> CsvLayout.cells("a,\"b", 7, FILE))
                .hasMessage("export.csv line 7: a quoted cell is not closed (cells cannot span lines)");
    }

    @Test
    void rowWithMoreCellsThanColumnsIsRefused() {
        CsvLayout layout = CsvLayout.ofHeader("eventId,type", FILE);

        assertThatThrownBy(() -> layout.toJson("x,y,z", 3))
                .hasMessage("export.csv line 3: 3 cells, but the header names 2 columns");
    }

    @Test
    void booleanAndNumberColumnsAreTypedOnlyWhenTheyReadAsSuch() {
        CsvLayout layout = CsvLayout.ofHeader("esdSupport,abcd2,jointCarePlan", FILE);

        assertThat(layout.toJson("false,7,yes", 2))
                .isEqualTo("{\"esdSupport\":false,\"abcd2\":7,\"jointCarePlan\":\"yes\"}");
    }
}
