package org.asistream.ingest.eventlog;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The event-log producer's configuration: the operator's {@code kafka.*} settings (security, tuning), then the
 * durability the API promises, which no setting can weaken, and timeouts derived from {@code asi.ingest.ack-timeout}
 * so that a send never outlives the time the caller is promised an answer in.
 */
public final class ProducerSettings {

    public static Map<String, Object> of(Map<String, Object> kafkaConfig, Duration ackTimeout) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) {
                config.put(key, value);
            }
        });
        // Throughput: fill batches for a few milliseconds and compress them cheaply; kafka.* keys may override.
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");

        // Durability: an acknowledged event is on every in-sync replica, written once, in order per episode.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);

        // The bound: blocking for metadata or buffer space, and retrying, all end within the ack timeout. A request
        // gets half of it, so that one retry still fits.
        long ackMillis = ackTimeout.toMillis();
        long lingerMillis = Long.parseLong(config.get(ProducerConfig.LINGER_MS_CONFIG).toString());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ackMillis);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackMillis);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1, (ackMillis - lingerMillis) / 2));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "asi-ingest");
        return config;
    }

    private ProducerSettings() {
    }
}
