package org.asistream.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.TopicSpec;
import org.asistream.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The single-host Compose file (no Docker here to run it): it parses, its Kafka cluster is three KRaft nodes with RF 3 /
 * min ISR 2, its topic script creates exactly the registry's topics, and every service points at the three brokers
 * with configuration keys the service really reads.
 */
class ComposeFileTest {

    private static final List<String> BROKERS = List.of("kafka-1", "kafka-2", "kafka-3");
    private static final Pattern CREATE = Pattern.compile("^create (\\S+) (\\d+) (\\S+)$", Pattern.MULTILINE);

    private final JsonNode compose = load(DeployTree.COMPOSE.resolve("compose.yaml"));
    private final JsonNode services = compose.path("services");

    @Test
    void definesTheClusterTheTopicJobAndTheThreeServices() {
        Set<String> names = new HashSet<>();
        services.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactlyInAnyOrder("kafka-1", "kafka-2", "kafka-3", "topics", "ingest-service",
                "measures-stream", "query-service");
    }

    @Test
    void theBrokersFormOneKraftQuorumWithReplicationThreeAndMinIsrTwo() {
        Set<String> clusterIds = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        for (String broker : BROKERS) {
            JsonNode node = services.path(broker);
            JsonNode env = node.path("environment");
            assertThat(node.path("image").asText()).isEqualTo("apache/kafka:4.1.2");
            assertThat(env.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
            assertThat(env.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText())
                    .isEqualTo("1@kafka-1:19093,2@kafka-2:19093,3@kafka-3:19093");
            assertThat(env.path("KAFKA_ADVERTISED_LISTENERS").asText()).startsWith("INTERNAL://" + broker + ":19092");
            assertThat(env.path("KAFKA_LISTENERS").asText()).contains("INTERNAL://:19092", "CONTROLLER://:19093");
            assertThat(env.path("KAFKA_DEFAULT_REPLICATION_FACTOR").asText()).isEqualTo("3");
            assertThat(env.path("KAFKA_MIN_INSYNC_REPLICAS").asText()).isEqualTo("2");
            assertThat(env.path("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText()).isEqualTo("3");
            assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asText()).isEqualTo("3");
            assertThat(env.path("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asText()).isEqualTo("2");
            assertThat(env.path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
            assertThat(node.path("volumes").get(0).asText()).as("%s keeps its log on a named volume", broker)
                    .startsWith(broker + ":");
            clusterIds.add(env.path("CLUSTER_ID").asText());
            nodeIds.add(env.path("KAFKA_NODE_ID").asText());
        }
        assertThat(nodeIds).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(clusterIds).hasSize(1);
        assertThat(Base64.getUrlDecoder().decode(clusterIds.iterator().next()))
                .as("a Kafka cluster id is 16 bytes, base64url").hasSize(16);
    }

    @Test
    void theTopicJobCreatesExactlyTheRegistryTopicsAfterTheBrokersAreHealthy() throws IOException {
        JsonNode topics = services.path("topics");
        assertThat(topics.path("image").asText()).isEqualTo("apache/kafka:4.1.2");
        BROKERS.forEach(broker -> assertThat(topics.path("depends_on").path(broker).path("condition").asText())
                .isEqualTo("service_healthy"));
        assertThat(hosts(topics.path("environment").path("BOOTSTRAP_SERVERS").asText()))
                .containsExactlyInAnyOrderElementsOf(internalAddresses());

        String script = Files.readString(DeployTree.COMPOSE.resolve("create-topics.sh"));
        assertThat(script).contains("--replication-factor 3", "--config min.insync.replicas=2");
        Map<String, TopicSpec> created = new LinkedHashMap<>();
        Matcher line = CREATE.matcher(script);
        while (line.find()) {
            Map<String, String> configs = Arrays.stream(line.group(3).split(","))
                    .map(entry -> entry.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1], (a, b) -> b, TreeMap::new));
            created.put(line.group(1), new TopicSpec(line.group(1), Integer.parseInt(line.group(2)), configs));
        }
        assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(
                Topics.all().stream().map(TopicSpec::name).toList());
        for (TopicSpec spec : Topics.all()) {
            assertThat(created.get(spec.name()).partitions()).as("partitions of %s", spec.name())
                    .isEqualTo(spec.partitions());
            assertThat(created.get(spec.name()).configs()).as("configs of %s", spec.name())
                    .isEqualTo(new TreeMap<>(spec.configs()));
        }
    }

    @Test
    void everyServiceUsesTheThreeBrokersAndStartsAfterTheTopicsExist() {
        for (String service : DeployTree.SERVICES) {
            JsonNode node = services.path(service);
            assertThat(hosts(node.path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText()))
                    .as("%s bootstrap servers", service).containsExactlyInAnyOrderElementsOf(internalAddresses());
            assertThat(node.path("depends_on").path("topics").path("condition").asText())
                    .isEqualTo("service_completed_successfully");
            assertThat(node.path("image").asText()).isEqualTo("eclipse-temurin:17-jre");
            String application = node.path("volumes").get(0).asText();
            assertThat(application).isEqualTo("../../" + service + "/target/quarkus-app:/deployments:ro");
            assertThat(DeployTree.REPO.resolve(service)).as("module of %s", service).isDirectory();
            assertThat(node.path("command").toString()).contains("/deployments/quarkus-run.jar");
        }
        JsonNode stream = services.path("measures-stream").path("environment");
        assertThat(stream.path("KAFKA_STREAMS_REPLICATION_FACTOR").asText()).isEqualTo("3");
        assertThat(services.path("measures-stream").path("volumes").toString())
                .contains(":" + stream.path("KAFKA_STREAMS_STATE_DIR").asText());
    }

    @Test
    void everyServiceVariableIsARealConfigurationKeyOfThatService() {
        for (String service : DeployTree.SERVICES) {
            Set<String> known = DeployTree.configurationKeys(service).stream().map(DeployTree::environmentName)
                    .collect(Collectors.toSet());
            services.path(service).path("environment").fieldNames().forEachRemaining(name ->
                    assertThat(known).as("%s reads %s", service, name).contains(name));
        }
    }

    @Test
    void theReadmeExplainsHowToUseIt() throws IOException {
        String readme = Files.readString(DeployTree.COMPOSE.resolve("README.md"));
        assertThat(readme).contains("docker compose", "create-topics.sh", "credentials.json",
                "ASI_QUERY_STREAM_TICKET_SECRET");
    }

    private static Set<String> internalAddresses() {
        return BROKERS.stream().map(broker -> broker + ":19092").collect(Collectors.toSet());
    }

    private static List<String> hosts(String bootstrap) {
        return Arrays.stream(bootstrap.split(",")).map(String::trim).toList();
    }

    /** SnakeYAML resolves the anchors and merge keys (<<) the Compose file uses; duplicate keys are refused. */
    private static JsonNode load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            Object tree = new Yaml(options).load(Files.readString(file));
            return new ObjectMapper().valueToTree(tree);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
