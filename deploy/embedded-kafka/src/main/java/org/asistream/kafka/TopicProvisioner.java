package org.asistream.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.asistream.schemas.TopicSpec;
import org.asistream.schemas.Topics;

/** Creates the platform topics that do not exist yet, with their intended settings; existing topics are kept. */
public final class TopicProvisioner {

    private final String bootstrapServers;
    private final short replicationFactor;

    public TopicProvisioner(String bootstrapServers, short replicationFactor) {
        this.bootstrapServers = bootstrapServers;
        this.replicationFactor = replicationFactor;
    }

    /** With three or more replicas a write must reach two of them before it is acknowledged. */
    private Map<String, String> withDurability(Map<String, String> configs) {
        Map<String, String> all = new java.util.HashMap<>(configs);
        all.putIfAbsent("min.insync.replicas", replicationFactor >= 3 ? "2" : "1");
        return all;
    }

    /** Provisions every topic of {@link Topics#all()} and returns the names it created. */
    public Set<String> provisionAll() {
        return provision(Topics.all());
    }

    public Set<String> provision(Collection<TopicSpec> specs) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000"))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), Optional.of(spec.partitions()), Optional.of(replicationFactor))
                            .configs(withDurability(spec.configs())))
                    .toList();
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            return missing.stream().map(NewTopic::name).collect(Collectors.toUnmodifiableSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
        }
    }
}
