package org.asistream.schemas;

import java.util.Map;

/**
 * How a platform topic is provisioned: its name, partition count and topic-level configuration.
 * Replication is decided by the cluster the topic is created on (1 on the embedded broker, 3 in production).
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {
}
