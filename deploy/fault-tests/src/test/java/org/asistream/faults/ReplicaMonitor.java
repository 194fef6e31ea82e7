package org.asistream.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Samples the replication state of every partition (platform, internal and Kafka Streams topics) twice a second
 * while a fault test runs. A node the test has killed does not count as in sync even while the metadata still lists
 * it (until the controller fences it), so a sample says how many live replicas each partition really has.
 */
final class ReplicaMonitor implements AutoCloseable {

    /** At {@code at}: the fewest live in-sync replicas of any partition, and how many partitions had no live leader. */
    record Sample(Instant at, int fewestLiveInSync, int withoutLiveLeader) {
        boolean writable() {
            return fewestLiveInSync >= 2 && withoutLiveLeader == 0;
        }
    }

    private final KafkaCluster cluster;
    private final Set<Integer> down = ConcurrentHashMap.newKeySet();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;
    private final Thread thread;

    ReplicaMonitor(KafkaCluster cluster) {
        this.cluster = cluster;
        this.thread = new Thread(this::run, "replica-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    void markDown(int nodeId) {
        down.add(nodeId);
    }

    void markUp(int nodeId) {
        down.remove(nodeId);
    }

    private void run() {
        while (running) {
            samples.add(sample());
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Sample sample() {
        Instant at = Instant.now();
        try {
            int fewest = Integer.MAX_VALUE;
            int leaderless = 0;
            for (List<TopicPartitionInfo> partitions : cluster.partitions(cluster.allTopics()).values()) {
                for (TopicPartitionInfo partition : partitions) {
                    int live = (int) partition.isr().stream().filter(node -> !down.contains(node.id())).count();
                    fewest = Math.min(fewest, live);
                    Node leader = partition.leader();
                    if (leader == null || leader.isEmpty() || down.contains(leader.id())) {
                        leaderless++;
                    }
                }
            }
            return new Sample(at, fewest, leaderless);
        } catch (Exception unreachable) {
            return new Sample(at, 0, -1);
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** The first sample at or after {@code from} in which every partition had a live leader and two live in-sync replicas. */
    Optional<Instant> writableAgainAfter(Instant from) {
        return samples().stream().filter(s -> !s.at().isBefore(from) && s.writable()).map(Sample::at).findFirst();
    }

    /** Waits for {@link #writableAgainAfter}; fails after {@code timeout}. */
    Instant awaitWritableAfter(Instant from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Instant> writable = writableAgainAfter(from);
            if (writable.isPresent()) {
                return writable.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the cluster was not writable (a live leader and two live in-sync replicas for every "
                + "partition) within " + timeout.toSeconds() + " s");
    }

    /** The fewest live in-sync replicas seen in any sample from {@code from} on. */
    int fewestLiveInSyncSince(Instant from) {
        return samples().stream().filter(s -> !s.at().isBefore(from)).mapToInt(Sample::fewestLiveInSync).min().orElse(-1);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
