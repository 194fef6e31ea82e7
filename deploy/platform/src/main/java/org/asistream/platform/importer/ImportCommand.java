package org.asistream.platform.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.asistream.platform.UsageException;

/**
 * {@code deploy/asi-platform import}: a trust's bulk import of historical events from NDJSON or CSV exports through
 * the ingest API. {@link #run} returns the exit code; errors are one line on stderr, never a stack trace.
 */
public final class ImportCommand {

    static final int ALL_ACCEPTED = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE_ERROR = 2;
    static final int STOPPED = 3;
    static final int INTERRUPTED = 130;
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(5);

    public static final String USAGE = """
            Usage: deploy/asi-platform import --token TOKEN [--url URL] [--batch N] FILE...

            Sends a trust's events from export files to the ingest API (POST /v1/events) in batches, and ends with
            a summary of the events accepted and rejected, with the reasons.

            Options:
              --token TOKEN   the trust's bearer token (default: $ASI_TOKEN, which keeps it out of the process list)
              --url URL       the ingest service (default http://localhost:8081)
              --batch N       events per request (default 500; the service takes at most 10000 by default)
              -h, --help      this help

            Files:
              *.csv           CSV: a header row naming the columns, each a field of the JSON event contract
                              (eventId,type,episodeId,trust,occurredAt,supersedes, then the fields of the types
                              used, e.g. arrivalMode,modality,abcd2), in any order; one event per row; an empty
                              cell leaves the field out; true/false for the boolean fields; cells may be quoted
                              ("a, b") but not span lines. Layout and examples: docs/import.md.
              anything else   NDJSON: one JSON event per line, as in docs/events.md. Blank lines are skipped.

            Resuming: after each batch the API has answered, FILE.checkpoint records how many lines are done
            (and a hash of them). Run the same command again after an interruption and it carries on from
            there; a batch sent but not yet answered is sent again, which is harmless because the platform
            deduplicates events by eventId. Delete FILE.checkpoint to import a file again from the start.

            Refused events are recorded with their reasons in FILE.rejected.ndjson and the import goes on. While
            the service is unavailable (503), the batch is retried with a growing delay for about four minutes.

            Progress (events/s, ETA) goes to stderr, the summary to stdout.
            Exit codes: 0 every event accepted; 1 some events rejected; 2 bad command line; 3 stopped before
            the end (the reason is printed; run the same command again to resume); 130 interrupted.
            """;

    public static int run(List<String> args) {
        // Ctrl-C: stop the import where it is (its checkpoint is always valid) and still print the summary.
        Thread importing = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            importing.interrupt();
            try {
                finished.await(INTERRUPT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "asi-import-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return run(args, System.getenv(), System.out, System.err, Backoff.DEFAULT, ImportProgress.onStderr());
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down, because of the interrupt handled above
            }
        }
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err,
            Backoff backoff, ImportProgress progress) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return ALL_ACCEPTED;
        }
        ImportOptions options;
        try {
            options = ImportOptions.parse(args, environment);
        } catch (UsageException e) {
            err.println("asi-platform import: " + e.getMessage() + " (deploy/asi-platform import --help)");
            return USAGE_ERROR;
        }
        long start = System.nanoTime();
        BulkImport bulkImport = new BulkImport(options, new IngestClient(options.url(), options.token()), progress,
                backoff, err);
        int exitCode;
        try {
            exitCode = bulkImport.run().rejected() > 0 ? SOME_REJECTED : ALL_ACCEPTED;
        } catch (InterruptedException e) {
            exitCode = interrupted(err);
        } catch (ImportStopped e) {
            // An interrupt during file I/O surfaces as a closed file rather than as an InterruptedException.
            exitCode = Thread.currentThread().isInterrupted() ? interrupted(err) : stopped(err, e);
        }
        bulkImport.summary().print(out, Duration.ofNanos(System.nanoTime() - start));
        return exitCode;
    }

    private static int interrupted(PrintStream err) {
        Thread.currentThread().interrupt();
        err.println("asi-platform import: interrupted; run the same command again to resume");
        return INTERRUPTED;
    }

    private static int stopped(PrintStream err, ImportStopped e) {
        err.println("asi-platform import: stopped: " + e.getMessage());
        return STOPPED;
    }

    private ImportCommand() {
    }
}
