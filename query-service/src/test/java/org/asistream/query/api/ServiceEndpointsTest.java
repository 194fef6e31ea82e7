package org.asistream.query.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenAPI, health and metrics. */
@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class ServiceEndpointsTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void theOpenApiDocumentHasEveryResourceWithItsErrors() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/v1/{level}/{code}/measures"))
                .body("paths", hasKey("/v1/nation/measures"))
                .body("paths", hasKey("/v1/{level}/{code}/league-table"))
                .body("paths", hasKey("/v1/nation/league-table"))
                .body("paths", hasKey("/v1/{level}/{code}/league-table/stream"))
                .body("paths", hasKey("/v1/{level}/{code}/trajectory"))
                .body("paths", hasKey("/v1/{level}/{code}/funnel"))
                .body("paths", hasKey("/v1/stream-tickets"))
                .body("paths", hasKey("/v1/me"))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses", hasKey("401"))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses", hasKey("403"))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses", hasKey("404"))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses", hasKey("400"))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses", hasKey("503"))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses.'403'.'$ref'",
                        equalTo("#/components/responses/Forbidden"))
                .body("components.responses.Forbidden.content", hasKey(Problem.MEDIA_TYPE))
                .body("paths.'/v1/{level}/{code}/measures'.get.responses.'200'.content", hasKey("text/csv"))
                .body("components.securitySchemes", hasKey("bearer"));
    }

    @Test
    void readinessIsUpOnceTheViewsHaveCaughtUp() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'views caught up' }.status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsIncludeTheViewsAndTheRequests() {
        given().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("asi_query_views_caught_up 1.0"))
                .body(containsString("asi_query_view_records_total{topic=\"asi.views.trust-day.v1\"}"))
                .body(containsString("asi_query_league_table_streams"));
    }

    @Test
    void theDashboardAndItsChartingLibraryAreServed() {
        given().get("/").then().statusCode(200).body(containsString("ASI Stream"));
        given().get("/webjars/echarts/dist/echarts.min.js").then().statusCode(200);
    }
}
