package org.asistream.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One node of a multi-node KRaft cluster on this machine's loopback, meant to run in a JVM of its own: a combined
 * broker and controller, one of a static set of voters, with its own log directory. Three of them make a cluster
 * with replication factor 3 and {@code min.insync.replicas} 2 for every topic, the transaction state log and the
 * consumer offsets included, which is what the fault tests kill and restart.
 *
 * <p>Run: {@code java -cp ... org.asistream.kafka.KafkaClusterNode --node-id 1 --port 19092 --log-dir /tmp/n1
 * --voters 1@127.0.0.1:19093,2@127.0.0.1:19095,3@127.0.0.1:19097 --cluster-id <22-char base64 uuid>}. The log
 * directory is formatted on the first start and reused afterwards, so a node killed and started again with the same
 * arguments rejoins the cluster with its log. The node stops cleanly on SIGTERM; it prints {@link #READY} once it
 * has started.
 */
public final class KafkaClusterNode {

    /** Printed on standard output once the node has started. */
    public static final String READY = "KAFKA CLUSTER NODE STARTED";

    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final int nodeId;
    private final int port;
    private final Path logDir;
    private final String voters;
    private final String clusterId;

    public KafkaClusterNode(int nodeId, int port, Path logDir, String voters, String clusterId) {
        this.nodeId = nodeId;
        this.port = port;
        this.logDir = logDir.toAbsolutePath();
        this.voters = voters;
        this.clusterId = clusterId;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        KafkaClusterNode node = new KafkaClusterNode(
                Integer.parseInt(required(options, "--node-id")),
                Integer.parseInt(required(options, "--port")),
                Path.of(required(options, "--log-dir")),
                required(options, "--voters"),
                required(options, "--cluster-id"));
        KafkaRaftServer server = node.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
            stopped.countDown();
        }, "kafka-cluster-node-shutdown"));
        System.out.println(READY + " node " + node.nodeId + " on 127.0.0.1:" + node.port);
        System.out.flush();
        stopped.await();
    }

    /** Formats the log directory if it is new, then starts the node and returns it running. */
    public KafkaRaftServer start() {
        formatIfNeeded();
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties(), false), Time.SYSTEM);
        server.startup();
        return server;
    }

    /** The node's own controller port, read from the voters list. */
    private int controllerPort() {
        for (String voter : voters.split(",")) {
            String[] idAndAddress = voter.trim().split("@", 2);
            if (Integer.parseInt(idAndAddress[0]) == nodeId) {
                return Integer.parseInt(idAndAddress[1].substring(idAndAddress[1].lastIndexOf(':') + 1));
            }
        }
        throw new IllegalArgumentException("node " + nodeId + " is not among the voters " + voters);
    }

    private Properties properties() {
        int controllerPort = controllerPort();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(nodeId));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // Every topic, the internal ones included, is written to two of three replicas before it is acknowledged.
        p.put("default.replication.factor", "3");
        p.put("min.insync.replicas", "2");
        p.put("offsets.topic.replication.factor", "3");
        p.put("offsets.topic.num.partitions", "6");
        p.put("transaction.state.log.replication.factor", "3");
        p.put("transaction.state.log.min.isr", "2");
        p.put("transaction.state.log.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "3");
        p.put("share.coordinator.state.topic.min.isr", "2");
        p.put("unclean.leader.election.enable", "false");
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A killed node is noticed within a few seconds on loopback (the defaults are tuned for real networks).
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "4000");
        p.put("replica.lag.time.max.ms", "10000");
        p.put("log.cleaner.backoff.ms", "5000");
        // Small indexes and buffers: three nodes share one machine with the services.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.replica.fetchers", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private void formatIfNeeded() {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + String.join(" ", args));
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
