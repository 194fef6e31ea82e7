package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Periods as the API reads them: quarters and financial years are sums of months; rolling windows end with asOf. */
@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class PeriodsTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void aQuarterIsTheSumOfItsThreeMonths() {
        long[] quarter = counts("networks/N1", "2010-Q4", "4a");
        long[] months = sum(counts("networks/N1", "2010-10", "4a"), counts("networks/N1", "2010-11", "4a"),
                counts("networks/N1", "2010-12", "4a"));
        assertThat(quarter).containsExactly(months);
        // T01 and T02 3/1 each month, T03 5/0 on 2010-12-31.
        assertThat(quarter).containsExactly(23, 6, 0, 0);
    }

    @Test
    void aFinancialYearIsTheSumOfItsTwelveMonthsFromApril() {
        long[] total = new long[4];
        for (String month : List.of("2010-04", "2010-05", "2010-06", "2010-07", "2010-08", "2010-09", "2010-10",
                "2010-11", "2010-12", "2011-01", "2011-02", "2011-03")) {
            total = sum(total, counts("networks/N1", month, "4a"));
        }
        assertThat(counts("networks/N1", "FY2010", "4a")).containsExactly(total);
        assertThat(total).containsExactly(89, 37, 0, 0);
    }

    @Test
    void theLast30DaysAreTheThirtyDatesEndingWithAsOfsDate() {
        // asOf 2011-03-20: 2011-02-19 (2) and 2011-03-20 (4) are in; 2011-02-18 (1) and 2011-03-21 (8) are not.
        as(Tokens.NATIONAL).get("/v1/trusts/T01/measures?period=last-30-days").then()
                .statusCode(200)
                .body("period.firstDay", equalTo("2011-02-19"))
                .body("period.lastDay", equalTo("2011-03-20"))
                .body("measures.find { it.measure == '7' }.met", equalTo(6));
    }

    @Test
    void theLast12MonthsAreTheTwelveCalendarMonthsEndingWithAsOfsMonth() {
        as(Tokens.NATIONAL).get("/v1/trusts/T01/measures?period=last-12-months").then()
                .statusCode(200)
                .body("period.firstDay", equalTo("2010-04-01"))
                .body("period.lastDay", equalTo("2011-03-31"))
                .body("measures.find { it.measure == '7' }.met", equalTo(15))
                .body("measures.find { it.measure == '4a' }.met", equalTo(36));
    }

    @Test
    void asOfIsTheEarliestOfThePartitionClocks() {
        as(Tokens.NATIONAL).get("/v1/nation/measures?period=2011-03").then()
                .body("asOf", equalTo("2011-03-20T12:00:00Z"))
                .body("asOfSource", equalTo("platform-clock"));
    }

    @Test
    void aPeriodInNoAcceptedFormIsABadRequestNamingTheForms() {
        as(Tokens.NATIONAL).get("/v1/nation/measures?period=2011-13").then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", allOf(containsString("2011-03"), containsString("2011-Q1"),
                        containsString("FY2010"), containsString("last-30-days"), containsString("last-12-months")));
        as(Tokens.NATIONAL).get("/v1/nation/measures").then().statusCode(400);
    }

    private static long[] counts(String organisation, String period, String measure) {
        JsonPath answer = as(Tokens.NATIONAL).get("/v1/" + organisation + "/measures?period=" + period).then()
                .statusCode(200).extract().jsonPath();
        String entry = "measures.find { it.measure == '" + measure + "' }.";
        return new long[] {answer.getLong(entry + "met"), answer.getLong(entry + "notMet"),
                answer.getLong(entry + "pending"), answer.getLong(entry + "excluded")};
    }

    private static long[] sum(long[]... counts) {
        long[] total = new long[4];
        for (long[] each : counts) {
            for (int i = 0; i < 4; i++) {
                total[i] += each[i];
            }
        }
        return total;
    }
}
