package org.asistream.platform.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Streams the events of each file to the API in batches, one batch at a time and in file order, checkpointing after
 * every batch the API has answered for good. Refused events are recorded with their reasons and the rest of their
 * batch is sent again without them; while the service is unavailable the batch waits and is retried.
 */
final class BulkImport {

    private final ImportOptions options;
    private final IngestClient client;
    private final ImportProgress progress;
    private final Backoff backoff;
    private final PrintStream err;
    private final ImportSummary summary = new ImportSummary();

    BulkImport(ImportOptions options, IngestClient client, ImportProgress progress, Backoff backoff, PrintStream err) {
        this.options = options;
        this.client = client;
        this.progress = progress;
        this.backoff = backoff;
        this.err = err;
    }

    /** What has been done so far; complete once {@link #run} returned. */
    ImportSummary summary() {
        return summary;
    }

    ImportSummary run() throws InterruptedException {
        progress.start(options.files().stream().mapToLong(EventFile::countEvents).sum());
        try {
            for (Path file : options.files()) {
                importFile(file);
            }
        } finally {
            progress.finish();
        }
        return summary;
    }

    private void importFile(Path file) throws InterruptedException {
        try (EventFile events = EventFile.open(file); RejectionLog rejections = new RejectionLog(file)) {
            Optional<Checkpoint> checkpoint = Checkpoint.readFor(file);
            if (checkpoint.isPresent()) {
                resume(events, checkpoint.get());
            }
            for (List<SourceEvent> batch = events.nextBatch(options.batchSize()); !batch.isEmpty();
                    batch = events.nextBatch(options.batchSize())) {
                deliver(file, batch, rejections);
                new Checkpoint(events.linesRead(), events.digestOfLinesRead()).writeFor(file);
                progress.advanced(batch.size());
            }
        } catch (IOException e) {
            throw new ImportStopped("cannot close " + file + " or its rejection log: " + e.getMessage(), e);
        }
    }

    private void resume(EventFile events, Checkpoint checkpoint) {
        long done = events.skipTo(checkpoint.lines());
        if (done < 0 || !events.digestOfLinesRead().equals(checkpoint.sha256())) {
            throw new ImportStopped(events.path() + " is not the file " + Checkpoint.fileFor(events.path())
                    + " was written for (its first " + checkpoint.lines() + " lines differ); delete the checkpoint "
                    + "to import the file from the start");
        }
        err.println("Resuming " + events.path() + " after line " + checkpoint.lines() + " (from "
                + Checkpoint.fileFor(events.path()) + ")");
        summary.resumed(events.path(), checkpoint.lines());
        progress.skipped(done);
    }

    /** Returns once every event of the batch is accepted or recorded as rejected. */
    private void deliver(Path file, List<SourceEvent> batch, RejectionLog rejections) throws InterruptedException {
        List<SourceEvent> pending = batch;
        int waits = 0;
        while (!pending.isEmpty()) {
            BatchOutcome outcome = client.post(pending);
            if (outcome instanceof BatchOutcome.Accepted accepted) {
                summary.accepted(file, accepted.events());
                return;
            } else if (outcome instanceof BatchOutcome.Rejected rejected) {
                pending = withoutRejected(file, pending, rejected.rejections(), rejections);
                waits = 0;
            } else if (outcome instanceof BatchOutcome.Unavailable unavailable) {
                if (++waits > backoff.attempts()) {
                    throw new ImportStopped("the service stayed unavailable (" + unavailable.reason() + "); "
                            + "run the same command again to resume " + file + " from its checkpoint");
                }
                Thread.sleep(backoff.delay(waits, unavailable.retryAfter()).toMillis());
            } else {
                BatchOutcome.Refused refused = (BatchOutcome.Refused) outcome;
                throw new ImportStopped("the service refused the events of " + file + " lines " + pending.get(0).line()
                        + "-" + pending.get(pending.size() - 1).line() + ": " + refused.status() + " "
                        + refused.detail());
            }
        }
    }

    /** Records the refused events of {@code pending} and returns the others, to be sent again. */
    private List<SourceEvent> withoutRejected(Path file, List<SourceEvent> pending, List<EventRejection> reasons,
            RejectionLog rejections) {
        Map<Integer, List<EventRejection>> byIndex = reasons.stream()
                .collect(Collectors.groupingBy(EventRejection::index));
        Set<Integer> refused = byIndex.keySet();
        if (refused.stream().anyMatch(index -> index < 0 || index >= pending.size())) {
            throw new ImportStopped("the service refused events that " + file + " did not send in this batch: "
                    + reasons);
        }
        List<SourceEvent> remaining = new ArrayList<>();
        for (int index = 0; index < pending.size(); index++) {
            List<EventRejection> eventReasons = byIndex.get(index);
            if (eventReasons == null) {
                remaining.add(pending.get(index));
            } else {
                rejections.record(pending.get(index), eventReasons.get(0).eventId(), eventReasons);
                summary.rejected(file, rejections.file(), eventReasons);
            }
        }
        return remaining;
    }
}
