package org.asistream.ingest.eventlog;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.asistream.ingest.IngestSettings;
import org.asistream.ingest.api.ProblemType;
import org.asistream.ingest.metrics.IngestMetrics;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.jboss.logging.Logger;

/**
 * Appends pathway events to the event-log topic, keyed by episode id, and returns only when the broker has
 * acknowledged every one (acks=all, idempotent producer).
 *
 * <p>When that does not happen within {@code asi.ingest.ack-timeout}, the request is refused with 503 even if some
 * events were acknowledged (or still are, later): which ones is not reported, because the caller's remedy is the same,
 * to send the same request again. Events are deduplicated by eventId in the stream, so the retry adds nothing twice.
 */
@Singleton
public class EventLog {

    private static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(EventLog.class);
    private static final Topic<String, PathwayLogRecord> TOPIC = Topics.PATHWAY_EVENTS_TOPIC;

    private final KafkaProducer<String, PathwayLogRecord> producer;
    private final KafkaClientMetrics producerMetrics;
    private final Duration ackTimeout;
    private final IngestMetrics metrics;

    @Inject
    EventLog(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, IngestSettings settings,
            IngestMetrics metrics, MeterRegistry registry) {
        this.ackTimeout = settings.ackTimeout();
        this.metrics = metrics;
        this.producer = new KafkaProducer<>(ProducerSettings.of(kafkaConfig, ackTimeout),
                TOPIC.keySerde().serializer(), TOPIC.valueSerde().serializer());
        this.producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
    }

    /** Throws a 503 problem unless every event was acknowledged within the ack timeout. */
    public void append(List<PathwayEvent> events) {
        long start = System.nanoTime();
        long deadline = start + ackTimeout.toNanos();
        Acknowledgements acknowledgements = new Acknowledgements();
        for (PathwayEvent event : events) {
            // Once one send failed, or time is up, the answer is 503 whatever the rest would do.
            if (acknowledgements.failed() || System.nanoTime() - deadline > 0) {
                break;
            }
            acknowledgements.expectOne();
            producer.send(new ProducerRecord<>(TOPIC.name(), event.getEpisodeId(), new PathwayLogRecord(event)),
                    acknowledgements);
        }
        acknowledgements.allSent();
        boolean acknowledged;
        try {
            acknowledged = acknowledgements.awaitAll(deadline - System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acknowledged = false;
        }
        if (!acknowledged) {
            throw unavailable(events.size(), acknowledgements);
        }
        metrics.acknowledged(Duration.ofNanos(System.nanoTime() - start));
    }

    private RuntimeException unavailable(int events, Acknowledgements acknowledgements) {
        Exception failure = acknowledgements.failure().orElse(null);
        String error = failure == null ? "AckTimeout" : failure.getClass().getSimpleName();
        metrics.producerError(error);
        LOG.warnf("the broker acknowledged %d of %d events within %s: %s", acknowledgements.acknowledged(), events,
                ackTimeout, failure == null || failure instanceof TimeoutException ? "timed out" : failure.toString());
        String bound = ackTimeout.toMillis() % 1000 == 0 ? ackTimeout.toSeconds() + " s" : ackTimeout.toMillis() + " ms";
        return ProblemType.EVENT_LOG_UNAVAILABLE.because("the event log did not acknowledge every event within "
                        + bound + ", so the request is not accepted (some events may have been "
                        + "written). Send the same request again later: events already written are recognised by "
                        + "their eventId and not counted twice")
                .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .refusingEvents(events);
    }

    @PreDestroy
    void close() {
        producerMetrics.close();
        producer.close(ackTimeout);
    }
}
