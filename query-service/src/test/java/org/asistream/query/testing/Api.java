package org.asistream.query.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Helpers shared by the API tests. */
public final class Api {

    /** JSON numbers are compared as doubles, as the service computes them, not as floats. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {
    }

    /** A request with a bearer token. */
    public static RequestSpecification as(String token) {
        return given().config(DOUBLES).header("Authorization", "Bearer " + token);
    }

    /** The views load in the background after startup; tests read them once they have caught up. */
    public static void awaitViewsLoaded() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }

    public static ViewTopicsWriter writer() {
        return new ViewTopicsWriter(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
}
