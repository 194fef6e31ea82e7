package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.TrustDay;
import org.asistream.query.testing.ViewTopicsWriter;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class LeagueTableStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String N9_JANUARY = "v1/networks/N9/league-table/stream?period=2010-01&measure=4a";

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void aNewTableArrivesWithinOneSecondOfANewViewRecord() throws Exception {
        try (Events events = open(HttpRequest.newBuilder(URI.create(base + N9_JANUARY))
                .header("Authorization", "Bearer " + Tokens.NETWORK_N9))) {
            JsonNode first = events.next();
            long before = l1Met(first);

            long sent;
            try (ViewTopicsWriter writer = Api.writer()) {
                // A day of L1's that no other test writes, so the increase is known.
                writer.trustDay(TrustDay.of("L1", "2010-01-20").measure("4a", 10, 0, 0, 0));
                sent = System.nanoTime();
            }
            JsonNode next = events.next();
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);

            assertThat(l1Met(next)).isEqualTo(before + 10);
            assertThat(elapsedMs).isLessThan(1000);
        }
    }

    @Test
    void aBrowserOpensTheStreamWithATicketInsteadOfItsToken() throws Exception {
        String ticket = as(Tokens.NETWORK_N9).post("/v1/stream-tickets").then().statusCode(200)
                .extract().path("ticket");
        try (Events events = open(HttpRequest.newBuilder(URI.create(base + N9_JANUARY + "&ticket=" + ticket)))) {
            assertThat(events.next().path("code").asText()).isEqualTo("N9");
        }
    }

    @Test
    void aStreamIsRefusedLikeTheTableItShows() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> forbidden = client.send(HttpRequest.newBuilder(URI.create(base + N9_JANUARY))
                .header("Authorization", "Bearer " + Tokens.NETWORK_N1).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith(Problem.MEDIA_TYPE));
        HttpResponse<String> badTicket = client.send(HttpRequest.newBuilder(URI.create(base + N9_JANUARY
                + "&ticket=forged.ticket")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badTicket.statusCode()).isEqualTo(401);
        HttpResponse<String> badPeriod = client.send(HttpRequest.newBuilder(URI.create(base
                        + "v1/networks/N9/league-table/stream?period=soon"))
                .header("Authorization", "Bearer " + Tokens.NETWORK_N9).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badPeriod.statusCode()).isEqualTo(400);
    }

    private static long l1Met(JsonNode table) {
        for (JsonNode row : table.path("rows")) {
            if (row.path("trust").asText().equals("L1")) {
                return row.path("measures").get(0).path("met").asLong();
            }
        }
        throw new AssertionError("no L1 row in " + table);
    }

    private static Events open(HttpRequest.Builder request) throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                request.header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Events(response.body());
    }

    /** The data of each 'league-table' event, read on a thread of its own. */
    private static final class Events implements AutoCloseable {

        private final InputStream body;
        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

        Events(InputStream body) {
            this.body = body;
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String event = null;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("event:")) {
                            event = line.substring("event:".length()).trim();
                        } else if (line.startsWith("data:") && "league-table".equals(event)) {
                            data.add(line.substring("data:".length()).trim());
                        }
                    }
                } catch (java.io.IOException e) {
                    // Closed by the test.
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        JsonNode next() throws Exception {
            String json = data.poll(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(json).as("a league-table event").isNotNull();
            return JSON.readTree(json);
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
