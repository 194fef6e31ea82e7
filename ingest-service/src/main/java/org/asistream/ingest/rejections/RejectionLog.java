package org.asistream.ingest.rejections;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.asistream.ingest.IngestSettings;
import org.asistream.ingest.eventlog.ProducerSettings;
import org.asistream.ingest.metrics.IngestMetrics;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.IngestRejection;
import org.jboss.logging.Logger;

/**
 * Writes each refused request of a trust to the rejections topic (keyed by trust), for the data-quality view. The
 * answer to the caller never waits for it: records are handed to one background sender, which may block while the
 * broker is away. A record that cannot be written (queue full, broker error) is logged and counted in
 * {@code asi_ingest_rejections_unrecorded_total}, and the caller's answer is unchanged.
 */
@Singleton
public class RejectionLog {

    private static final Logger LOG = Logger.getLogger(RejectionLog.class);
    private static final Topic<String, IngestRejection> TOPIC = Topics.INGEST_REJECTIONS_TOPIC;
    /** Refusals waiting for the sender; beyond this (a long outage under load) they are dropped and counted. */
    private static final int QUEUED_AT_MOST = 10_000;

    private final KafkaProducer<String, IngestRejection> producer;
    private final ThreadPoolExecutor sender;
    private final IngestMetrics metrics;
    private final Duration closeTimeout;

    @Inject
    RejectionLog(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, IngestSettings settings,
            IngestMetrics metrics) {
        Map<String, Object> config = new HashMap<>(ProducerSettings.of(kafkaConfig, settings.ackTimeout()));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "asi-ingest-rejections");
        // The stream reads this topic in the task of its trust-activity repartition topic: both must place a trust by
        // the default hash of its key, whatever kafka.* says.
        config.remove(ProducerConfig.PARTITIONER_CLASS_CONFIG);
        config.remove(ProducerConfig.PARTITIONER_IGNORE_KEYS_CONFIG);
        this.producer = new KafkaProducer<>(config, TOPIC.keySerde().serializer(), TOPIC.valueSerde().serializer());
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED_AT_MOST),
                runnable -> new Thread(runnable, "rejection-log"));
        this.metrics = metrics;
        this.closeTimeout = settings.ackTimeout();
    }

    /** Returns at once; the record is written in the background. */
    public void record(IngestRejection rejection) {
        try {
            sender.execute(() -> send(rejection));
        } catch (RejectedExecutionException e) {
            unrecorded(rejection, "too many refusals waiting to be written");
        }
    }

    private void send(IngestRejection rejection) {
        try {
            producer.send(new ProducerRecord<>(TOPIC.name(), rejection.getTrust(), rejection), (metadata, failure) -> {
                if (failure != null) {
                    unrecorded(rejection, failure.toString());
                }
            });
        } catch (RuntimeException e) {
            unrecorded(rejection, e.toString());
        }
    }

    private void unrecorded(IngestRejection rejection, String why) {
        metrics.rejectionUnrecorded(rejection.getTrust());
        LOG.warnf("a refused request of %s (%s) was not written to %s: %s", rejection.getTrust(),
                rejection.getProblem(), TOPIC.name(), why);
    }

    @PreDestroy
    void close() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(closeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        producer.close(closeTimeout);
    }
}
