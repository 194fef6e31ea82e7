package org.asistream.query.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.asistream.kafka.FreePort;
import org.junit.jupiter.api.Test;

/** Before the views have loaded (here: Kafka never answers) the API says so at once rather than waiting. */
@QuarkusTest
@TestProfile(NotReadyTest.NoKafka.class)
class NotReadyTest {

    static final String TOKEN = "national-while-loading";

    public static class NoKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path credentials = Files.createTempFile("credentials", ".json");
                credentials.toFile().deleteOnExit();
                Files.writeString(credentials, "{\"tokens\": [{\"token\": \"" + TOKEN + "\", \"role\": \"NATIONAL\"}]}");
                return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + FreePort.find(),
                        "asi.credentials.file", credentials.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void readsAnswer503WithRetryAfterWhileTheViewsLoad() {
        given().header("Authorization", "Bearer " + TOKEN).get("/v1/nation/measures?period=FY2010").then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "2")
                .body("status", equalTo(503));
        given().header("Authorization", "Bearer " + TOKEN).get("/v1/me").then().statusCode(503);
    }

    @Test
    void readinessIsDownWhileTheViewsLoad() {
        given().get("/q/health/ready").then()
                .statusCode(503)
                .body("checks.find { it.name == 'views caught up' }.status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
    }
}
