package org.asistream.deploy.manifests;

import java.util.Map;

import io.strimzi.api.kafka.model.topic.KafkaTopic;

/**
 * The platform's durability rule for topics: three copies, and a write is acknowledged only once two of them have it,
 * so one broker can be lost or rolled without losing an acknowledged event or refusing producers.
 */
public final class DurabilityRules {

    public static final int REPLICAS = 3;
    public static final int MIN_IN_SYNC_REPLICAS = 2;

    private DurabilityRules() {
    }

    /** Fails unless the topic declares three replicas and {@code min.insync.replicas} 2. */
    public static void check(KafkaTopic topic) {
        String name = topic.getMetadata().getName();
        if (topic.getSpec() == null) {
            throw new ManifestException("KafkaTopic " + name + ": no spec");
        }
        if (topic.getSpec().getReplicas() == null || topic.getSpec().getReplicas() != REPLICAS) {
            throw new ManifestException("KafkaTopic " + name + ": replicas " + topic.getSpec().getReplicas()
                    + ", must be " + REPLICAS);
        }
        Map<String, Object> config = topic.getSpec().getConfig();
        Object minIsr = config == null ? null : config.get("min.insync.replicas");
        if (minIsr == null || !String.valueOf(minIsr).equals(String.valueOf(MIN_IN_SYNC_REPLICAS))) {
            throw new ManifestException("KafkaTopic " + name + ": min.insync.replicas " + minIsr + ", must be "
                    + MIN_IN_SYNC_REPLICAS);
        }
    }
}
