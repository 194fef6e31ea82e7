package org.asistream.platform.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.schemas.json.PathwayEventJson;

/**
 * The CSV form of events (docs/import.md): a header row naming the columns, each a field of the JSON contract, in any
 * order; then one event per row. An empty cell leaves the field out. Cells of the boolean fields become JSON booleans
 * when they read {@code true} or {@code false}, and {@code abcd2} a number when it is one; anything else is sent as
 * text, for the API to refuse with its reason. Cells may be quoted ("a, b"; "" for a quote), but not span lines.
 */
final class CsvLayout {

    /** Every column a header may name: the fields of every event type. */
    static final Set<String> COLUMNS = allFields();
    static final Set<String> BOOLEAN_COLUMNS =
            Set.of("inHospitalOnset", "inAtrialFibrillation", "jointCarePlan", "esdSupport");
    static final Set<String> INTEGER_COLUMNS = Set.of("abcd2");

    private final List<String> columns;
    private final Path file;

    private CsvLayout(List<String> columns, Path file) {
        this.columns = columns;
        this.file = file;
    }

    static CsvLayout ofHeader(String header, Path file) {
        if (header == null) {
            throw new ImportStopped(file + " is empty; a CSV file starts with a header row naming its columns");
        }
        List<String> columns = cells(header, 1, file);
        Set<String> seen = new LinkedHashSet<>();
        for (String column : columns) {
            if (!COLUMNS.contains(column)) {
                throw new ImportStopped(file + " line 1: unknown column '" + column + "'; the columns are "
                        + String.join(", ", COLUMNS));
            }
            if (!seen.add(column)) {
                throw new ImportStopped(file + " line 1: column '" + column + "' appears twice");
            }
        }
        return new CsvLayout(columns, file);
    }

    /** The JSON event of one row. */
    String toJson(String row, int line) {
        List<String> cells = cells(row, line, file);
        if (cells.size() != columns.size()) {
            throw new ImportStopped(file + " line " + line + ": " + cells.size() + " cells, but the header names "
                    + columns.size() + " columns");
        }
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size(); i++) {
            String column = columns.get(i);
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (BOOLEAN_COLUMNS.contains(column) && (cell.equals("true") || cell.equals("false"))) {
                event.put(column, Boolean.parseBoolean(cell));
            } else if (INTEGER_COLUMNS.contains(column) && cell.matches("-?\\d{1,9}")) {
                event.put(column, Integer.parseInt(cell));
            } else {
                event.put(column, cell);
            }
        }
        return event.toString();
    }

    /** The cells of one line: comma-separated, optionally quoted with "", a doubled quote standing for one. */
    static List<String> cells(String row, int line, Path file) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (true) {
            boolean quoted = i < row.length() && row.charAt(i) == '"';
            if (quoted) {
                i++;
                while (true) {
                    if (i >= row.length()) {
                        throw new ImportStopped(file + " line " + line + ": a quoted cell is not closed "
                                + "(cells cannot span lines)");
                    }
                    char c = row.charAt(i++);
                    if (c != '"') {
                        cell.append(c);
                    } else if (i < row.length() && row.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < row.length() && row.charAt(i) != ',') {
                    throw new ImportStopped(file + " line " + line + ": text after a closing quote");
                }
            } else {
                while (i < row.length() && row.charAt(i) != ',') {
                    cell.append(row.charAt(i++));
                }
            }
            cells.add(quoted ? cell.toString() : cell.toString().strip());
            cell.setLength(0);
            if (i >= row.length()) {
                return cells;
            }
            i++; // the comma
        }
    }

    private static Set<String> allFields() {
        Set<String> fields = new LinkedHashSet<>();
        PathwayEventJson.PUBLISHED_TYPES.forEach(type -> fields.addAll(PathwayEventJson.fieldsOf(type)));
        return Collections.unmodifiableSet(fields);
    }
}
