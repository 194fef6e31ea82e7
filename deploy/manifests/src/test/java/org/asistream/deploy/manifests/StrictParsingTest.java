package org.asistream.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The validator itself: it must reject what is wrong, or the manifest tests prove nothing. */
class StrictParsingTest {

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            deployment-unknown-field.yaml          | replica
            container-unknown-field.yaml           | paht
            kafka-unknown-field.yaml               | listners
            kafkatopic-string-partitions.yaml      | partitions
            kafkauser-unknown-resource-type.yaml   | topics
            nodepool-unknown-storage-field.yaml    | sizeGb
            unknown-kind.yaml                      | unsupported apiVersion/kind
            duplicate-key.yaml                     | selector
            missing-name.yaml                      | without metadata.name
            """)
    void rejectsDocumentsThatDoNotMatchTheirSchema(String file, String named) {
        Path broken = resource("broken/" + file);

        assertThatThrownBy(() -> Manifests.parse(broken))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining(file)
                .hasMessageContaining(named);
    }

    @Test
    void acceptsWellFormedDocumentsIntoTheirModelClasses() {
        List<HasMetadata> resources = Manifests.parse(resource("valid/minimal.yaml"));

        assertThat(resources).hasSize(2);
        assertThat(resources.get(0)).isInstanceOf(ConfigMap.class);
        assertThat(resources.get(1)).isInstanceOfSatisfying(KafkaTopic.class,
                topic -> assertThat(topic.getSpec().getReplicas()).isEqualTo(3));
    }

    @Test
    void rejectsATopicWithoutThreeReplicasAndTwoInSync() {
        KafkaTopic topic = (KafkaTopic) Manifests.parse(resource("broken/kafkatopic-one-replica.yaml")).get(0);

        assertThatThrownBy(() -> DurabilityRules.check(topic))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("replicas 1");
    }

    @ParameterizedTest(name = "kustomization {0} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            missing-resource | does-not-exist.yaml does not exist
            unknown-field    | resource
            stray-patch      | not-there
            unused-image     | asi-stream/ingest-servce
            """)
    void rejectsBrokenKustomizations(String directory, String named) {
        Path kustomization = resource("broken-kustomization/" + directory + "/kustomization.yaml").getParent();

        assertThatThrownBy(() -> Kustomization.resolve(kustomization))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining(named);
    }

    private static Path resource(String name) {
        try {
            return Path.of(StrictParsingTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test resource " + name, e);
        }
    }
}
