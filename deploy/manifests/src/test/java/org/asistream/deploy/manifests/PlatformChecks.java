package org.asistream.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.strimzi.api.kafka.model.kafka.JbodStorage;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.PersistentClaimStorage;
import io.strimzi.api.kafka.model.kafka.SingleVolumeStorage;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationTls;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.KafkaUserTlsClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTransactionalIdResource;
import org.asistream.schemas.TopicSpec;
import org.asistream.schemas.Topics;

/**
 * The platform's rules for a set of resources, applied to the base and to every rendered overlay alike (an overlay
 * must not be able to weaken them).
 */
final class PlatformChecks {

    static final String CLUSTER = "asi";

    private PlatformChecks() {
    }

    /** KRaft cluster: 3 controllers, 3 brokers, persistent storage, RF 3 / min ISR 2 everywhere, authenticated. */
    static void cluster(List<HasMetadata> resources) {
        List<Kafka> clusters = DeployTree.ofType(resources, Kafka.class);
        assertThat(clusters).hasSize(1);
        Kafka kafka = clusters.get(0);
        assertThat(kafka.getMetadata().getName()).isEqualTo(CLUSTER);
        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/node-pools", "enabled")
                .containsEntry("strimzi.io/kraft", "enabled");
        assertThat(kafka.getSpec().getZookeeper()).as("KRaft: no ZooKeeper").isNull();
        assertThat(kafka.getSpec().getKafka().getVersion()).isEqualTo("4.1.2");
        Map<String, String> config = strings(kafka.getSpec().getKafka().getConfig());
        assertThat(config)
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("unclean.leader.election.enable", "false")
                .containsEntry("auto.create.topics.enable", "false");
        assertThat(kafka.getSpec().getKafka().getAuthorization()).isInstanceOf(KafkaAuthorizationSimple.class);
        assertThat(kafka.getSpec().getKafka().getListeners()).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.isTls()).as("listener %s uses TLS", listener.getName()).isTrue();
            assertThat(listener.getAuth()).as("listener %s authenticates clients", listener.getName())
                    .isInstanceOfAny(KafkaListenerAuthenticationScramSha512.class,
                            KafkaListenerAuthenticationTls.class);
        });
        assertThat(kafka.getSpec().getEntityOperator().getTopicOperator()).isNotNull();
        assertThat(kafka.getSpec().getEntityOperator().getUserOperator()).isNotNull();

        List<KafkaNodePool> pools = DeployTree.ofType(resources, KafkaNodePool.class);
        assertThat(pools).allSatisfy(pool -> {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(volumes(pool)).as("storage of node pool %s", pool.getMetadata().getName()).isNotEmpty()
                    .allSatisfy(volume -> {
                        assertThat(volume).isInstanceOf(PersistentClaimStorage.class);
                        assertThat(((PersistentClaimStorage) volume).getSize()).isNotBlank();
                    });
        });
        assertThat(replicasWithRole(pools, ProcessRoles.CONTROLLER)).isEqualTo(3);
        assertThat(replicasWithRole(pools, ProcessRoles.BROKER)).isEqualTo(3);
        assertThat(pools).as("controllers and brokers are separate pools")
                .allSatisfy(pool -> assertThat(pool.getSpec().getRoles()).hasSize(1));
    }

    /** One KafkaTopic per TopicSpec of Topics.all() and nothing else, same settings, RF 3 and min ISR 2. */
    static void topics(List<HasMetadata> resources) {
        List<KafkaTopic> topics = DeployTree.ofType(resources, KafkaTopic.class);
        assertThat(topics).extracting(PlatformChecks::topicName)
                .containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(TopicSpec::name).toList());
        for (TopicSpec spec : Topics.all()) {
            KafkaTopic topic = topics.stream().filter(t -> topicName(t).equals(spec.name())).findFirst().orElseThrow();
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(topic.getSpec().getPartitions()).as("partitions of %s", spec.name())
                    .isEqualTo(spec.partitions());
            Map<String, String> config = strings(topic.getSpec().getConfig());
            assertThat(config).as("config of %s", spec.name()).containsAllEntriesOf(spec.configs());
            assertThat(config.keySet()).as("config keys of %s beyond the registry's", spec.name())
                    .containsExactlyInAnyOrderElementsOf(union(spec.configs().keySet(), "min.insync.replicas"));
            DurabilityRules.check(topic);
        }
    }

    /** Each service's user, authenticated, touching only its own topics. */
    static void users(List<HasMetadata> resources) {
        String applicationId = DeployTree.applicationProperties("measures-stream")
                .getProperty("quarkus.kafka-streams.application-id");
        String events = Topics.PATHWAY_EVENTS.name();
        String reference = Topics.REFERENCE_DATA.name();
        Set<String> views = Set.of(Topics.TRUST_DAY_VIEWS.name(), Topics.DATA_QUALITY_VIEWS.name(),
                Topics.CLOCK_VIEWS.name());
        String deadLetters = Topics.DEAD_LETTERS.name();
        String conflicts = Topics.EVENT_ID_CONFLICTS.name();
        String rejections = Topics.INGEST_REJECTIONS.name();

        KafkaUser ingest = user(resources, "ingest-service");
        assertThat(topicsAllowed(ingest, "write")).containsExactlyInAnyOrder(events, rejections);
        assertThat(topicsAllowed(ingest, "read")).containsExactly(reference);

        KafkaUser stream = user(resources, "measures-stream");
        assertThat(topicsAllowed(stream, "read")).containsExactlyInAnyOrder(events, reference, conflicts, rejections);
        assertThat(topicsAllowed(stream, "write")).containsExactlyInAnyOrderElementsOf(
                union(union(union(views, deadLetters), events), conflicts));
        for (String internal : List.of(applicationId + "-trust-day-store-changelog",
                applicationId + "-episodes-repartition")) {
            assertThat(allows(stream, "topic", internal, "write")).as("internal topic %s", internal).isTrue();
            assertThat(allows(stream, "topic", internal, "create")).as("internal topic %s", internal).isTrue();
        }
        assertThat(allows(stream, "group", applicationId, "read")).as("group %s", applicationId).isTrue();
        assertThat(allows(stream, "transactionalId", applicationId + "-0f8e-1", "write"))
                .as("transactional ids of %s", applicationId).isTrue();

        KafkaUser query = user(resources, "query-service");
        assertThat(topicsAllowed(query, "write")).isEmpty();
        assertThat(topicsAllowed(query, "read")).containsExactlyInAnyOrderElementsOf(union(views, reference));
        assertThat(acls(query)).noneMatch(rule -> hasOperation(rule, "write") || hasOperation(rule, "all"));
    }

    /** Probes, resources, autoscalers, services, state volumes and the Kafka user each workload runs as. */
    static void workloads(List<HasMetadata> resources) {
        for (String name : List.of("ingest-service", "query-service")) {
            Deployment deployment = DeployTree.named(resources, Deployment.class, name);
            checkPod(name, deployment.getSpec().getTemplate());
            HorizontalPodAutoscaler autoscaler = DeployTree.named(resources, HorizontalPodAutoscaler.class, name);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(1);
            assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
            assertThat(deployment.getSpec().getReplicas()).as("the autoscaler owns %s's replica count", name)
                    .isNull();
            checkService(resources, name, deployment.getSpec().getTemplate());
        }
        StatefulSet stream = DeployTree.named(resources, StatefulSet.class, "measures-stream");
        checkPod("measures-stream", stream.getSpec().getTemplate());
        checkService(resources, stream.getSpec().getServiceName(), stream.getSpec().getTemplate());
        assertThat(stream.getSpec().getReplicas()).as("a standby needs a second instance").isGreaterThanOrEqualTo(2);
        Container container = stream.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = literalEnv(container);
        assertThat(env).containsEntry("KAFKA_STREAMS_NUM_STANDBY_REPLICAS", "1")
                .containsEntry("KAFKA_STREAMS_REPLICATION_FACTOR", "3")
                .containsEntry("KAFKA_STREAMS_PROCESSING_GUARANTEE", "exactly_once_v2");
        String stateDir = env.get("KAFKA_STREAMS_STATE_DIR");
        String claim = stream.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName();
        assertThat(container.getVolumeMounts()).as("the state directory is on the claimed volume")
                .anySatisfy(mount -> {
                    assertThat(mount.getName()).isEqualTo(claim);
                    assertThat(mount.getMountPath()).isEqualTo(stateDir);
                });
    }

    private static void checkPod(String name, PodTemplateSpec template) {
        List<Container> containers = template.getSpec().getContainers();
        assertThat(containers).hasSize(1);
        Container container = containers.get(0);
        assertThat(container.getImage()).contains(name);
        checkProbe(container, container.getReadinessProbe(), "/q/health/ready");
        checkProbe(container, container.getLivenessProbe(), "/q/health/live");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        // Runs as its own Kafka user: the SCRAM credentials come from the Secret Strimzi made for that user.
        assertThat(container.getEnv()).filteredOn(env -> env.getName().endsWith("SASL_JAAS_CONFIG")).isNotEmpty()
                .allSatisfy(env -> {
                    assertThat(env.getValueFrom().getSecretKeyRef().getName()).isEqualTo(name);
                    assertThat(env.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("sasl.jaas.config");
                });
    }

    private static void checkProbe(Container container, Probe probe, String path) {
        assertThat(probe).as("%s probe %s", container.getName(), path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        Set<String> portNames = container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
        Set<Integer> portNumbers = container.getPorts().stream().map(ContainerPort::getContainerPort)
                .collect(Collectors.toSet());
        if (get.getPort().getStrVal() != null) {
            assertThat(portNames).contains(get.getPort().getStrVal());
        } else {
            assertThat(portNumbers).contains(get.getPort().getIntVal());
        }
    }

    private static void checkService(List<HasMetadata> resources, String name, PodTemplateSpec template) {
        Service service = DeployTree.named(resources, Service.class, name);
        assertThat(template.getMetadata().getLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        Set<String> portNames = template.getSpec().getContainers().get(0).getPorts().stream()
                .map(ContainerPort::getName).collect(Collectors.toSet());
        assertThat(service.getSpec().getPorts()).allSatisfy(port ->
                assertThat(portNames).contains(port.getTargetPort().getStrVal()));
    }

    static Map<String, String> literalEnv(Container container) {
        return container.getEnv().stream().filter(env -> env.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    private static KafkaUser user(List<HasMetadata> resources, String name) {
        KafkaUser user = DeployTree.named(resources, KafkaUser.class, name);
        assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
        assertThat(user.getSpec().getAuthentication()).isInstanceOfAny(
                KafkaUserScramSha512ClientAuthentication.class, KafkaUserTlsClientAuthentication.class);
        assertThat(user.getSpec().getAuthorization()).isInstanceOf(KafkaUserAuthorizationSimple.class);
        assertThat(acls(user)).allSatisfy(rule -> assertThat(String.valueOf(rule.getType()).toLowerCase())
                .as("only allow rules (deny is the default)").isIn("null", "allow"));
        return user;
    }

    private static List<AclRule> acls(KafkaUser user) {
        return ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
    }

    /** The platform topics (Topics.all()) that the user may use for an operation. */
    private static Set<String> topicsAllowed(KafkaUser user, String operation) {
        return Topics.all().stream().map(TopicSpec::name)
                .filter(topic -> allows(user, "topic", topic, operation))
                .collect(Collectors.toSet());
    }

    /** Whether an allow rule covers a resource (literal name, or prefix) for an operation (or All). */
    static boolean allows(KafkaUser user, String type, String name, String operation) {
        return acls(user).stream().anyMatch(rule -> covers(rule, type, name)
                && (hasOperation(rule, operation) || hasOperation(rule, "all")));
    }

    private static boolean covers(AclRule rule, String type, String name) {
        String resourceName;
        Object patternType;
        if (rule.getResource() instanceof AclRuleTopicResource topic && type.equals("topic")) {
            resourceName = topic.getName();
            patternType = topic.getPatternType();
        } else if (rule.getResource() instanceof AclRuleGroupResource group && type.equals("group")) {
            resourceName = group.getName();
            patternType = group.getPatternType();
        } else if (rule.getResource() instanceof AclRuleTransactionalIdResource id && type.equals("transactionalId")) {
            resourceName = id.getName();
            patternType = id.getPatternType();
        } else {
            return false;
        }
        boolean prefix = String.valueOf(patternType).equalsIgnoreCase("prefix");
        return prefix ? name.startsWith(resourceName) : name.equals(resourceName);
    }

    private static boolean hasOperation(AclRule rule, String operation) {
        List<?> operations = rule.getOperations() != null ? rule.getOperations()
                : Optional.ofNullable(rule.getOperation()).map(List::of).orElse(List.of());
        return operations.stream().map(String::valueOf).anyMatch(op -> op.equalsIgnoreCase(operation));
    }

    private static String topicName(KafkaTopic topic) {
        return Objects.requireNonNullElse(topic.getSpec().getTopicName(), topic.getMetadata().getName());
    }

    private static List<SingleVolumeStorage> volumes(KafkaNodePool pool) {
        if (pool.getSpec().getStorage() instanceof JbodStorage jbod) {
            return jbod.getVolumes();
        }
        return List.of((SingleVolumeStorage) pool.getSpec().getStorage());
    }

    private static int replicasWithRole(List<KafkaNodePool> pools, ProcessRoles role) {
        return pools.stream().filter(pool -> pool.getSpec().getRoles().contains(role))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
    }

    private static Map<String, String> strings(Map<String, Object> map) {
        return map == null ? Map.of() : map.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.valueOf(entry.getValue())));
    }

    private static <T> Set<T> union(Set<T> set, T extra) {
        return union(set, Set.of(extra));
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }
}
