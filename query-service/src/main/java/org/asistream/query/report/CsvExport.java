package org.asistream.query.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The measures and league-table answers as CSV (RFC 4180): a header line, then one line per measure or per row. */
public final class CsvExport {

    private static final List<String> MEASURE_COLUMNS = List.of("measure", "name", "met", "notMet", "pending",
            "excluded", "rate", "ciLow", "ciHigh", "target", "atTarget", "rangeLow", "rangeHigh", "tooFewToRank");

    private CsvExport() {
    }

    /** One line per measure, each led by the organisation, the period and asOf. */
    public static String measures(MeasuresReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("level", "code", "period", "firstDay", "lastDay", "asOf"));
        header.addAll(MEASURE_COLUMNS);
        header.add("esdTeam");
        line(csv, header);
        for (MeasureFigures measure : report.measures()) {
            List<Object> cells = new ArrayList<>(List.of(report.level(), nullToEmpty(report.code()),
                    report.period().label(), report.period().firstDay(), report.period().lastDay(), report.asOf()));
            cells.addAll(measureCells(measure));
            cells.add(measure.esdTeam());
            line(csv, cells);
        }
        return csv.toString();
    }

    /** One line per trust and measure shown, each with the trust's overall standing. */
    public static String leagueTable(LeagueTableReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("level", "code", "period", "firstDay", "lastDay", "asOf",
                "trust", "trustName", "esdTeam", "overallRank", "measuresAtTarget", "measuresRanked", "meanRate"));
        header.addAll(MEASURE_COLUMNS);
        header.add("rank");
        line(csv, header);
        for (LeagueTableRow row : report.rows()) {
            for (RankedMeasure ranked : row.measures()) {
                List<Object> cells = new ArrayList<>(List.of(report.level(), nullToEmpty(report.code()),
                        report.period().label(), report.period().firstDay(), report.period().lastDay(),
                        report.asOf(), row.trust(), row.name(), row.esdTeam()));
                cells.addAll(Arrays.asList(row.overall().rank(), row.overall().measuresAtTarget(),
                        row.overall().measuresRanked(), row.overall().meanRate()));
                cells.addAll(measureCells(ranked.figures()));
                cells.add(ranked.rank());
                line(csv, cells);
            }
        }
        return csv.toString();
    }

    private static List<Object> measureCells(MeasureFigures measure) {
        return Arrays.asList(measure.measure(), measure.name(), measure.met(), measure.notMet(), measure.pending(),
                measure.excluded(), measure.rate(), measure.ciLow(), measure.ciHigh(), measure.target(),
                measure.atTarget(), measure.rangeLow(), measure.rangeHigh(), measure.tooFewToRank());
    }

    private static Object nullToEmpty(Object value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Empty for null; quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String cell(Object value) {
        String text = Objects.toString(value, "");
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
