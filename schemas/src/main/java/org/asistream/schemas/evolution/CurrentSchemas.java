package org.asistream.schemas.evolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParser;

/**
 * The schemas as they are now: the top-level schema of every {@code .avsc} file in a folder (the build uses
 * {@code src/main/avro/current}). Files may refer to types defined in other files, as the code generator allows.
 */
public final class CurrentSchemas {

    public static List<Schema> inDirectory(Path folder) {
        SchemaParser parser = new SchemaParser();
        List<SchemaParser.ParseResult> parsed = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".avsc")).sorted().toList()) {
                parsed.add(parser.parse(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Ask for the schemas only after every file is parsed: that resolves references between files in any order.
        return parsed.stream().map(SchemaParser.ParseResult::mainSchema).toList();
    }

    private CurrentSchemas() {
    }
}
