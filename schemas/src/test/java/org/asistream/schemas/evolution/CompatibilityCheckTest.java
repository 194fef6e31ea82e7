package org.asistream.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.asistream.schemas.avro.PathwayEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityCheckTest {

    private static final String VISIT = "test.Visit";
    private static final String AT = "{'name': 'at', 'type': 'long'}";
    private static final String WARD_WITH_DEFAULT = "{'name': 'ward', 'type': 'string', 'default': ''}";

    @Test
    void aNewRequiredFieldOnThePathwayEventFailsNamingTheSchemaAndTheField() throws IOException {
        Schema changed = withField(PathwayEvent.getClassSchema(), "{\"name\": \"ward\", \"type\": \"string\"}");
        Map<String, List<Schema>> recorded = Map.of(PathwayEvent.getClassSchema().getFullName(),
                List.of(PathwayEvent.getClassSchema(), changed));

        List<EvolutionProblem> problems = CompatibilityCheck.check(List.of(changed), SchemaHistory.of(recorded));

        assertThat(problems).extracting(EvolutionProblem::toString).containsExactly(
                "org.asistream.schemas.avro.PathwayEvent: the current version cannot read data written with v1: "
                        + "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/9 (ward)");
    }

    @Test
    void aNewFieldWithADefaultIsCompatibleBothWays() {
        Schema v1 = record(AT);
        Schema v2 = record(AT, WARD_WITH_DEFAULT);

        assertThat(CompatibilityCheck.check(List.of(v2), history(v1, v2))).isEmpty();
    }

    @Test
    void removingAFieldWithoutDefaultBreaksOldReaders() {
        Schema v1 = record(AT, "{'name': 'ward', 'type': 'string'}");
        Schema v2 = record(AT);

        assertThat(CompatibilityCheck.check(List.of(v2), history(v1, v2))).extracting(EvolutionProblem::toString)
                .containsExactly("test.Visit: readers on v1 cannot read data written with the current version: "
                        + "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/1 (ward)");
    }

    @Test
    void everyRecordedVersionIsCheckedNotOnlyTheLatest() {
        Schema v1 = record(AT);
        Schema v2 = record("{'name': 'at', 'type': 'long', 'default': 0}");
        Schema v3 = record(WARD_WITH_DEFAULT);

        assertThat(CompatibilityCheck.check(List.of(v3), history(v1, v2, v3))).extracting(EvolutionProblem::toString)
                .containsExactly("test.Visit: readers on v1 cannot read data written with the current version: "
                        + "READER_FIELD_MISSING_DEFAULT_VALUE at /fields/0 (at)");
    }

    @Test
    void anEnumSymbolAddedWithoutADefaultBreaksOldReaders() {
        Schema v1 = record("{'name': 'ward', 'type': {'type': 'enum', 'name': 'W', 'symbols': ['A']}}");
        Schema v2 = record("{'name': 'ward', 'type': {'type': 'enum', 'name': 'W', 'symbols': ['A', 'B']}}");

        assertThat(CompatibilityCheck.check(List.of(v2), history(v1, v2))).extracting(EvolutionProblem::toString)
                .containsExactly("test.Visit: readers on v1 cannot read data written with the current version: "
                        + "MISSING_ENUM_SYMBOLS at /fields/0/type/symbols ([B])");
    }

    @Test
    void anEnumSymbolAddedToAnEnumWithADefaultIsCompatible() {
        Schema v1 = record("{'name': 'ward', 'type': "
                + "{'type': 'enum', 'name': 'W', 'symbols': ['A', 'OTHER'], 'default': 'OTHER'}}");
        Schema v2 = record("{'name': 'ward', 'type': "
                + "{'type': 'enum', 'name': 'W', 'symbols': ['A', 'B', 'OTHER'], 'default': 'OTHER'}}");

        assertThat(CompatibilityCheck.check(List.of(v2), history(v1, v2))).isEmpty();
    }

    @Test
    void aSchemaWithoutHistoryMustBeRecordedAsVersionOne() {
        assertThat(CompatibilityCheck.check(List.of(record(AT)), SchemaHistory.of(Map.of())))
                .extracting(EvolutionProblem::toString)
                .containsExactly("test.Visit: has no recorded version: record it as test.Visit/v1.avsc "
                        + "in the schema history");
    }

    @Test
    void aCompatibleChangeMustStillBeRecordedAsANewVersion() {
        Schema v1 = record(AT);
        Schema changed = record(AT, WARD_WITH_DEFAULT);

        assertThat(CompatibilityCheck.check(List.of(changed), history(v1))).extracting(EvolutionProblem::toString)
                .containsExactly("test.Visit: differs from its latest recorded version v1: record it as "
                        + "test.Visit/v2.avsc in the schema history");
    }

    @Test
    void aHistoryFolderWithAGapInItsVersionsIsRefused(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve(VISIT));
        Files.writeString(folder.resolve("v1.avsc"), record(AT).toString());
        Files.writeString(folder.resolve("v3.avsc"), record(AT).toString());

        assertThatThrownBy(() -> SchemaHistory.inDirectory(root).versionsOf(VISIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("versions must be numbered v1, v2, ... without gaps; found [1, 3]");
    }

    @Test
    void aHistoryFileHoldingAnotherSchemaIsRefused(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("test.Other"));
        Files.writeString(folder.resolve("v1.avsc"), record(AT).toString());

        assertThatThrownBy(() -> SchemaHistory.inDirectory(root).versionsOf("test.Other"))
                .hasMessageEndingWith("v1.avsc holds test.Visit, not test.Other");
    }

    /** A test.Visit record with these fields, written with single quotes for readability. */
    private static Schema record(String... fields) {
        String json = "{'type': 'record', 'name': 'Visit', 'namespace': 'test', 'fields': ["
                + String.join(", ", fields) + "]}";
        return new Schema.Parser().parse(json.replace('\'', '"'));
    }

    private static SchemaHistory history(Schema... versions) {
        return SchemaHistory.of(Map.of(VISIT, List.of(versions)));
    }

    private static Schema withField(Schema schema, String field) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(schema.toString());
        ((ArrayNode) json.get("fields")).add(mapper.readTree(field));
        return new Schema.Parser().parse(json.toString());
    }
}
