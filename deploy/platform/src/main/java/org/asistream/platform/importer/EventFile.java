package org.asistream.platform.importer;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An input file read line by line: NDJSON (one event per line) or, for a name ending in {@code .csv}, CSV with a
 * header row. Blank lines are skipped. It keeps a SHA-256 of every line read so far, so that a checkpoint can tell
 * whether the lines it covers are still the same on resume.
 */
final class EventFile implements Closeable {

    private final Path path;
    private final BufferedReader reader;
    private final CsvLayout csv;
    private final MessageDigest digest = sha256();
    private int linesRead;

    private EventFile(Path path) throws IOException {
        this.path = path;
        this.reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        this.csv = isCsv(path) ? CsvLayout.ofHeader(readLine(), path) : null;
    }

    static EventFile open(Path path) {
        try {
            return new EventFile(path);
        } catch (IOException e) {
            throw new ImportStopped("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** How many events the file holds: its non-blank lines, less the header of a CSV file. */
    static long countEvents(Path path) {
        try (var lines = Files.lines(path, StandardCharsets.UTF_8)) {
            long nonBlank = lines.filter(line -> !line.isBlank()).count();
            return isCsv(path) ? Math.max(0, nonBlank - 1) : nonBlank;
        } catch (IOException | UncheckedIOException e) {
            throw new ImportStopped("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Lines read so far, the header included: the position a checkpoint records. */
    int linesRead() {
        return linesRead;
    }

    /** The SHA-256 of the lines read so far. */
    String digestOfLinesRead() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 implementation cannot be copied", e);
        }
    }

    /**
     * Reads past the first {@code lines} lines (the header included) and returns how many events they held, or -1
     * when the file has fewer lines.
     */
    long skipTo(int lines) {
        long events = 0;
        while (linesRead < lines) {
            String line = readLine();
            if (line == null) {
                return -1;
            }
            if (!line.isBlank()) {
                events++;
            }
        }
        return events;
    }

    /** Up to {@code size} events from the next lines; empty at the end of the file. */
    List<SourceEvent> nextBatch(int size) {
        List<SourceEvent> batch = new ArrayList<>(size);
        while (batch.size() < size) {
            String line = readLine();
            if (line == null) {
                break;
            }
            if (!line.isBlank()) {
                String json = csv == null ? line : csv.toJson(line, linesRead);
                batch.add(new SourceEvent(linesRead, json, line));
            }
        }
        return batch;
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                linesRead++;
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return line;
        } catch (IOException e) {
            throw new ImportStopped("cannot read " + path + " at line " + (linesRead + 1) + ": " + e.getMessage(), e);
        }
    }

    private static boolean isCsv(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
