package org.asistream.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import org.asistream.schemas.TopicSpec;
import org.asistream.schemas.Topics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The base manifests against the platform's rules and the services' real configuration. */
class PlatformRulesTest {

    /** Secrets the operators provide (placeholders only in the dev overlay); Strimzi makes the others. */
    private static final Set<String> OPERATOR_SECRETS = Set.of("asi-api-credentials", "asi-query-stream-ticket");

    /**
     * Keys of the Quarkus Kafka Streams extension used for client security (read from the extension's configuration
     * model, quarkus-kafka-streams 3.33.2: quarkus.kafka-streams.security.protocol, .sasl.*, .ssl.truststore.*).
     */
    private static final Set<String> KAFKA_STREAMS_EXTENSION_KEYS = Set.of(
            "quarkus.kafka-streams.application-id", "quarkus.kafka-streams.bootstrap-servers",
            "quarkus.kafka-streams.security.protocol", "quarkus.kafka-streams.sasl.mechanism",
            "quarkus.kafka-streams.sasl.jaas-config", "quarkus.kafka-streams.ssl.truststore.type",
            "quarkus.kafka-streams.ssl.truststore.location", "quarkus.kafka-streams.ssl.truststore.password");

    /** Kafka client keys (kafka.*, passed on by Quarkus' default-kafka-broker configuration) used by the manifests. */
    private static final Set<String> KAFKA_CLIENT_KEYS = Set.of("kafka.bootstrap.servers", "kafka.security.protocol",
            "kafka.sasl.mechanism", "kafka.sasl.jaas.config", "kafka.ssl.truststore.type",
            "kafka.ssl.truststore.location", "kafka.ssl.truststore.password");

    /** Variables the JVM itself reads. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private final List<HasMetadata> base = DeployTree.base();

    @Test
    void theClusterIsKraftWithThreeControllersThreeBrokersAndReplicationThreeMinIsrTwo() {
        PlatformChecks.cluster(base);
    }

    @TestFactory
    List<DynamicTest> everyRegistryTopicHasAKafkaTopicWithItsSettings() {
        List<KafkaTopic> topics = DeployTree.ofType(base, KafkaTopic.class);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the topics match Topics.all() exactly", () -> PlatformChecks.topics(base)));
        for (TopicSpec spec : Topics.all()) {
            tests.add(DynamicTest.dynamicTest(spec.name(), () -> {
                KafkaTopic topic = topics.stream().filter(t -> spec.name().equals(t.getSpec().getTopicName()))
                        .findFirst().orElseThrow(() -> new AssertionError("no KafkaTopic for " + spec.name()));
                assertThat(topic.getMetadata().getName()).isEqualTo(spec.name());
                assertThat(topic.getSpec().getPartitions()).isEqualTo(spec.partitions());
                assertThat(String.valueOf(topic.getSpec().getConfig().get("cleanup.policy")))
                        .isEqualTo(spec.configs().get("cleanup.policy"));
                DurabilityRules.check(topic);
            }));
        }
        return tests;
    }

    @Test
    void everyServiceHasItsOwnUserAllowedOnlyItsOwnTopics() {
        PlatformChecks.users(base);
        assertThat(DeployTree.ofType(base, KafkaUser.class)).extracting(user -> user.getMetadata().getName())
                .containsAll(DeployTree.SERVICES);
    }

    @Test
    void theWorkloadsHaveProbesResourcesAutoscalersServicesAndAStateVolume() {
        PlatformChecks.workloads(base);
    }

    @TestFactory
    List<DynamicTest> everyEnvironmentVariableIsARealConfigurationKeyOfItsService() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String service : DeployTree.SERVICES) {
            tests.add(DynamicTest.dynamicTest(service, () -> {
                Set<String> known = DeployTree.configurationKeys(service).stream()
                        .map(DeployTree::environmentName).collect(Collectors.toSet());
                KAFKA_CLIENT_KEYS.forEach(key -> known.add(DeployTree.environmentName(key)));
                if (service.equals("measures-stream")) {
                    KAFKA_STREAMS_EXTENSION_KEYS.forEach(key -> known.add(DeployTree.environmentName(key)));
                }
                known.addAll(JVM_VARIABLES);
                assertThat(container(service).getEnv()).extracting(EnvVar::getName)
                        .as("environment of %s that no configuration key of it reads", service)
                        .allSatisfy(name -> assertThat(known).contains(name));
            }));
        }
        return tests;
    }

    @Test
    void theKnownKeysComeFromTheServicesOwnConfiguration() {
        // Guards the test above against passing vacuously: the keys it trusts are really read from the modules.
        assertThat(DeployTree.configurationKeys("measures-stream"))
                .contains("kafka-streams.state.dir", "kafka-streams.num.standby.replicas",
                        "quarkus.kafka-streams.application-id");
        assertThat(DeployTree.configurationKeys("ingest-service")).contains("asi.credentials.file",
                "asi.ingest.ack-timeout");
        assertThat(DeployTree.configurationKeys("query-service")).contains("asi.query.stream-ticket.secret");
        assertThat(DeployTree.environmentName("kafka-streams.num.standby.replicas"))
                .isEqualTo("KAFKA_STREAMS_NUM_STANDBY_REPLICAS");
    }

    @Test
    void everyReferencedConfigMapKeyExistsAndEverySecretIsKnown() {
        Map<String, ConfigMap> configMaps = DeployTree.ofType(base, ConfigMap.class).stream()
                .collect(Collectors.toMap(map -> map.getMetadata().getName(), map -> map));
        Set<String> strimziSecrets = DeployTree.ofType(base, KafkaUser.class).stream()
                .map(user -> user.getMetadata().getName()).collect(Collectors.toSet());
        strimziSecrets.add(PlatformChecks.CLUSTER + "-cluster-ca-cert");
        for (String service : DeployTree.SERVICES) {
            PodSpec pod = podSpec(service);
            for (EnvVar env : pod.getContainers().get(0).getEnv()) {
                if (env.getValueFrom() == null) {
                    continue;
                }
                if (env.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = env.getValueFrom().getConfigMapKeyRef();
                    assertThat(configMaps).as("ConfigMap of %s", env.getName()).containsKey(ref.getName());
                    assertThat(configMaps.get(ref.getName()).getData()).containsKey(ref.getKey());
                }
                if (env.getValueFrom().getSecretKeyRef() != null) {
                    assertThat(env.getValueFrom().getSecretKeyRef().getName()).as("Secret of %s", env.getName())
                            .isIn(union(strimziSecrets, OPERATOR_SECRETS));
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    assertThat(volume.getSecret().getSecretName()).isIn(union(strimziSecrets, OPERATOR_SECRETS));
                }
            }
        }
    }

    @Test
    void theCredentialsFilesAreMountedFromSecretsWhereTheServicesLookForThem() {
        for (String service : List.of("ingest-service", "query-service")) {
            Container container = container(service);
            String file = PlatformChecks.literalEnv(container).get("ASI_CREDENTIALS_FILE");
            assertThat(file).as("%s credentials file", service).isNotNull();
            String directory = Path.of(file).getParent().toString();
            String volume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(directory))
                    .findFirst().orElseThrow(() -> new AssertionError(service + ": nothing mounted at " + directory))
                    .getName();
            assertThat(podSpec(service).getVolumes()).filteredOn(v -> v.getName().equals(volume))
                    .singleElement().satisfies(v -> assertThat(v.getSecret()).isNotNull());
        }
    }

    @Test
    void noSecretValueIsCommittedButObviousPlaceholders() {
        List<HasMetadata> everything = new ArrayList<>();
        for (Path file : Manifests.yamlFiles(DeployTree.K8S)) {
            if (!Manifests.isKustomization(file)) {
                StrictYaml.documents(file).forEach(doc -> {
                    if ("Secret".equals(doc.tree().path("kind").asText())) {
                        everything.add(Manifests.parse(doc, false));
                    }
                });
            }
        }
        assertThat(DeployTree.ofType(everything, Secret.class)).allSatisfy(secret -> {
            assertThat(secret.getMetadata().getName()).isIn(OPERATOR_SECRETS);
            assertThat(secret.getData()).as("base64 data hides what it holds").isNullOrEmpty();
            assertThat(secret.getStringData().values()).allSatisfy(value -> assertThat(value).contains("REPLACE-ME"));
        });
    }

    private Container container(String service) {
        return podSpec(service).getContainers().get(0);
    }

    private PodSpec podSpec(String service) {
        return service.equals("measures-stream")
                ? DeployTree.named(base, StatefulSet.class, service).getSpec().getTemplate().getSpec()
                : DeployTree.named(base, Deployment.class, service).getSpec().getTemplate().getSpec();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
