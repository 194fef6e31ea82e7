package org.asistream.ingest.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.asistream.ingest.api.ProblemType;

/**
 * The service's own Prometheus metrics (at /q/metrics, beside Quarkus's {@code http_server_requests_seconds} for
 * request latency and the Kafka producer's {@code kafka_producer_*}). Tags are trust codes and problem slugs only,
 * never anything a caller typed, so their number stays bounded.
 */
@Singleton
public class IngestMetrics {

    private final MeterRegistry registry;

    @Inject
    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void accepted(String trust, int events) {
        Counter.builder("asi.ingest.events.accepted")
                .description("Events appended to the event log and acknowledged by the broker")
                .tag("trust", trust)
                .register(registry)
                .increment(events);
    }

    /** One refused request, and the events it turned away (those at fault, or all of them for a 503). */
    public void rejected(String trust, ProblemType reason, int events) {
        Counter.builder("asi.ingest.requests.rejected")
                .description("Requests answered with a problem, by reason")
                .tags("trust", trust, "reason", reason.slug())
                .register(registry)
                .increment();
        if (events > 0) {
            Counter.builder("asi.ingest.events.rejected")
                    .description("Events refused, by reason")
                    .tags("trust", trust, "reason", reason.slug())
                    .register(registry)
                    .increment(events);
        }
    }

    /** A refused request that could not be written to the rejections topic (so the data-quality view misses it). */
    public void rejectionUnrecorded(String trust) {
        Counter.builder("asi.ingest.rejections.unrecorded")
                .description("Refused requests not written to the rejections topic")
                .tag("trust", trust)
                .register(registry)
                .increment();
    }

    /** A batch the broker failed or did not acknowledge in time; {@code error} is the Kafka error's class name. */
    public void producerError(String error) {
        Counter.builder("asi.ingest.producer.errors")
                .description("Batches the broker refused or did not acknowledge within asi.ingest.ack-timeout")
                .tag("error", error)
                .register(registry)
                .increment();
    }

    /** Time from the first send of a batch to the broker's acknowledgement of its last event. */
    public void acknowledged(Duration wait) {
        Timer.builder("asi.ingest.acknowledgement")
                .description("Time for the broker to acknowledge every event of a request")
                .register(registry)
                .record(wait);
    }
}
