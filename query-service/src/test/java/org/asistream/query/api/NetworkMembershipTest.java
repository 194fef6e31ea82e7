package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Fixture;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewTopicsWriter;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.asistream.schemas.reference.ReferenceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A trust counts under the network it belonged to on each date; a changed membership re-attributes the past. */
@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class NetworkMembershipTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void aTrustThatMovedNetworkCountsInTheOldNetworkBeforeTheMoveAndInTheNewOneAfter() {
        // T03 moved from N1 to N2 on 2011-01-01: 2010-06-15 (10/10) and 2010-12-31 (5/0) stay in N1.
        as(Tokens.NATIONAL).get("/v1/networks/N1/measures?period=FY2010").then()
                .body("measures.find { it.measure == '4a' }.met", equalTo(89))
                .body("measures.find { it.measure == '4a' }.notMet", equalTo(37));
        as(Tokens.NATIONAL).get("/v1/networks/N2/measures?period=FY2010").then()
                .body("measures.find { it.measure == '4a' }.met", equalTo(27))
                .body("measures.find { it.measure == '4a' }.notMet", equalTo(8));
    }

    @Test
    void aRegionCountsAMovedTrustOnceWhenBothNetworksAreInIt() {
        as(Tokens.NATIONAL).get("/v1/regions/R1/measures?period=FY2010").then()
                .body("measures.find { it.measure == '4a' }.met", equalTo(116))
                .body("measures.find { it.measure == '4a' }.notMet", equalTo(45));
    }

    @Test
    void aLeagueTableShowsTheTrustsThatBelongedDuringThePeriod() {
        as(Tokens.NATIONAL).get("/v1/networks/N1/league-table?period=2011-Q1&measure=4a").then()
                .body("rows.trust", contains("T01", "T02", "T04"));
        as(Tokens.NATIONAL).get("/v1/networks/N2/league-table?period=2011-Q1&measure=4a").then()
                .body("rows.trust", contains("T03", "T05"));
        as(Tokens.NATIONAL).get("/v1/networks/N2/league-table?period=2010-Q4&measure=4a").then()
                .body("rows.trust", contains("T05"));
    }

    @Test
    void aMembershipChangeLoadedLaterReattributesPastDays() {
        // M1 moved from N7 to N8 on 2011-01-01 (2010-12-31 4/0 in N7, 2011-01-15 6/0 in N8) ...
        as(Tokens.NATIONAL).get("/v1/networks/N7/measures?period=FY2010").then()
                .body("measures.find { it.measure == '4a' }.met", equalTo(4));
        // ... and the registry now says it moved on 2011-02-01.
        try (ViewTopicsWriter writer = Api.writer()) {
            writer.reference(new ReferenceData(List.of(), List.of(), List.of(Fixture.m1MovingOn(LocalDate.of(2011, 2, 1)))));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as(Tokens.NATIONAL).get("/v1/networks/N7/measures?period=FY2010").then()
                        .body("measures.find { it.measure == '4a' }.met", equalTo(10)));
        as(Tokens.NATIONAL).get("/v1/networks/N8/measures?period=FY2010").then()
                .body("measures.find { it.measure == '4a' }.met", equalTo(0));
        as(Tokens.NATIONAL).get("/v1/regions/R2/measures?period=FY2010").then()
                .body("measures.find { it.measure == '4a' }.met", equalTo(11));
    }
}
