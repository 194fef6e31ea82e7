package org.asistream.query.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.TopicProvisioner;

/**
 * A real Kafka broker for the API tests, with the platform's topics, a credentials file and the {@link Fixture}'s
 * reference data and views written before the service starts.
 */
public final class ViewsOnEmbeddedKafka implements QuarkusTestResourceLifecycleManager {

    private Path directory;
    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            // Under target/ (the module directory is the working directory of the tests) rather than the system
            // temporary directory, which other processes on a shared machine may clean while the broker runs.
            Files.createDirectories(Path.of("target"));
            directory = Files.createTempDirectory(Path.of("target"), "embedded-kafka");
            broker = EmbeddedKafkaBroker.start(directory, 0);
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();
            Path credentials = directory.resolve("credentials.json");
            Files.writeString(credentials, """
                    {"tokens": [
                      {"token": "%s", "role": "NATIONAL"},
                      {"token": "%s", "role": "REGION", "org": "R1"},
                      {"token": "%s", "role": "NETWORK", "org": "N1"},
                      {"token": "%s", "role": "NETWORK", "org": "N9"},
                      {"token": "%s", "role": "TRUST", "org": "T01"}
                    ]}""".formatted(Tokens.NATIONAL, Tokens.REGION_R1, Tokens.NETWORK_N1, Tokens.NETWORK_N9,
                    Tokens.TRUST_T01));
            try (ViewTopicsWriter writer = new ViewTopicsWriter(broker.bootstrapServers())) {
                Fixture.write(writer);
            }
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                    "asi.credentials.file", credentials.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
