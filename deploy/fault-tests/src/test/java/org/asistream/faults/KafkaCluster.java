package org.asistream.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.asistream.kafka.FreePort;
import org.asistream.kafka.KafkaClusterNode;

/**
 * A three-node KRaft cluster on loopback, each node ({@link KafkaClusterNode}: broker and controller) in a JVM of
 * its own with its own log directory, so that a test can SIGKILL one node, or all of them, and start them again on
 * the same ports and logs.
 */
final class KafkaCluster implements AutoCloseable {

    static final int NODES = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final Path dir;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] ports = new int[NODES];
    private final int[] controllerPorts = new int[NODES];
    private final ChildProcess[] nodes = new ChildProcess[NODES];
    private Admin admin;

    private KafkaCluster(Path dir) {
        this.dir = dir;
        for (int i = 0; i < NODES; i++) {
            ports[i] = FreePort.find();
            controllerPorts[i] = FreePort.find();
        }
    }

    /** Starts the three nodes and returns once every node is up and registered as a broker. */
    static KafkaCluster start(Path dir) throws InterruptedException {
        KafkaCluster cluster = new KafkaCluster(dir);
        try {
            cluster.startAll();
        } catch (RuntimeException | Error | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String bootstrapServers() {
        return IntStream.of(ports).mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    /** Node ids are 1, 2 and 3. */
    ChildProcess node(int nodeId) {
        return nodes[nodeId - 1];
    }

    /** Starts every node that is not running (all at once: a node's startup waits for a quorum of controllers). */
    void startAll() throws InterruptedException {
        for (int id = 1; id <= NODES; id++) {
            if (nodes[id - 1] == null || !nodes[id - 1].isAlive()) {
                launch(id);
            }
        }
        for (int id = 1; id <= NODES; id++) {
            nodes[id - 1].awaitLog(KafkaClusterNode.READY, START_TIMEOUT);
        }
        awaitBrokers(NODES, START_TIMEOUT);
    }

    /** SIGKILL of one node. */
    void kill(int nodeId) {
        nodes[nodeId - 1].kill();
    }

    /** SIGKILL of every node at the same moment. */
    void killAll() {
        List<ChildProcess> running = List.of(nodes);
        running.parallelStream().forEach(ChildProcess::kill);
    }

    /** Starts one node again on its ports and log and waits until it has started. */
    void restart(int nodeId) throws InterruptedException {
        launch(nodeId);
        nodes[nodeId - 1].awaitLog(KafkaClusterNode.READY, START_TIMEOUT);
    }

    private void launch(int nodeId) {
        String voters = IntStream.rangeClosed(1, NODES)
                .mapToObj(id -> id + "@127.0.0.1:" + controllerPorts[id - 1]).collect(Collectors.joining(","));
        List<String> arguments = List.of(
                "-Xmx256m", "-Xms64m", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.clients=warn",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.common.utils.AppInfoParser=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp", System.getProperty("java.class.path"),
                KafkaClusterNode.class.getName(),
                "--node-id", String.valueOf(nodeId),
                "--port", String.valueOf(ports[nodeId - 1]),
                "--log-dir", dir.resolve("node-" + nodeId).toString(),
                "--voters", voters,
                "--cluster-id", clusterId);
        nodes[nodeId - 1] = new ChildProcess("kafka-" + nodeId, ChildProcess.java(arguments),
                dir.resolve("logs/kafka-" + nodeId + ".log")).start();
    }

    /** An admin client on all three nodes, kept for the cluster's lifetime. */
    synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000",
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000"));
        }
        return admin;
    }

    /** Waits until the cluster metadata lists {@code count} brokers. */
    void awaitBrokers(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                Collection<Node> brokers = admin().describeCluster().nodes().get(5, TimeUnit.SECONDS);
                if (brokers.size() == count) {
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                // the cluster is still electing or starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " brokers not registered within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    /** The replicas of every partition of the given topics: leader (-1 when none) and in-sync replica ids. */
    Map<String, List<TopicPartitionInfo>> partitions(Collection<String> topics) throws Exception {
        Map<String, TopicDescription> descriptions = admin().describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
        return descriptions.values().stream().collect(Collectors.toMap(TopicDescription::name, TopicDescription::partitions));
    }

    /** All topics of the cluster, the internal ones (offsets, transaction state) included. */
    Set<String> allTopics() throws Exception {
        return admin().listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                .names().get(10, TimeUnit.SECONDS);
    }

    /** The fewest in-sync replicas of any partition of any topic, and whether every partition has a leader. */
    ReplicaHealth replicaHealth() throws Exception {
        int fewest = Integer.MAX_VALUE;
        int leaderless = 0;
        for (List<TopicPartitionInfo> partitions : partitions(allTopics()).values()) {
            for (TopicPartitionInfo partition : partitions) {
                fewest = Math.min(fewest, partition.isr().size());
                if (partition.leader() == null || partition.leader().isEmpty()) {
                    leaderless++;
                }
            }
        }
        return new ReplicaHealth(fewest, leaderless);
    }

    record ReplicaHealth(int fewestInSync, int leaderlessPartitions) {
    }

    /** Waits until every partition of every topic has all three replicas in sync again. */
    void awaitFullyReplicated(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        ReplicaHealth health = null;
        while (System.nanoTime() < deadline) {
            try {
                health = replicaHealth();
                if (health.fewestInSync() == NODES && health.leaderlessPartitions() == 0) {
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                // metadata not available yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("replicas not all in sync within " + timeout.toSeconds() + " s: " + health);
    }

    /** The node id of the active controller (the quorum leader). */
    int activeController() throws Exception {
        return admin().describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS).leaderId();
    }

    List<Path> logFiles() {
        List<Path> files = new ArrayList<>();
        for (ChildProcess node : nodes) {
            if (node != null) {
                files.add(node.logFile());
            }
        }
        return files;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
        for (ChildProcess node : nodes) {
            if (node != null) {
                node.kill();
            }
        }
    }
}
