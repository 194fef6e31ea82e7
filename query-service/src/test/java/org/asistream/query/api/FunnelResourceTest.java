package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.asistream.query.statistics.FunnelLimits;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class FunnelResourceTest {

    private static final double N1_MEAN = 89.0 / 126;

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void theFunnelHasEachTrustsRateAndDenominatorAndThePooledMean() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/funnel?measure=4a&period=FY2010").then()
                .statusCode(200)
                .body("measure", equalTo("4a"))
                .body("target", closeTo(0.5, 1e-12))
                .body("mean", closeTo(N1_MEAN, 1e-12))
                .body("trusts", hasSize(4))
                .body("trusts.find { it.trust == 'T03' }.denominator", equalTo(25))
                .body("trusts.find { it.trust == 'T03' }.rate", closeTo(0.6, 1e-12))
                // Every published rate carries its Wilson score 95% interval: 15 of 25.
                .body("trusts.find { it.trust == 'T03' }.ciLow", closeTo(0.40739, 1e-5))
                .body("trusts.find { it.trust == 'T03' }.ciHigh", closeTo(0.76597, 1e-5));
    }

    @Test
    void theLimitsAreTheExactBinomialLimitsAroundTheMeanUpToTheLargestDenominator() {
        JsonPath funnel = as(Tokens.NETWORK_N1).get("/v1/networks/N1/funnel?measure=4a&period=FY2010").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> limits = funnel.getList("limits");
        assertThat(limits).hasSize(48);
        FunnelLimits at25 = FunnelLimits.at(N1_MEAN, 25);
        Map<String, Object> served = limits.get(24);
        assertThat(served.get("denominator")).isEqualTo(25);
        assertThat(((Number) served.get("lower95")).doubleValue()).isEqualTo(at25.lower95());
        assertThat(((Number) served.get("upper998")).doubleValue()).isEqualTo(at25.upper998());
    }

    @Test
    void eachTrustIsPlacedAgainstTheLimitsAtItsOwnDenominator() {
        JsonPath funnel = as(Tokens.NETWORK_N1).get("/v1/networks/N1/funnel?measure=4a&period=FY2010").then()
                .extract().jsonPath();
        FunnelLimits at5 = FunnelLimits.at(N1_MEAN, 5);
        String expected = 0.4 < at5.lower998() ? "BELOW_99_8" : 0.4 < at5.lower95() ? "BELOW_95" : "WITHIN_95";
        assertThat(funnel.getString("trusts.find { it.trust == 'T04' }.signal")).isEqualTo(expected);
        assertThat(funnel.getString("trusts.find { it.trust == 'T01' }.signal")).isEqualTo("WITHIN_95");
    }

    @Test
    void aMeasureWithNoDecidedEpisodeHasNoMeanAndNoLimits() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/funnel?measure=6&period=FY2010").then()
                .statusCode(200)
                .body("mean", equalTo(null))
                .body("limits", hasSize(0))
                .body("trusts[0].signal", equalTo(null));
    }

    @Test
    void thePlotCarriesItsTrustsDataQualityBesideIt() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/funnel?measure=4a&period=2010-04").then()
                .statusCode(200)
                .body("dataQuality.incompleteEpisodes", equalTo(2))
                .body("dataQuality.missingFacts.BRAIN_IMAGING", equalTo(1))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.eventsReceived", equalTo(500));
    }
}
