package org.asistream.bench.common;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table of benchmark figures, printed at the end of a run. */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();

    public Table row(String... cells) {
        rows.add(cells);
        return this;
    }

    public String render() {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
