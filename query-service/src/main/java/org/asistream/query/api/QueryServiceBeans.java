package org.asistream.query.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.asistream.query.access.StreamTickets;
import org.asistream.query.materialise.ViewMaterialiser;
import org.asistream.query.report.Reports;
import org.asistream.query.view.ViewStore;
import org.asistream.schemas.credentials.Credentials;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wires the plain-Java read side into Quarkus: the view store, the reports over it, the credentials, the stream
 * tickets; starts the materialiser at startup (without waiting for it) and stops it at shutdown.
 */
@ApplicationScoped
public class QueryServiceBeans {

    private static final Logger LOG = Logger.getLogger(QueryServiceBeans.class);

    private ViewMaterialiser materialiser;

    @Produces
    @Singleton
    ViewStore viewStore() {
        return new ViewStore(Clock.systemUTC());
    }

    @Produces
    @Singleton
    Reports reports(ViewStore store,
                    @ConfigProperty(name = "asi.query.trajectory.aspiration", defaultValue = "2011-04") String aspiration) {
        return new Reports(store, YearMonth.parse(aspiration));
    }

    @Produces
    @Singleton
    Credentials credentials(@ConfigProperty(name = "asi.credentials.file") Optional<String> file) {
        if (file.isEmpty()) {
            LOG.warn("No asi.credentials.file is configured: every API request will be refused with 401");
            ObjectNode none = JsonNodeFactory.instance.objectNode();
            none.putArray("tokens");
            return Credentials.parse(none);
        }
        try {
            return Credentials.read(Path.of(file.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the credentials file " + file.get(), e);
        }
    }

    /** Without a configured secret each instance signs with its own random key: tickets work on the issuing instance. */
    @Produces
    @Singleton
    StreamTickets streamTickets(@ConfigProperty(name = "asi.query.stream-ticket.secret") Optional<String> secret,
                                @ConfigProperty(name = "asi.query.stream-ticket.lifetime", defaultValue = "60s")
                                Duration lifetime) {
        byte[] key = new byte[32];
        if (secret.isPresent()) {
            key = sha256(secret.get());
        } else {
            new SecureRandom().nextBytes(key);
        }
        return new StreamTickets(key, lifetime, Clock.systemUTC());
    }

    /** {@code kafkaConfig}: every {@code kafka.*} setting (bootstrap servers, and security where the cluster needs it). */
    void start(@Observes StartupEvent event, ViewStore store, MeterRegistry meters,
               @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Gauge.builder("asi.query.views.caught.up", store, views -> views.caughtUp() ? 1 : 0)
                .description("1 once the views have been loaded up to the end offsets found at startup")
                .register(meters);
        materialiser = new ViewMaterialiser(kafkaConfig, store, meters);
        materialiser.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (materialiser != null) {
            materialiser.close();
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
