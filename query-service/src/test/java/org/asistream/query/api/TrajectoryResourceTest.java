package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
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
class TrajectoryResourceTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void eachMonthIsMarkedAgainstTheLineFromTheBaselineRateToTheTarget() {
        // N1 measure 2 is 3/4 = 0.75 every month; the line climbs from 0.75 (2010-04) to 0.9 (2011-04).
        as(Tokens.REGION_R1).get("/v1/networks/N1/trajectory?measure=2&from=2010-04&to=2011-03"
                        + "&baseline=2010-04&aspiration=2011-04").then()
                .statusCode(200)
                .body("measure", equalTo("2"))
                .body("target", closeTo(0.9, 1e-12))
                .body("baselineRate", closeTo(0.75, 1e-12))
                .body("months", hasSize(12))
                .body("months[0].month", equalTo("2010-04"))
                .body("months[0].rate", closeTo(0.75, 1e-12))
                .body("months[0].onTrajectory", equalTo(true))
                .body("months[6].month", equalTo("2010-10"))
                .body("months[6].trajectory", closeTo(0.825, 1e-12))
                .body("months[6].onTrajectory", equalTo(false))
                .body("undefinedReason", nullValue());
    }

    @Test
    void aBaselineAlreadyAtTargetGivesAFlatLineAtTheTarget() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/trajectory?measure=4a&from=2010-04&to=2011-03").then()
                .statusCode(200)
                .body("baseline", equalTo("2010-04"))
                .body("aspiration", equalTo("2011-04"))
                .body("months.trajectory", everyItem(closeTo(0.5, 1e-12)))
                .body("months.find { it.month == '2010-06' }.met", equalTo(16))
                .body("months.find { it.month == '2010-06' }.notMet", equalTo(12));
    }

    @Test
    void withoutFromAndToTheTrajectoryCoversTheTwelveMonthsEndingWithAsOf() {
        as(Tokens.NATIONAL).get("/v1/nation/trajectory?measure=4a").then()
                .statusCode(200)
                .body("from", equalTo("2010-04"))
                .body("to", equalTo("2011-03"))
                .body("months", hasSize(12));
    }

    @Test
    void anAspirationThatHasPassedMakesTheTargetItselfTheTrajectory() {
        // As the live platform asks by default: its months are years after the April 2011 aspiration.
        as(Tokens.REGION_R1).get("/v1/networks/N1/trajectory?measure=2&from=2010-04&to=2011-03"
                        + "&aspiration=2009-04").then()
                .statusCode(200)
                .body("baselineRate", closeTo(0.75, 1e-12))
                .body("months.trajectory", everyItem(closeTo(0.9, 1e-12)))
                .body("months[0].onTrajectory", equalTo(false))
                .body("undefinedReason", nullValue());
    }

    @Test
    void withoutABaselineTheFirstMonthWithARateIsTheBaseline() {
        // T06's only 4a figures are in August 2010: a platform with recent data only still gets a trajectory.
        as(Tokens.NATIONAL).get("/v1/trusts/T06/trajectory?measure=4a&from=2010-04&to=2010-09").then()
                .statusCode(200)
                .body("baseline", equalTo("2010-08"))
                .body("baselineRate", closeTo(1.0, 1e-12))
                .body("undefinedReason", nullValue());
        as(Tokens.NATIONAL).get("/v1/trusts/T06/trajectory?measure=4a&from=2010-04&to=2010-06").then()
                .statusCode(200)
                .body("baseline", equalTo("2010-04"))
                .body("undefinedReason", containsString("2010-04"));
    }

    @Test
    void aBaselineWithoutARateLeavesTheTrajectoryUndefinedAndSaysWhy() {
        as(Tokens.NATIONAL).get("/v1/trusts/T06/trajectory?measure=4a&from=2010-04&to=2010-09&baseline=2010-04").then()
                .statusCode(200)
                .body("baselineRate", nullValue())
                .body("months.trajectory", everyItem(nullValue()))
                .body("undefinedReason", containsString("2010-04"));
    }

    @Test
    void aBaselineOutsideTheMonthsIsABadRequest() {
        as(Tokens.NATIONAL).get("/v1/nation/trajectory?measure=4a&from=2010-04&to=2011-03&baseline=2009-04").then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("baseline"));
        as(Tokens.NATIONAL).get("/v1/nation/trajectory?measure=4a&from=April").then()
                .statusCode(400)
                .body("detail", containsString("yyyy-MM"));
        as(Tokens.NATIONAL).get("/v1/nation/trajectory").then()
                .statusCode(400)
                .body("detail", containsString("4a"));
    }

    @Test
    void theTrajectoryCarriesDataQualityOverItsMonths() {
        as(Tokens.NETWORK_N1).get("/v1/networks/N1/trajectory?measure=4a&from=2010-04&to=2010-04").then()
                .statusCode(200)
                .body("dataQuality.incompleteEpisodes", equalTo(2))
                .body("dataQuality.deadLetters", equalTo(3))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.newestReceivedAt", equalTo("2011-03-20T10:00:05Z"));
    }

    @Test
    void aCallerWhoSeesOnlyTotalsGetsTheTrajectorysDataQualityWithoutTrusts() {
        as(Tokens.TRUST_T01).get("/v1/networks/N1/trajectory?measure=4a&from=2010-04&to=2010-04").then()
                .statusCode(200)
                .body("dataQuality.deadLetters", equalTo(3))
                .body("dataQuality.trusts", empty());
    }
}
