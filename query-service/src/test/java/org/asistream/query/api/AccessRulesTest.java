package org.asistream.query.api;

import static io.restassured.RestAssured.given;
import static org.asistream.query.testing.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may read what. "Totals" resources (measures, trajectory) need the organisation or an aggregate above the
 * caller's own; "trusts" resources (league table, funnel, stream) need the organisation itself or one below.
 */
@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class AccessRulesTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @ParameterizedTest(name = "{0} reading {1} gets {2}")
    @CsvSource({
            // NATIONAL sees everything.
            "national-secret,   /v1/trusts/T06/measures?period=FY2010,                200",
            "national-secret,   /v1/regions/R2/league-table?period=FY2010,            200",
            "national-secret,   /v1/nation/funnel?measure=4a&period=FY2010,           200",
            // REGION: its region, networks and trusts; the nation's totals only.
            "region-r1-secret,  /v1/regions/R1/league-table?period=FY2010,            200",
            "region-r1-secret,  /v1/networks/N2/funnel?measure=4a&period=FY2010,      200",
            "region-r1-secret,  /v1/trusts/T05/measures?period=FY2010,                200",
            "region-r1-secret,  /v1/nation/measures?period=FY2010,                    200",
            "region-r1-secret,  /v1/nation/league-table?period=FY2010,                403",
            "region-r1-secret,  /v1/regions/R2/measures?period=FY2010,                403",
            "region-r1-secret,  /v1/networks/N3/measures?period=FY2010,               403",
            "region-r1-secret,  /v1/trusts/T06/measures?period=FY2010,                403",
            // NETWORK: its network and trusts (also one that has since moved away); totals of its region and the nation.
            "network-n1-secret, /v1/networks/N1/league-table?period=FY2010,           200",
            "network-n1-secret, /v1/trusts/T02/trajectory?measure=4a,                 200",
            "network-n1-secret, /v1/trusts/T03/measures?period=2011-Q1,               200",
            "network-n1-secret, /v1/regions/R1/measures?period=FY2010,                200",
            "network-n1-secret, /v1/regions/R1/trajectory?measure=4a,                 200",
            "network-n1-secret, /v1/nation/measures?period=FY2010,                    200",
            "network-n1-secret, /v1/regions/R1/league-table?period=FY2010,            403",
            "network-n1-secret, /v1/nation/funnel?measure=4a&period=FY2010,           403",
            "network-n1-secret, /v1/networks/N2/measures?period=FY2010,               403",
            "network-n1-secret, /v1/trusts/T05/measures?period=FY2010,                403",
            "network-n1-secret, /v1/regions/R2/measures?period=FY2010,                403",
            // TRUST: itself; totals of its network, region and the nation.
            "trust-t01-secret,  /v1/trusts/T01/measures?period=FY2010,                200",
            "trust-t01-secret,  /v1/trusts/T01/funnel?measure=4a&period=FY2010,       200",
            "trust-t01-secret,  /v1/networks/N1/measures?period=FY2010,               200",
            "trust-t01-secret,  /v1/regions/R1/trajectory?measure=4a,                 200",
            "trust-t01-secret,  /v1/nation/measures?period=FY2010,                    200",
            "trust-t01-secret,  /v1/networks/N1/league-table?period=FY2010,           403",
            "trust-t01-secret,  /v1/networks/N1/funnel?measure=4a&period=FY2010,      403",
            "trust-t01-secret,  /v1/trusts/T02/measures?period=FY2010,                403",
            "trust-t01-secret,  /v1/networks/N2/measures?period=FY2010,               403",
    })
    void accessFollowsTheTokensOrganisation(String token, String path, int status) {
        as(token).get(path).then().statusCode(status);
    }

    @Test
    void aRefusalIsAProblemDocumentSayingWhy() {
        as(Tokens.TRUST_T01).get("/v1/networks/N1/league-table?period=FY2010").then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("detail", containsString("only the totals of network N1"))
                .body("instance", equalTo("/v1/networks/N1/league-table"));
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        given().get("/v1/nation/measures?period=FY2010").then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void anUnknownTokenIs401() {
        as("not-a-token").get("/v1/nation/measures?period=FY2010").then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/v1/nation/measures?period=FY2010").then()
                .statusCode(401);
    }

    @Test
    void aStreamTicketOpensNothingButStreams() {
        String ticket = as(Tokens.NATIONAL).post("/v1/stream-tickets").then().statusCode(200)
                .extract().path("ticket");
        given().get("/v1/nation/measures?period=FY2010&ticket=" + ticket).then().statusCode(401);
    }

    @Test
    void unknownOrganisationsAndLevelsAre404() {
        as(Tokens.NATIONAL).get("/v1/trusts/T99/measures?period=FY2010").then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("T99"));
        as(Tokens.NATIONAL).get("/v1/hospitals/T01/measures?period=FY2010").then()
                .statusCode(404)
                .body("detail", containsString("trusts, networks or regions"));
        as(Tokens.NATIONAL).get("/v1/no/such/path/here").then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void meListsWhatTheTokenMayOpen() {
        as(Tokens.NETWORK_N1).get("/v1/me").then()
                .statusCode(200)
                .body("role", equalTo("NETWORK"))
                .body("org", equalTo("N1"))
                .body("name", equalTo("Northern Stroke Network"))
                .body("organisations.find { it.code == 'N1' }.sight", equalTo("ALL"))
                .body("organisations.find { it.code == 'R1' }.sight", equalTo("TOTALS"))
                .body("organisations.find { it.level == 'nation' }.sight", equalTo("TOTALS"))
                .body("organisations.find { it.code == 'N2' }", equalTo(null));
    }
}
