package org.asistream.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML documents and binds them to model classes without forgiving anything.
 *
 * <p>Jackson's {@code FAIL_ON_UNKNOWN_PROPERTIES} alone is not enough for these models: fabric8's Kubernetes classes
 * and Strimzi's API classes both keep unknown fields in an {@code additionalProperties} map through
 * {@code @JsonAnySetter}, so a misspelt field would be silently kept. The binder here switches every any-setter and
 * every {@code ignoreUnknown} off, refuses duplicate keys, and refuses scalar coercion (a quoted {@code "3"} where
 * the schema wants an integer).
 */
public final class StrictYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .annotationIntrospector(new NoLeniencyIntrospector())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private StrictYaml() {
    }

    /** One document of a YAML file: where it came from (file and position) and its tree. */
    public record Document(String source, JsonNode tree) {
    }

    /** Every non-empty document of a (possibly multi-document) YAML file, in order. */
    public static List<Document> documents(Path file) {
        try {
            return documents(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every non-empty document of YAML text; {@code source} names it in errors. */
    public static List<Document> documents(String source, String yaml) {
        List<Document> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> trees = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            int index = 0;
            while (trees.hasNextValue()) {
                JsonNode tree = trees.nextValue();
                index++;
                if (tree != null && !tree.isNull() && !tree.isMissingNode() && !tree.isEmpty()) {
                    documents.add(new Document(source + " (document " + index + ")", tree));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ManifestException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    /** Binds a document strictly to {@code type}; any unknown field, wrong type or missing discriminator fails. */
    public static <T> T bind(Document document, Class<T> type) {
        try {
            return BINDER.treeToValue(document.tree(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new ManifestException(document.source() + ": does not match " + type.getName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Switches off the two ways the models accept fields they do not declare. */
    private static final class NoLeniencyIntrospector extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            JsonIgnoreProperties.Value ignoral = super.findPropertyIgnoralByName(config, annotated);
            return ignoral == null ? null : ignoral.withoutIgnoreUnknown();
        }
    }
}
