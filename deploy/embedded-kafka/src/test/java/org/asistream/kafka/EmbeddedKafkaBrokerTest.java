package org.asistream.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.asistream.schemas.TopicSpec;
import org.asistream.schemas.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void provisionsEveryPlatformTopicWithItsIntendedSettings() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
             Admin admin = admin(broker)) {
            Set<String> created = new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();
            assertThat(created).containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(TopicSpec::name).toList());

            for (TopicSpec spec : Topics.all()) {
                TopicDescription description = admin.describeTopics(List.of(spec.name())).allTopicNames().get().get(spec.name());
                assertThat(description.partitions()).as(spec.name()).hasSize(spec.partitions());
                Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, spec.name())))
                        .all().get().values().iterator().next();
                spec.configs().forEach((key, value) ->
                        assertThat(config.get(key).value()).as(spec.name() + " " + key).isEqualTo(value));
            }
            assertThat(configValue(admin, Topics.PATHWAY_EVENTS.name(), "retention.ms")).isEqualTo("-1");
            assertThat(configValue(admin, Topics.TRUST_DAY_VIEWS.name(), "cleanup.policy")).isEqualTo("compact");

            assertThat(new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll())
                    .as("a second provisioning keeps the existing topics").isEmpty();
        }
    }

    @Test
    void keepsTheLogAcrossARestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();
            produce(broker, "episode-000001", "first");
            assertThat(consumeAll(broker)).containsExactly("first");
        }
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.start(dataDir, 0)) {
            produce(again, "episode-000001", "second");
            assertThat(consumeAll(again)).containsExactly("first", "second");
        }
    }

    @Test
    void stopAndRestartInPlaceServesTheSameLog() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();
            produce(broker, "episode-000002", "before");
            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();
            assertThat(consumeAll(broker)).containsExactly("before");
        }
    }

    @Test
    void refusesATakenPortWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(dataDir, taken.getLocalPort()))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " for Kafka is already in use by another process; "
                            + "stop it or choose another port.");
        }
    }

    private static Admin admin(EmbeddedKafkaBroker broker) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    private static String configValue(Admin admin, String topic, String key) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource).get(key).value();
    }

    private static void produce(EmbeddedKafkaBroker broker, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), key, value)).get();
        }
    }

    private static List<String> consumeAll(EmbeddedKafkaBroker broker) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PATHWAY_EVENTS.name()));
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                if (!values.isEmpty() && consumer.assignment().size() == Topics.PATHWAY_EVENTS.partitions()
                        && caughtUp(consumer)) {
                    break;
                }
            }
        }
        return values;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer) {
        return consumer.endOffsets(consumer.assignment()).entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
