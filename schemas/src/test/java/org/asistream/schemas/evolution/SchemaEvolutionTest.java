package org.asistream.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaFormatter;
import org.junit.jupiter.api.Test;

/**
 * The build's gate on the real schemas: every schema in src/main/avro/current must be recorded in
 * src/main/avro/history and be FULL_TRANSITIVE compatible with every recorded version.
 */
class SchemaEvolutionTest {

    private static final Path CURRENT = Path.of("src/main/avro/current");
    private static final Path HISTORY = Path.of("src/main/avro/history");
    private static final Path PROPOSED = Path.of("target/proposed-avro-history");

    @Test
    void everyCurrentSchemaIsRecordedAndCompatibleWithEveryRecordedVersion() throws IOException {
        List<Schema> current = CurrentSchemas.inDirectory(CURRENT);
        SchemaHistory history = SchemaHistory.inDirectory(HISTORY);

        List<EvolutionProblem> problems = CompatibilityCheck.check(current, history);

        List<Path> proposals = proposeUnrecordedVersions(current, history);
        assertThat(problems)
                .as("Schema evolution problems. A compatible change is recorded by copying the proposed version(s) %s"
                        + " from %s into %s; a released version is never edited.", proposals, PROPOSED, HISTORY)
                .isEmpty();
    }

    @Test
    void theJarCarriesTheSameHistoryAsTheSourceTree() {
        SchemaHistory packaged = SchemaHistory.onClasspath();
        SchemaHistory source = SchemaHistory.inDirectory(HISTORY);

        for (Schema schema : CurrentSchemas.inDirectory(CURRENT)) {
            assertThat(packaged.versionsOf(schema.getFullName()))
                    .as(schema.getFullName())
                    .isEqualTo(source.versionsOf(schema.getFullName()));
        }
    }

    /** Writes the self-contained form of each unrecorded schema where a developer can copy it from. */
    private static List<Path> proposeUnrecordedVersions(List<Schema> current, SchemaHistory history)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (Schema schema : current) {
            List<Schema> versions = history.versionsOf(schema.getFullName());
            if (versions.isEmpty() || !versions.get(versions.size() - 1).toString().equals(schema.toString())) {
                Path file = PROPOSED.resolve(SchemaHistory.fileOf(schema.getFullName(), versions.size() + 1));
                Files.createDirectories(file.getParent());
                Files.writeString(file, SchemaFormatter.format("json/pretty", schema) + "\n");
                written.add(PROPOSED.relativize(file));
            }
        }
        return written;
    }
}
