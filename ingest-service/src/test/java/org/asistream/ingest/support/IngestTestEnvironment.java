package org.asistream.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * A real Kafka broker on a temporary directory with the platform topics, the test reference data published on its
 * topic, and the test credentials file; the service is pointed at both.
 */
public class IngestTestEnvironment implements QuarkusTestResourceLifecycleManager {

    private Path dataDir;
    private EmbeddedKafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("ingest-test");
            broker = EmbeddedKafkaBroker.start(dataDir, 0);
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();
            new PlatformTopics(broker.bootstrapServers()).publishReferenceData(testReferenceData());
            Path credentials = dataDir.resolve("credentials.json");
            Files.writeString(credentials, Tokens.CREDENTIALS);
            return Map.of(
                    "kafka.bootstrap.servers", broker.bootstrapServers(),
                    "asi.credentials.file", credentials.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(broker,
                new TestInjector.AnnotatedAndMatchesType(TestBroker.class, EmbeddedKafkaBroker.class));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static ReferenceData testReferenceData() {
        try (InputStream in = IngestTestEnvironment.class.getResourceAsStream("/test-reference-data.json")) {
            return ReferenceDataFile.parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
