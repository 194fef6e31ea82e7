package org.asistream.platform.importer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How far the import of one file has been acknowledged: {@code FILE.checkpoint} next to it holds the number of lines
 * whose events the API accepted or refused for good, and the SHA-256 of those lines. It is replaced atomically after
 * every batch, so an interruption at any moment leaves a valid checkpoint, at worst one batch behind; re-sending that
 * batch is harmless because the platform deduplicates events by eventId.
 */
record Checkpoint(int lines, String sha256) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path fileFor(Path input) {
        return input.resolveSibling(input.getFileName() + ".checkpoint");
    }

    static Optional<Checkpoint> readFor(Path input) {
        Path file = fileFor(input);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            if (json == null || !json.path("linesAcknowledged").canConvertToInt() || !json.path("sha256").isTextual()) {
                throw new ImportStopped(file + " is not a checkpoint this importer wrote; delete it to import "
                        + input + " from the start");
            }
            return Optional.of(new Checkpoint(json.get("linesAcknowledged").intValue(), json.get("sha256").textValue()));
        } catch (IOException e) {
            throw new ImportStopped("cannot read the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    void writeFor(Path input) {
        Path file = fileFor(input);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            JSON.writeValue(partial.toFile(), JSON.createObjectNode()
                    .put("linesAcknowledged", lines)
                    .put("sha256", sha256));
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ImportStopped("cannot write the checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
