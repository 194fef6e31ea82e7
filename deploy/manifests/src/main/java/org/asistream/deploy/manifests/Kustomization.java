package org.asistream.deploy.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * The part of kustomize's {@code kustomization.yaml} this deployment uses, bound strictly: a kustomization that uses
 * any other field fails until this record learns it (and the overlay tests then cover it).
 */
public record Kustomization(String apiVersion, String kind, String namespace, List<String> resources,
                            List<Patch> patches, List<Image> images, List<Label> labels, List<Replica> replicas) {

    /** A strategic-merge patch file, optionally with an explicit target. */
    public record Patch(String path, Target target) {
    }

    /** What a patch applies to. */
    public record Target(String group, String version, String kind, String name) {
    }

    /** An image override: the placeholder name used in the base, replaced by a real registry, name and tag. */
    public record Image(String name, String newName, String newTag, String digest) {
    }

    /** Labels added to every resource. */
    public record Label(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {
    }

    /** A replica count override for a workload. */
    public record Replica(String name, Integer count) {
    }

    /** Reads and strictly binds the kustomization of a directory. */
    public static Kustomization of(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new ManifestException(directory + ": no kustomization.yaml");
        }
        List<StrictYaml.Document> documents = StrictYaml.documents(file);
        if (documents.size() != 1) {
            throw new ManifestException(file + ": expected one document, found " + documents.size());
        }
        Kustomization kustomization = StrictYaml.bind(documents.get(0), Kustomization.class);
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.apiVersion())
                || !"Kustomization".equals(kustomization.kind())) {
            throw new ManifestException(file + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        return kustomization;
    }

    /**
     * The resources a kustomization directory brings in, before patches: its resource files and, recursively, the
     * directories it builds on. Fails on a reference to a file or directory that does not exist, on a patch file
     * that is missing, does not bind to its kind, or names a resource the kustomization does not have, and on an image
     * override for an image no container uses. This is the
     * check that runs without a kustomize binary.
     */
    public static List<HasMetadata> resolve(Path directory) {
        Kustomization kustomization = of(directory);
        List<HasMetadata> resources = new ArrayList<>();
        for (String reference : orEmpty(kustomization.resources())) {
            Path target = directory.resolve(reference).normalize();
            if (Files.isDirectory(target)) {
                resources.addAll(resolve(target));
            } else if (Files.isRegularFile(target)) {
                resources.addAll(Manifests.parse(target));
            } else {
                throw new ManifestException(directory.resolve("kustomization.yaml") + ": resource " + reference
                        + " does not exist");
            }
        }
        for (Patch patch : orEmpty(kustomization.patches())) {
            if (patch.path() == null) {
                throw new ManifestException(directory + ": only patch files are supported (patches[].path)");
            }
            Path file = directory.resolve(patch.path()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new ManifestException(directory.resolve("kustomization.yaml") + ": patch " + patch.path()
                        + " does not exist");
            }
            for (StrictYaml.Document document : StrictYaml.documents(file)) {
                HasMetadata patchResource = Manifests.parse(document, false);
                boolean found = resources.stream().anyMatch(resource ->
                        resource.getKind().equals(patchResource.getKind())
                                && resource.getMetadata().getName().equals(patchResource.getMetadata().getName()));
                if (!found) {
                    throw new ManifestException(document.source() + ": patches " + patchResource.getKind() + " "
                            + patchResource.getMetadata().getName() + ", which the kustomization does not have");
                }
            }
        }
        for (Replica replica : orEmpty(kustomization.replicas())) {
            boolean found = resources.stream().anyMatch(resource -> resource.getMetadata().getName()
                    .equals(replica.name()));
            if (!found) {
                throw new ManifestException(directory + ": replicas names unknown workload " + replica.name());
            }
        }
        List<String> images = resources.stream().flatMap(Kustomization::containerImages).toList();
        for (Image image : orEmpty(kustomization.images())) {
            if (images.stream().noneMatch(used -> used.equals(image.name()) || used.startsWith(image.name() + ":"))) {
                throw new ManifestException(directory + ": images names " + image.name()
                        + ", which no container uses (containers use " + images + ")");
            }
        }
        return resources;
    }

    private static Stream<String> containerImages(HasMetadata resource) {
        PodTemplateSpec template = resource instanceof Deployment deployment ? deployment.getSpec().getTemplate()
                : resource instanceof StatefulSet set ? set.getSpec().getTemplate() : null;
        if (template == null || template.getSpec() == null) {
            return Stream.empty();
        }
        return template.getSpec().getContainers().stream().map(Container::getImage).filter(Objects::nonNull);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
