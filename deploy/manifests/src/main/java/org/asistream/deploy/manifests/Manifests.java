package org.asistream.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Turns YAML into typed Kubernetes and Strimzi resources, strictly: each document must name a known apiVersion and
 * kind, bind to its model class with no unknown field, and carry a name.
 */
public final class Manifests {

    private Manifests() {
    }

    /** Every resource in a file. */
    public static List<HasMetadata> parse(Path file) {
        return parse(StrictYaml.documents(file));
    }

    /** Every resource in YAML text (for example a rendered overlay); {@code source} names it in errors. */
    public static List<HasMetadata> parse(String source, String yaml) {
        return parse(StrictYaml.documents(source, yaml));
    }

    private static List<HasMetadata> parse(List<StrictYaml.Document> documents) {
        List<HasMetadata> resources = new ArrayList<>();
        for (StrictYaml.Document document : documents) {
            resources.add(parse(document, true));
        }
        return resources;
    }

    /**
     * One document as a resource. A patch ({@code complete} false) may leave out everything but its apiVersion, kind
     * and name, and must still use only fields its kind has.
     */
    public static HasMetadata parse(StrictYaml.Document document, boolean complete) {
        JsonNode tree = document.tree();
        String apiVersion = text(tree, "apiVersion", document);
        String kind = text(tree, "kind", document);
        HasMetadata resource = StrictYaml.bind(document, ResourceKinds.modelOf(document.source(), apiVersion, kind));
        if (resource.getMetadata() == null || resource.getMetadata().getName() == null
                || resource.getMetadata().getName().isBlank()) {
            throw new ManifestException(document.source() + ": " + kind + " without metadata.name");
        }
        if (complete && !tree.has("spec") && !tree.has("data") && !tree.has("stringData")) {
            throw new ManifestException(document.source() + ": " + kind + " " + resource.getMetadata().getName()
                    + " has neither spec nor data");
        }
        return resource;
    }

    /** Every {@code .yaml}/{@code .yml} file under a directory, sorted, for reporting in a stable order. */
    public static List<Path> yamlFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file is a kustomization (described by {@link Kustomization}, not by a resource model). */
    public static boolean isKustomization(Path file) {
        String name = file.getFileName().toString();
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml");
    }

    private static String text(JsonNode tree, String field, StrictYaml.Document document) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isTextual()) {
            throw new ManifestException(document.source() + ": missing " + field);
        }
        return value.asText();
    }
}
