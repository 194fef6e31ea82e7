package org.asistream.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.avro.PathwayEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 8, fault 4 (scaling the read side): two query-service instances on the same cluster, one started before the
 * views were computed and one after, must give identical answers once both have caught up: league tables of every
 * network and the nation's measures, with a NATIONAL token.
 */
class QueryInstancesAgreeIT {

    private static final long SEED = Long.getLong("asi.faults.seed", 20110401L) + 4;
    private static final int EVENTS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void twoQueryInstancesGiveIdenticalAnswersOnceCaughtUp() throws Exception {
        List<PathwayEvent> events = Episodes.realistic(SEED, EVENTS);
        try (FaultPlatform platform = FaultPlatform.start("query-instances-agree")) {
            Service early = platform.query("query-service-a").start();
            Service stream = platform.measuresStream("measures-stream", platform.dir().resolve("measures-stream-state"), Map.of()).start();
            early.awaitReady();
            stream.awaitReady();

            EventLog log = new EventLog(platform.cluster());
            log.write(events);
            log.awaitCaughtUp(FaultPlatform.APPLICATION_ID, Duration.ofMinutes(5));
            // Without the stream the views (and the platform clock) stand still, so "caught up" has one answer.
            stream.stop();
            Service late = platform.query("query-service-b").start().awaitReady();
            Log.say("views computed from %,d events; the stream stopped; two query-service instances ready", events.size());

            List<String> paths = new ArrayList<>();
            paths.add("/v1/nation/measures?period=FY2010");
            paths.add("/v1/nation/measures?period=2010-Q2");
            platform.reference().networks().forEach(network ->
                    paths.add("/v1/networks/" + network.getCode() + "/league-table?period=FY2010"));
            platform.reference().regions().forEach(region ->
                    paths.add("/v1/regions/" + region.getCode() + "/league-table?period=2010-05"));
            String token = platform.nationalToken();

            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            Map<String, String> fromEarly = answers(early, paths, token);
            Map<String, String> fromLate = answers(late, paths, token);
            while (!fromEarly.equals(fromLate) && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                fromEarly = answers(early, paths, token);
                fromLate = answers(late, paths, token);
            }
            for (String path : paths) {
                assertThat(fromLate.get(path)).as("GET %s from both instances", path).isEqualTo(fromEarly.get(path));
            }
            JsonNode nation = JSON.readTree(fromEarly.get(paths.get(0)));
            long decided = 0;
            for (JsonNode measure : nation.path("measures")) {
                decided += measure.path("met").asLong() + measure.path("notMet").asLong();
            }
            assertThat(decided).as("the nation's FY2010 measures count the events' episodes").isGreaterThan(0);
            Log.say("both instances answered %d requests identically (nation FY2010: %,d decided outcomes, asOf %s)",
                    paths.size(), decided, nation.path("asOf").asText());
        }
    }

    private static Map<String, String> answers(Service query, List<String> paths, String token) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(query.baseUrl() + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s GET %s: %s", query.name(), path, response.body()).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }
}
