package org.asistream.ingest.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void durabilityCannotBeWeakenedByConfiguration() {
        Map<String, Object> config = ProducerSettings.of(Map.of(
                "bootstrap.servers", "broker:9092",
                "acks", "1",
                "enable.idempotence", "false"), Duration.ofSeconds(10));

        assertThat(config).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
    }

    @Test
    void noTimeoutOutlivesTheAckTimeoutAndTheyAreConsistent() {
        Map<String, Object> config = ProducerSettings.of(Map.of("linger.ms", "20"), Duration.ofSeconds(4));

        assertThat(config).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4000)
                .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 4000L)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1990);
        // Kafka refuses a delivery timeout shorter than linger plus one request.
        assertThat(4000).isGreaterThanOrEqualTo(20 + 1990);
    }

    @Test
    void tuningAndSecuritySettingsPassThroughButOtherClientsSettingsDoNot() {
        Map<String, Object> config = ProducerSettings.of(Map.of(
                "compression.type", "zstd",
                "security.protocol", "SASL_SSL",
                "group.id", "ingest-service"), Duration.ofSeconds(10));

        assertThat(config).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 5)
                .doesNotContainKey("group.id");
    }
}
