package org.asistream.measures.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;
import org.jboss.logging.Logger;

/**
 * Carries the passage of time into the event log: at a fixed wall-clock interval it writes a {@link ClockTick} into
 * every partition of the events topic. Quiet partitions therefore still see time pass, deadlines are breached within
 * one interval even when a trust sends nothing, and a replay of the log meets the same ticks as the live run did.
 */
@ApplicationScoped
public class ClockTicker {

    private static final Logger LOG = Logger.getLogger(ClockTicker.class);

    /** Every {@code kafka.*} setting (bootstrap servers, and security settings where the cluster needs them). */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "asi.clock.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "asi.clock.tick-interval", defaultValue = "PT1S")
    Duration interval;

    @ConfigProperty(name = "asi.clock.source", defaultValue = "measures-stream")
    String source;

    private ScheduledExecutorService scheduler;
    private KafkaProducer<String, PathwayLogRecord> producer;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Clock ticks disabled (asi.clock.enabled=false): deadlines advance only with ticks written by others");
            return;
        }
        Properties config = new Properties();
        config.putAll(kafkaConfig);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "asi-clock-ticker");
        producer = new KafkaProducer<>(config, Topics.PATHWAY_EVENTS_TOPIC.keySerde().serializer(),
                Topics.PATHWAY_EVENTS_TOPIC.valueSerde().serializer());
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "asi-clock-ticker");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleAtFixedRate(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.infof("Writing a clock tick into every partition of %s every %s", Topics.PATHWAY_EVENTS.name(), interval);
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            PathwayLogRecord tick = new PathwayLogRecord(new ClockTick(now, source));
            int partitions = producer.partitionsFor(Topics.PATHWAY_EVENTS.name()).size();
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(Topics.PATHWAY_EVENTS.name(), partition, now.toEpochMilli(),
                        Topics.CLOCK_TICK_KEY, tick));
            }
        } catch (RuntimeException e) {
            // The broker may be briefly unreachable: the next tick carries the time forward anyway.
            LOG.warnf("Clock tick not written: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
            producer.close(Duration.ofSeconds(5));
        }
    }
}
