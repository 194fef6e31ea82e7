package org.asistream.platform.importer;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The events of one input file that the API refused, with its reasons: {@code FILE.rejected.ndjson}, one JSON object
 * per refused event ({@code line}, {@code eventId}, {@code errors} of field and reason, and the {@code source} line as
 * written), appended to across runs. Created only when there is something to record.
 */
final class RejectionLog implements Closeable {

    private final Path file;
    private BufferedWriter writer;

    RejectionLog(Path input) {
        this.file = input.resolveSibling(input.getFileName() + ".rejected.ndjson");
    }

    void record(SourceEvent event, String eventId, List<EventRejection> reasons) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("line", event.line());
        entry.put("eventId", eventId);
        ArrayNode errors = entry.putArray("errors");
        reasons.forEach(reason -> errors.addObject().put("field", reason.field()).put("reason", reason.reason()));
        entry.put("source", event.source());
        try {
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            writer.write(entry.toString());
            writer.newLine();
            // Flushed before the checkpoint moves past the event, so that no refusal goes unrecorded.
            writer.flush();
        } catch (IOException e) {
            throw new ImportStopped("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
