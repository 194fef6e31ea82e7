package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class LeagueTableResourceTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void aNetworksTrustsAreRankedPerMeasureWithTiesSharingTheBestRank() {
        // FY2010 4a in N1: T01 36/48, T02 36/48, T03 15/25 (its days in N1), T04 2/5.
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/league-table?period=FY2010&measure=4a").then()
                .statusCode(200)
                .body("level", equalTo("networks"))
                .body("code", equalTo("N1"))
                .body("measure", equalTo("4a"))
                .body("rows.trust", contains("T01", "T02", "T03", "T04"))
                .body("rows[0].measures", hasSize(1))
                .body("rows.find { it.trust == 'T01' }.measures[0].rank", equalTo(1))
                .body("rows.find { it.trust == 'T02' }.measures[0].rank", equalTo(1))
                .body("rows.find { it.trust == 'T03' }.measures[0].rank", equalTo(3))
                .body("rows.find { it.trust == 'T03' }.measures[0].met", equalTo(15))
                .body("rows.find { it.trust == 'T03' }.measures[0].notMet", equalTo(10));
    }

    @Test
    void aTrustUnderTwentyInTheDenominatorIsShownMarkedAndNotRanked() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/league-table?period=FY2010&measure=4a").then()
                .body("rows.find { it.trust == 'T04' }.measures[0].rank", nullValue())
                .body("rows.find { it.trust == 'T04' }.measures[0].tooFewToRank", equalTo(true))
                .body("rows.find { it.trust == 'T04' }.measures[0].rate", closeTo(0.4, 1e-12))
                .body("rows.find { it.trust == 'T04' }.overall.rank", nullValue());
    }

    @Test
    void theOverallRankingCountsMeasuresAtTargetThenTheMeanRate() {
        // T01: 4a 0.75 and 2 1.0, both at target. T02: 4a at target, 2 at 0.5 below its 0.9 (one at target, mean
        // 0.625). T03: 4a 0.6 at target (one at target, mean 0.6). T04: nothing rankable.
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/league-table?period=FY2010").then()
                .statusCode(200)
                .body("measure", nullValue())
                .body("rows.trust", contains("T01", "T02", "T03", "T04"))
                .body("rows[0].measures", hasSize(10))
                .body("rows.find { it.trust == 'T01' }.overall.rank", equalTo(1))
                .body("rows.find { it.trust == 'T01' }.overall.measuresAtTarget", equalTo(2))
                .body("rows.find { it.trust == 'T01' }.overall.measuresRanked", equalTo(2))
                .body("rows.find { it.trust == 'T02' }.overall.rank", equalTo(2))
                .body("rows.find { it.trust == 'T02' }.overall.meanRate", closeTo(0.625, 1e-12))
                .body("rows.find { it.trust == 'T03' }.overall.rank", equalTo(3))
                .body("rows.find { it.trust == 'T01' }.esdTeam", equalTo(true));
    }

    @Test
    void aRegionsAndTheNationsTablesRankEveryTrustInThem() {
        as(Tokens.REGION_R1).get("/v1/regions/R1/league-table?period=FY2010&measure=4a").then()
                .statusCode(200)
                .body("rows.trust", contains("T05", "T01", "T02", "T03", "T04"))
                // T03 counts whole in R1: both its networks are in R1 (22/35).
                .body("rows.find { it.trust == 'T03' }.measures[0].met", equalTo(22));
        as(Tokens.NATIONAL).get("/v1/nation/league-table?period=FY2010&measure=4a").then()
                .statusCode(200)
                .body("level", equalTo("nation"))
                .body("rows", hasSize(9));
    }

    @Test
    void aTrustHasNoLeagueTable() {
        as(Tokens.NATIONAL).get("/v1/trusts/T01/league-table?period=FY2010").then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theTableCarriesItsTrustsDataQualityBesideIt() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/league-table?period=2010-04&measure=4a").then()
                .statusCode(200)
                .body("dataQuality.incompleteEpisodes", equalTo(2))
                .body("dataQuality.deadLetters", equalTo(3))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.newestReceivedAt", equalTo("2011-03-20T10:00:05Z"))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.deadLetters", equalTo(3));
    }
}
