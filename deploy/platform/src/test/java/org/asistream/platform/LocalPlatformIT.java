package org.asistream.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.asistream.schemas.Topics;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code deploy/asi-platform} as a user would: start, use, stop with SIGTERM, start again on the same data. */
class LocalPlatformIT {

    private static final Path SCRIPT = RunningPlatform.SCRIPT;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void startsStopsCleanlyAndCarriesOnFromTheExistingLog() throws Exception {
        PlatformPorts ports = PlatformPorts.free();
        byte[] marker = ("marker-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);

        RunningPlatform first = RunningPlatform.start(dataDir, ports);
        first.awaitOutput("ASI Stream is running.", Duration.ofSeconds(180));
        assertThat(ready(ports.ingest())).isTrue();
        assertThat(ready(ports.query())).isTrue();
        assertThat(ready(ports.stream())).isTrue();
        produce(ports.kafka(), marker);
        assertThat(first.stopWithSigterm()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(first.output()).contains("Stopped.");
        assertThat(first.childrenStillAlive()).as("no orphan service processes").isEmpty();
        assertThat(Files.readString(dataDir.resolve("logs/measures-stream.log"))).contains("measures-stream stopped");

        RunningPlatform second = RunningPlatform.start(dataDir, ports);
        second.awaitOutput("ASI Stream is running.", Duration.ofSeconds(180));
        assertThat(eventLogValues(ports.kafka())).as("the event log survived the restart").contains(new String(marker, StandardCharsets.UTF_8));
        assertThat(second.stopWithSigterm()).isEqualTo(143);
    }

    @Test
    void theDefaultFeedFillsTheDashboardWithinAMinuteAndKeepsItMoving() throws Exception {
        PlatformPorts ports = PlatformPorts.free();
        long launched = System.nanoTime();
        try (RunningPlatform platform = RunningPlatform.startWithDefaultFeed(dataDir, ports)) {
            platform.awaitOutput("ASI Stream is running.", Duration.ofSeconds(180));
            long running = System.nanoTime();
            String token = Credentials.read(dataDir.resolve("demo-credentials.json")).entries().stream()
                    .filter(credential -> credential.role() == Role.NATIONAL && credential.token() != null)
                    .findFirst().orElseThrow().token();
            URI nation = URI.create("http://localhost:" + ports.query() + "/v1/nation/measures?period=last-30-days");

            long first = awaitEpisodes(nation, token, 0, running + Duration.ofSeconds(60).toNanos());
            long populated = System.nanoTime();
            Thread.sleep(15_000);
            long later = awaitEpisodes(nation, token, first, System.nanoTime() + Duration.ofSeconds(90).toNanos());

            assertThat(later).as("episodes counted a little later: the dashboard moves").isGreaterThan(first);
            System.out.printf("default feed: %,d episodes on the dashboard %d s after the launch (%d s after it was "
                            + "running), %,d %d s later%n", first, (populated - launched) / 1_000_000_000L,
                    (populated - running) / 1_000_000_000L, later, (System.nanoTime() - populated) / 1_000_000_000L);
        }
    }

    @Test
    void refusesATakenPortWithAClearErrorAndNoStackTrace() throws Exception {
        PlatformPorts ports = PlatformPorts.free();
        try (ServerSocket taken = new ServerSocket(ports.ingest(), 0, InetAddress.getLoopbackAddress())) {
            RunningPlatform platform = RunningPlatform.start(dataDir, ports);
            assertThat(platform.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(platform.process.exitValue()).as("exit code; output:%n%s", platform.output()).isEqualTo(1);
            assertThat(platform.output())
                    .contains("asi-platform: Port " + ports.ingest() + " for ingest-service (--ingest-port) is already in use")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void explainsABadOption() throws Exception {
        Process process = new ProcessBuilder(SCRIPT.toString(), "run", "--feed", "sometimes")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).isEqualTo("asi-platform: --feed must be none, live or backfill, got 'sometimes'\n");
    }

    /** Polls the nation's measures until they count more than {@code than} episodes; fails at the deadline. */
    private static long awaitEpisodes(URI measures, String token, long than, long deadline) throws Exception {
        long counted = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(measures)
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                counted = 0;
                for (JsonNode measure : JSON.readTree(response.body()).path("measures")) {
                    counted = Math.max(counted, measure.path("met").asLong() + measure.path("notMet").asLong()
                            + measure.path("pending").asLong() + measure.path("excluded").asLong());
                }
                if (counted > than) {
                    return counted;
                }
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the nation's measures counted " + counted + " episodes, not more than " + than
                + ", by the deadline");
    }

    private static boolean ready(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("\"UP\"");
    }

    private static void produce(int kafkaPort, byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), value)).get();
        }
    }

    private static List<String> eventLogValues(int kafkaPort) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTERS.name()));
            long deadline = System.currentTimeMillis() + 20_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
            }
        }
        return values;
    }
}
