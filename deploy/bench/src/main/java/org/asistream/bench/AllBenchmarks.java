package org.asistream.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asistream.bench.common.Figures;
import org.asistream.bench.common.Machine;
import org.asistream.bench.common.Table;

/**
 * {@code deploy/asi-platform bench}: every harness in turn, each in its own JVM so that one's heap and threads do not
 * disturb the next (ingest, replay, then freshness and queries on the platform as {@code asi-platform run} starts it),
 * and one table of the figures against the targets at the end.
 */
public final class AllBenchmarks {

    private record Harness(String name, String mainClass, String heap, List<String> args) {
    }

    /** {@code minRatio}: the least share of the baseline the figure must also reach (0 when the issue sets none). */
    private record Target(String label, String figure, String baseline, double target, boolean atLeast, String unit,
            double minRatio) {

        boolean met(double value, Double baselineValue) {
            boolean absolute = atLeast ? value >= target : value < target;
            return absolute && (minRatio == 0 || baselineValue != null && value / baselineValue >= minRatio);
        }

        String describe() {
            return (atLeast ? ">= " : "< ") + format(target) + " " + unit
                    + (minRatio == 0 ? "" : String.format(Locale.ROOT, " and ratio >= %.2f", minRatio));
        }
    }

    private static final List<Target> TARGETS = List.of(
            new Target("ingest through POST /v1/events", "ingest.events-per-second", "ingest.producer-performance",
                    50_000, true, "events/s", 1.0 / 3),
            new Target("replay into a fresh measures-stream", "replay.events-per-second", "replay.consumer-performance",
                    60_000, true, "events/s", 0),
            new Target("freshness p99, 202 to query API", "freshness.query.p99.ms", null, 1_000, false, "ms", 0),
            new Target("freshness p99, 202 to SSE stream", "freshness.stream.p99.ms", null, 1_000, false, "ms", 0),
            new Target("query p99 at 2,000 requests/s", "query.p99.ms", null, 10, false, "ms", 0));

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        List<Harness> harnesses = List.of(
                new Harness("ingest", "org.asistream.bench.ingest.IngestBenchmark", "-Xmx3g",
                        quick ? List.of("--events", "200000", "--warm-up-seconds", "15",
                                "--producer-records", "5000000") : List.of()),
                new Harness("replay", "org.asistream.bench.replay.ReplayBenchmark", "-Xmx2g",
                        quick ? List.of("--events", "100000") : List.of()),
                new Harness("platform", "org.asistream.bench.platform.PlatformBenchmark", "-Xmx1g",
                        quick ? List.of("--seconds", "20", "--warm-up-seconds", "60", "--query-seconds", "10") : List.of()));
        System.out.println("ASI Stream benchmarks" + (quick ? " (quick)" : "") + ": " + Machine.describe());
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Harness harness : harnesses) {
            System.out.println();
            System.out.println("=== " + harness.name() + " ===");
            int exit = run(harness, figures);
            if (exit != 0) {
                System.out.println("=== " + harness.name() + " failed with exit code " + exit + " ===");
            }
        }
        System.out.println();
        System.out.println("=== summary ===");
        Table table = new Table().row("figure", "measured", "baseline (Kafka's own tool)", "ratio", "target", "met");
        for (Target target : TARGETS) {
            Double value = figures.get(target.figure());
            Double baseline = target.baseline() == null ? null : figures.get(target.baseline());
            table.row(target.label(),
                    value == null ? "not measured" : format(value) + " " + target.unit(),
                    baseline == null ? "" : format(baseline) + " records/s",
                    value == null || baseline == null ? "" : String.format(Locale.ROOT, "%.2f", value / baseline),
                    target.describe(),
                    value == null ? "-" : target.met(value, baseline) ? "yes" : "no");
        }
        System.out.print(table.render());
    }

    /** Runs one harness with this JVM's classpath, echoing its output and keeping its figures. */
    private static int run(Harness harness, Map<String, Double> figures) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(harness.heap());
        command.add("-Dasi.home=" + System.getProperty("asi.home", "."));
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(harness.mainClass());
        command.addAll(harness.args());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(Figures.PREFIX)) {
                    String[] parts = line.substring(Figures.PREFIX.length()).split(" ");
                    figures.put(parts[0], Double.parseDouble(parts[1]));
                } else if (!line.contains(" WARN ") && !line.contains(" INFO ")) {
                    System.out.println(line);
                }
            }
        }
        return process.waitFor();
    }

    private static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private AllBenchmarks() {
    }
}
