package org.asistream.platform.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final Backoff QUICK = new Backoff(Duration.ofMillis(1), Duration.ofMillis(5), 3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeIngestService service;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startService() throws IOException {
        service = new FakeIngestService();
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void sendsEveryEventOnceInBatchesAndSummarises() throws IOException {
        List<String> events = events(1050);
        Path file = ndjson("events.ndjson", events);

        int exit = importFiles("--batch", "500", file.toString());

        assertThat(exit).isZero();
        assertThat(service.requests()).isEqualTo(3);
        assertThat(service.accepted()).containsExactlyElementsOf(eventIds(events));
        assertThat(out()).contains(file + ": 1,050 accepted, 0 rejected")
                .contains("Imported 1,050 events and rejected 0 in");
        assertThat(Checkpoint.readFor(file)).get().extracting(Checkpoint::lines).isEqualTo(1050);
    }

    @Test
    void reportsProgressWithRateAndTimeLeft() throws IOException {
        Path file = ndjson("events.ndjson", events(1000));

        importFiles("--batch", "250", file.toString());

        List<String> progress = err().lines().filter(line -> line.contains("events/s")).toList();
        assertThat(progress).hasSizeGreaterThanOrEqualTo(4);
        assertThat(progress.get(0)).matches("250/1,000 events \\(25%\\)  [\\d,]+ events/s  ETA \\d+:\\d\\d");
        assertThat(progress.get(progress.size() - 1)).startsWith("1,000/1,000 events (100%)");
    }

    @Test
    void recordsRefusedEventsWithTheirReasonsAndSendsTheRestAgain() throws IOException {
        List<String> events = new ArrayList<>(events(10));
        events.set(3, bogus());
        events.set(7, bogus());
        Path file = ndjson("events.ndjson", events);

        int exit = importFiles(file.toString());

        assertThat(exit).isEqualTo(ImportCommand.SOME_REJECTED);
        List<String> valid = new ArrayList<>(eventIds(events));
        valid.remove(7);
        valid.remove(3);
        assertThat(service.accepted()).containsExactlyElementsOf(valid);
        Path rejectedLog = dir.resolve("events.ndjson.rejected.ndjson");
        assertThat(out()).contains(file + ": 8 accepted, 2 rejected; rejected events and reasons in " + rejectedLog)
                .contains("Rejections by reason:")
                .containsPattern("\\s+2  type: " + FakeIngestService.BOGUS_REASON);
        List<JsonNode> rejected = Files.readAllLines(rejectedLog).stream().map(ImportCommandTest::json).toList();
        assertThat(rejected).extracting(entry -> entry.get("line").intValue()).containsExactly(4, 8);
        assertThat(rejected.get(0).get("eventId").textValue()).isEqualTo(eventIds(events).get(3));
        assertThat(rejected.get(0).get("errors").get(0).get("reason").textValue())
                .isEqualTo(FakeIngestService.BOGUS_REASON);
        assertThat(rejected.get(0).get("source").textValue()).isEqualTo(events.get(3));
    }

    @Test
    void lineThatIsNotJsonIsRecordedWithItsLineInTheFile() throws IOException {
        List<String> events = new ArrayList<>(events(6));
        events.set(4, "{\"eventId\": oops");
        Path file = ndjson("events.ndjson", events);

        int exit = importFiles("--batch", "3", file.toString());

        assertThat(exit).isEqualTo(ImportCommand.SOME_REJECTED);
        assertThat(service.accepted()).hasSize(5);
        JsonNode rejected = json(Files.readString(dir.resolve("events.ndjson.rejected.ndjson")).strip());
        assertThat(rejected.get("line").intValue()).isEqualTo(5);
        assertThat(rejected.get("errors").get(0).get("field").textValue()).isEqualTo("$");
        assertThat(rejected.get("errors").get(0).get("reason").textValue())
                .isEqualTo("malformed JSON at column 1: " + FakeIngestService.MALFORMED_REASON);
    }

    @Test
    void resumesAfterAnInterruptionWithoutResendingAcknowledgedLines() throws IOException {
        List<String> events = events(2000);
        Path file = ndjson("events.ndjson", events);
        Thread importer = Thread.currentThread();
        // The third batch is received but interrupted before its answer: lines 1-1000 are acknowledged.
        service.onRequest(3, () -> {
            importer.interrupt();
            sleep(Duration.ofMillis(500));
        });

        int interrupted = importFiles("--batch", "500", file.toString());

        assertThat(interrupted).isEqualTo(ImportCommand.INTERRUPTED);
        assertThat(Thread.interrupted()).isTrue();
        assertThat(Checkpoint.readFor(file)).get().extracting(Checkpoint::lines).isEqualTo(1000);

        int resumed = importFiles("--batch", "500", file.toString());

        assertThat(resumed).isZero();
        assertThat(err()).contains("Resuming " + file + " after line 1000");
        Map<String, Long> timesSent = service.received().stream()
                .collect(Collectors.groupingBy(event -> event.get("eventId").textValue(), Collectors.counting()));
        List<String> ids = eventIds(events);
        assertThat(ids.subList(0, 1000)).allSatisfy(id -> assertThat(timesSent.get(id)).isEqualTo(1));
        assertThat(ids.subList(1000, 1500)).allSatisfy(id -> assertThat(timesSent.get(id)).isEqualTo(2));
        assertThat(ids.subList(1500, 2000)).allSatisfy(id -> assertThat(timesSent.get(id)).isEqualTo(1));
        assertThat(Checkpoint.readFor(file)).get().extracting(Checkpoint::lines).isEqualTo(2000);
    }

    @Test
    void completedFileIsNotSentAgain() throws IOException {
        Path file = ndjson("events.ndjson", events(20));
        importFiles(file.toString());
        int requestsBefore = service.requests();

        int exit = importFiles(file.toString());

        assertThat(exit).isZero();
        assertThat(service.requests()).isEqualTo(requestsBefore);
    }

    @Test
    void changedFileIsNotResumedFromAnotherFilesCheckpoint() throws IOException {
        Path file = ndjson("events.ndjson", events(20));
        importFiles(file.toString());
        ndjson("events.ndjson", events(30));

        int exit = importFiles(file.toString());

        assertThat(exit).isEqualTo(ImportCommand.STOPPED);
        assertThat(err()).contains("stopped: " + file + " is not the file " + file + ".checkpoint was written for "
                + "(its first 20 lines differ); delete the checkpoint to import the file from the start");
    }

    @Test
    void waitsAndRetriesWhileTheServiceIsUnavailable() throws IOException {
        List<String> events = events(10);
        service.unavailableFor(2);

        int exit = importFiles(ndjson("events.ndjson", events).toString());

        assertThat(exit).isZero();
        assertThat(service.requests()).isEqualTo(3);
        assertThat(service.accepted()).containsExactlyElementsOf(eventIds(events));
    }

    @Test
    void stopsWhenTheServiceStaysUnavailable() throws IOException {
        service.unavailableFor(Integer.MAX_VALUE);
        Path file = ndjson("events.ndjson", events(10));

        int exit = importFiles(file.toString());

        assertThat(exit).isEqualTo(ImportCommand.STOPPED);
        assertThat(service.requests()).isEqualTo(1 + QUICK.attempts());
        assertThat(err()).contains("stopped: the service stayed unavailable (503 the event log did not acknowledge "
                + "every event within 10 s); run the same command again to resume " + file + " from its checkpoint");
        assertThat(Checkpoint.readFor(file)).isEmpty();
    }

    @Test
    void unknownTokenStopsTheImport() throws IOException {
        Path file = ndjson("events.ndjson", events(10));

        int exit = ImportCommand.run(List.of("--token", "wrong", "--url", service.url().toString(), file.toString()),
                Map.of(), print(out), print(err), QUICK, progress());

        assertThat(exit).isEqualTo(ImportCommand.STOPPED);
        assertThat(err()).contains("stopped: the service refused the events of " + file + " lines 1-10: 401 the "
                + "bearer token is not known; check it against your credentials");
    }

    @Test
    void tokenMayComeFromTheEnvironment() throws IOException {
        Path file = ndjson("events.ndjson", events(3));

        int exit = ImportCommand.run(List.of("--url", service.url().toString(), file.toString()),
                Map.of("ASI_TOKEN", FakeIngestService.TOKEN), print(out), print(err), QUICK, progress());

        assertThat(exit).isZero();
    }

    @Test
    void missingTokenIsAUsageError() throws IOException {
        Path file = ndjson("events.ndjson", events(3));

        int exit = ImportCommand.run(List.of(file.toString()), Map.of(), print(out), print(err), QUICK, progress());

        assertThat(exit).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(err()).contains("give the trust's bearer token with --token TOKEN or in $ASI_TOKEN");
    }

    @Test
    void csvRowsAreSentAsJsonEvents() throws IOException {
        String id = UUID.randomUUID().toString();
        Path file = Files.writeString(dir.resolve("events.csv"), """
                eventId,type,episodeId,trust,occurredAt,arrivalMode,inHospitalOnset,abcd2,toTrust
                %s,STROKE_ARRIVAL,ep-000001,T01,2011-03-01T10:15:00Z,AMBULANCE,true,,
                %s, TIA_FIRST_CONTACT ,ep-000002,T01,"2011-03-01T10:15:00+01:00",,,4,
                """.formatted(id, UUID.randomUUID()));

        int exit = importFiles(file.toString());

        assertThat(exit).isZero();
        assertThat(service.received()).hasSize(2);
        assertThat(service.received().get(0)).isEqualTo(json("{\"eventId\": \"" + id + "\", "
                + "\"type\": \"STROKE_ARRIVAL\", \"episodeId\": \"ep-000001\", \"trust\": \"T01\", "
                + "\"occurredAt\": \"2011-03-01T10:15:00Z\", \"arrivalMode\": \"AMBULANCE\", "
                + "\"inHospitalOnset\": true}"));
        assertThat(service.received().get(1).get("abcd2").isInt()).isTrue();
        assertThat(service.received().get(1).get("type").textValue()).isEqualTo("TIA_FIRST_CONTACT");
    }

    @Test
    void csvWithAnUnknownColumnIsNotImported() throws IOException {
        Path file = Files.writeString(dir.resolve("events.csv"), "eventId,type,nhsNumber\n");

        int exit = importFiles(file.toString());

        assertThat(exit).isEqualTo(ImportCommand.STOPPED);
        assertThat(err()).contains("stopped: " + file + " line 1: unknown column 'nhsNumber'; the columns are "
                + "eventId, type, episodeId, trust, occurredAt, supersedes, arrivalMode");
        assertThat(service.requests()).isZero();
    }

    private int importFiles(String... args) {
        List<String> arguments = new ArrayList<>(List.of("--token", FakeIngestService.TOKEN,
                "--url", service.url().toString()));
        arguments.addAll(List.of(args));
        return ImportCommand.run(arguments, Map.of(), print(out), print(err), QUICK, progress());
    }

    private ImportProgress progress() {
        return new ImportProgress(print(err), false, Duration.ZERO, System::nanoTime);
    }

    private Path ndjson(String name, List<String> events) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", events) + "\n");
    }

    private static List<String> events(int count) {
        return IntStream.range(0, count).mapToObj(i -> event("STROKE_ARRIVAL")).toList();
    }

    private static String bogus() {
        return event("BOGUS");
    }

    private static String event(String type) {
        return "{\"eventId\": \"" + UUID.randomUUID() + "\", \"type\": \"" + type + "\", \"episodeId\": \"ep-"
                + UUID.randomUUID().toString().substring(0, 8) + "\", \"trust\": \"T01\", "
                + "\"occurredAt\": \"2011-03-01T10:15:00Z\", \"arrivalMode\": \"AMBULANCE\"}";
    }

    private static List<String> eventIds(List<String> events) {
        return events.stream().map(ImportCommandTest::json).map(event -> event.get("eventId").textValue()).toList();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PrintStream print(ByteArrayOutputStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
