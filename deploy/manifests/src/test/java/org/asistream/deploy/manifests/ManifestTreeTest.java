package org.asistream.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.strimzi.api.kafka.model.kafka.JbodStorage;
import io.strimzi.api.kafka.model.kafka.PersistentClaimStorage;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every YAML document under deploy/k8s binds strictly to its model class: the base's resources, each overlay's patch
 * files, and each overlay as kustomize renders it.
 */
class ManifestTreeTest {

    @Test
    void everyYamlFileIsReachedFromAKustomization() {
        Set<Path> reached = new HashSet<>();
        collect(DeployTree.BASE, reached);
        DeployTree.overlays().forEach(overlay -> collect(overlay, reached));

        assertThat(Manifests.yamlFiles(DeployTree.K8S))
                .as("YAML files under deploy/k8s that no kustomization uses (and so nothing validates)")
                .allSatisfy(file -> assertThat(reached).contains(file));
    }

    @Test
    void thereIsABaseAndADevAndAProductionOverlay() {
        assertThat(DeployTree.overlays()).extracting(overlay -> overlay.getFileName().toString())
                .contains("dev", "production");
    }

    @Test
    void theBaseBindsStrictlyAndHoldsTheWholePlatform() {
        List<HasMetadata> base = DeployTree.base();

        assertThat(base).extracting(HasMetadata::getKind)
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser", "Deployment", "StatefulSet",
                        "HorizontalPodAutoscaler", "Service", "ConfigMap");
        assertThat(base).allSatisfy(resource -> assertThat(resource.getMetadata().getNamespace())
                .as("the base leaves the namespace to the overlays").isNull());
    }

    @TestFactory
    List<DynamicTest> eachOverlayResolvesWithoutKustomize() {
        return DeployTree.overlays().stream()
                .map(overlay -> DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
                    Kustomization kustomization = Kustomization.of(overlay);
                    assertThat(kustomization.namespace()).as("overlay namespace").isNotBlank();
                    assertThat(Kustomization.resolve(overlay)).isNotEmpty();
                }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> eachOverlayRendersIntoStrictlyValidResources() {
        Optional<KustomizeRenderer> renderer = KustomizeRenderer.find();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path overlay : DeployTree.overlays()) {
            tests.add(DynamicTest.dynamicTest(overlay.getFileName().toString(), () -> {
                Assumptions.assumeTrue(renderer.isPresent(),
                        "neither kustomize nor kubectl on the PATH: overlays checked by reference only");
                String namespace = Kustomization.of(overlay).namespace();
                List<HasMetadata> rendered = Manifests.parse("kustomize " + overlay, renderer.get().render(overlay));

                assertThat(rendered).hasSizeGreaterThanOrEqualTo(DeployTree.base().size());
                assertThat(rendered).allSatisfy(resource ->
                        assertThat(resource.getMetadata().getNamespace()).isEqualTo(namespace));
                PlatformChecks.cluster(rendered);
                PlatformChecks.topics(rendered);
                PlatformChecks.users(rendered);
                PlatformChecks.workloads(rendered);
                if (overlay.getFileName().toString().equals("production")) {
                    productionKeepsItsDataAndPinsItsImages(rendered);
                }
            }));
        }
        return tests;
    }

    /** Production: broker and controller claims survive deletion of the cluster; images come from a registry. */
    private static void productionKeepsItsDataAndPinsItsImages(List<HasMetadata> rendered) {
        assertThat(DeployTree.ofType(rendered, KafkaNodePool.class)).allSatisfy(pool ->
                assertThat(((JbodStorage) pool.getSpec().getStorage()).getVolumes()).allSatisfy(volume ->
                        assertThat(((PersistentClaimStorage) volume).isDeleteClaim()).isFalse()));
        for (String service : DeployTree.SERVICES) {
            List<Container> containers = rendered.stream()
                    .filter(resource -> resource.getMetadata().getName().equals(service))
                    .flatMap(resource -> resource instanceof Deployment deployment
                            ? deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                            : resource instanceof StatefulSet set
                            ? set.getSpec().getTemplate().getSpec().getContainers().stream()
                            : java.util.stream.Stream.empty())
                    .toList();
            assertThat(containers).singleElement().satisfies(container ->
                    assertThat(container.getImage()).matches("[a-z0-9.-]+\\.[a-z]+/.+:[0-9][^:]*"));
        }
    }

    /** Marks the files a kustomization uses, following directory references. */
    private static void collect(Path directory, Set<Path> reached) {
        reached.add(directory.resolve("kustomization.yaml"));
        Kustomization kustomization = Kustomization.of(directory);
        for (String reference : Optional.ofNullable(kustomization.resources()).orElse(List.of())) {
            Path target = directory.resolve(reference).normalize();
            if (target.toFile().isDirectory()) {
                collect(target, reached);
            } else {
                reached.add(target);
            }
        }
        for (Kustomization.Patch patch : Optional.ofNullable(kustomization.patches()).orElse(List.of())) {
            reached.add(directory.resolve(patch.path()).normalize());
        }
    }
}
