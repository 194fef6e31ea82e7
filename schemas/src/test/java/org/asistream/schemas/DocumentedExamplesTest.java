package org.asistream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.json.ValidationError;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.junit.jupiter.api.Test;

/** The JSON examples of docs/events.md are what the code accepts (and refuses) as documented. */
class DocumentedExamplesTest {

    private static final Path EVENTS_DOC = Path.of("../docs/events.md");
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyDocumentedEventIsValidExceptTheRefusedExample() throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode block : jsonBlocks()) {
            if (!block.has("regions") && !block.has("tokens")) {
                if (block.isArray()) {
                    block.forEach(events::add);
                } else {
                    events.add(block);
                }
            }
        }
        List<JsonNode> refused = events.stream().filter(event -> !PathwayEventJson.parse(event).errors().isEmpty())
                .toList();

        assertThat(events).hasSizeGreaterThan(30);
        assertThat(refused).hasSize(1);
        assertThat(PathwayEventJson.parse(refused.get(0)).errors()).extracting(ValidationError::field)
                .containsExactly("eventId", "trust", "occurredAt", "destination", "anticoagulation", "jointCarePlan",
                        "colour");
    }

    @Test
    void theDocumentedReferenceDataAndCredentialsAreValid() throws IOException {
        List<JsonNode> blocks = jsonBlocks();

        assertThat(blocks.stream().filter(block -> block.has("regions")).map(ReferenceDataFile::parse)).hasSize(1);
        assertThat(blocks.stream().filter(block -> block.has("tokens")).map(Credentials::parse)).hasSize(1);
    }

    private static List<JsonNode> jsonBlocks() throws IOException {
        List<JsonNode> blocks = new ArrayList<>();
        Matcher block = JSON_BLOCK.matcher(Files.readString(EVENTS_DOC));
        while (block.find()) {
            blocks.add(MAPPER.readTree(block.group(1)));
        }
        return blocks;
    }
}
