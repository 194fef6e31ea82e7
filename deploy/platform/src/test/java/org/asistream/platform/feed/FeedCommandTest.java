package org.asistream.platform.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deploy/asi-platform feed} from the command line, against an ingest API in the test. */
class FeedCommandTest {

    @TempDir
    Path files;

    private FakeTrustApi api;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void start() throws Exception {
        api = FakeTrustApi.start();
        Files.writeString(files.resolve("reference.json"), SmallRegistry.REFERENCE_JSON);
        Files.writeString(files.resolve("credentials.json"), SmallRegistry.CREDENTIALS_JSON);
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(realOut);
        System.setErr(realErr);
        api.close();
    }

    @Test
    void helpListsTheModesAndOptions() {
        assertThat(FeedCommand.run(List.of("--help"))).isEqualTo(FeedCommand.ALL_ACCEPTED);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("feed live|backfill", "--scale", "--from", "--duplicates", "--retractions");
    }

    @Test
    void backfillSendsThePeriodAndPrintsASummary() {
        int exit = FeedCommand.run(backfill("--from", "2010-04-01", "--to", "2010-04-14", "--scale", "0.05"));

        assertThat(exit).isEqualTo(FeedCommand.ALL_ACCEPTED);
        assertThat(api.events()).isNotEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(String.format("%,d accepted, 0 rejected", api.events().size()));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("backfill: 100.0%");
    }

    @Test
    void aMonthMeansTheWholeMonth() {
        FeedCommand.run(backfill("--from", "2011-02", "--to", "2011-02", "--scale", "0.05"));

        assertThat(api.events()).filteredOn(event -> event.get("type").asText().equals("STROKE_ARRIVAL"))
                .extracting(event -> event.get("occurredAt").asText().substring(0, 10))
                .contains("2011-02-01", "2011-02-28");
    }

    @Test
    void rejectedEventsMakeTheExitCodeOne() {
        api.answer(FakeTrustApi.Answer::invalid);

        int exit = FeedCommand.run(backfill("--from", "2010-04-01", "--to", "2010-04-03", "--scale", "0.05"));

        assertThat(exit).isEqualTo(FeedCommand.SOME_REJECTED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("422 Invalid events");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("events are invalid; nothing was written");
    }

    @Test
    void mistakesOnTheCommandLineAreExplainedInOneLine() {
        assertThat(FeedCommand.run(List.of("sideways"))).isEqualTo(FeedCommand.USAGE_ERROR);
        assertThat(FeedCommand.run(List.of())).isEqualTo(FeedCommand.USAGE_ERROR);
        assertThat(FeedCommand.run(backfill("--late", "2"))).isEqualTo(FeedCommand.USAGE_ERROR);
        assertThat(FeedCommand.run(backfill("--from", "2011-04", "--to", "2011-03")))
                .isEqualTo(FeedCommand.USAGE_ERROR);
        assertThat(FeedCommand.run(List.of("backfill", "--credentials", files.resolve("none.json").toString())))
                .isEqualTo(FeedCommand.USAGE_ERROR);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("the feed is live or backfill, got 'sideways'")
                .contains("say which feed: live or backfill")
                .contains("--late is a rate from 0 to 1, got 2")
                .contains("--from 2011-04-01 is after --to 2011-03-31")
                .contains("none.json: no such file")
                .doesNotContain("Exception");
        assertThat(api.requests()).isEmpty();
    }

    private List<String> backfill(String... options) {
        List<String> args = new ArrayList<>(List.of("backfill", "--url", api.url().toString(),
                "--credentials", files.resolve("credentials.json").toString(),
                "--reference", files.resolve("reference.json").toString(), "--seed", "3"));
        args.addAll(List.of(options));
        return args;
    }
}
