package org.asistream.platform.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did, file by file, and why events were refused; printed at the end. */
final class ImportSummary {

    /** One file's share of this run. */
    private static final class FileResult {
        long accepted;
        long rejected;
        int resumedAfterLine;
        Path rejectionLog;
    }

    private final Map<Path, FileResult> files = new LinkedHashMap<>();
    private final Map<String, Long> rejectionsByReason = new TreeMap<>();
    private long accepted;
    private long rejected;

    void resumed(Path file, int afterLine) {
        result(file).resumedAfterLine = afterLine;
    }

    void accepted(Path file, int events) {
        accepted += events;
        result(file).accepted += events;
    }

    /** One refused event with every reason given for it. */
    void rejected(Path file, Path rejectionLog, List<EventRejection> reasons) {
        rejected++;
        FileResult result = result(file);
        result.rejected++;
        result.rejectionLog = rejectionLog;
        reasons.forEach(reason -> rejectionsByReason.merge(reason.field() + ": " + reason.reason(), 1L, Long::sum));
    }

    long rejected() {
        return rejected;
    }

    void print(PrintStream out, Duration took) {
        files.forEach((file, result) -> out.printf("%s: %,d accepted, %,d rejected%s%s%n", file, result.accepted,
                result.rejected,
                result.resumedAfterLine > 0 ? " (resumed after line " + result.resumedAfterLine + ")" : "",
                result.rejectionLog != null ? "; rejected events and reasons in " + result.rejectionLog : ""));
        out.printf("Imported %,d events and rejected %,d in %.1f s%n", accepted, rejected, took.toMillis() / 1000.0);
        if (!rejectionsByReason.isEmpty()) {
            out.println("Rejections by reason:");
            rejectionsByReason.forEach((reason, count) -> out.printf("%,8d  %s%n", count, reason));
        }
    }

    private FileResult result(Path file) {
        return files.computeIfAbsent(file, f -> new FileResult());
    }
}
