package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class MeasuresResourceTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void aTrustsMeasuresCarryCountsRateIntervalTargetAndRange() {
        as(Tokens.NATIONAL).get("/v1/trusts/T01/measures?period=FY2010").then()
                .statusCode(200)
                .contentType("application/json")
                .body("level", equalTo("trusts"))
                .body("code", equalTo("T01"))
                .body("name", equalTo("Aire Valley Hospitals"))
                .body("period.label", equalTo("FY2010"))
                .body("period.firstDay", equalTo("2010-04-01"))
                .body("period.lastDay", equalTo("2011-03-31"))
                .body("asOf", equalTo("2011-03-20T12:00:00Z"))
                .body("asOfSource", equalTo("platform-clock"))
                .body("measures", hasSize(10))
                .body("measures.find { it.measure == '4a' }.met", equalTo(36))
                .body("measures.find { it.measure == '4a' }.notMet", equalTo(12))
                .body("measures.find { it.measure == '4a' }.rate", closeTo(0.75, 1e-12))
                // Wilson 95% for 36/48.
                .body("measures.find { it.measure == '4a' }.ciLow", closeTo(0.6122, 1e-4))
                .body("measures.find { it.measure == '4a' }.ciHigh", closeTo(0.8508, 1e-4))
                .body("measures.find { it.measure == '4a' }.target", closeTo(0.5, 1e-12))
                .body("measures.find { it.measure == '4a' }.atTarget", equalTo(true))
                .body("measures.find { it.measure == '4a' }.tooFewToRank", equalTo(false))
                .body("measures.find { it.measure == '2' }.pending", equalTo(12))
                .body("measures.find { it.measure == '2' }.rangeLow", closeTo(24.0 / 36, 1e-12))
                .body("measures.find { it.measure == '2' }.rangeHigh", closeTo(1.0, 1e-12))
                .body("measures.find { it.measure == '1' }.rate", nullValue())
                .body("measures.find { it.measure == '1' }.tooFewToRank", equalTo(true));
    }

    @Test
    void measureNineOfATrustSaysWhetherItRunsAnEsdTeam() {
        as(Tokens.NATIONAL).get("/v1/trusts/T01/measures?period=FY2010").then()
                .body("measures.find { it.measure == '9' }.esdTeam", equalTo(true))
                .body("measures.find { it.measure == '8' }", not(org.hamcrest.Matchers.hasKey("esdTeam")));
        as(Tokens.NATIONAL).get("/v1/trusts/T02/measures?period=FY2010").then()
                .body("measures.find { it.measure == '9' }.esdTeam", equalTo(false));
        as(Tokens.NATIONAL).get("/v1/networks/N1/measures?period=FY2010").then()
                .body("measures.find { it.measure == '9' }", not(org.hamcrest.Matchers.hasKey("esdTeam")));
    }

    @Test
    void imagingFiguresComeFromTheMinuteHistogramsAndCounts() {
        as(Tokens.NATIONAL).get("/v1/trusts/T01/measures?period=2010-04").then()
                .statusCode(200)
                // door to scan: 20, 30, 30, 45, 70, 200 minutes.
                .body("imaging.doorToScanMinutes.episodes", equalTo(6))
                .body("imaging.doorToScanMinutes.median", equalTo(30))
                .body("imaging.doorToScanMinutes.p90", equalTo(200))
                .body("imaging.scannedWithinHourInHours.numerator", equalTo(3))
                .body("imaging.scannedWithinHourInHours.denominator", equalTo(4))
                .body("imaging.scannedWithinHourInHours.rate", closeTo(0.75, 1e-12))
                // Every published rate carries its Wilson score 95% interval: 3 of 4.
                .body("imaging.scannedWithinHourInHours.ciLow", closeTo(0.30064, 1e-5))
                .body("imaging.scannedWithinHourInHours.ciHigh", closeTo(0.95441, 1e-5))
                .body("imaging.scannedWithinHourOutOfHours.rate", closeTo(0.5, 1e-12))
                .body("imaging.scanToReportMinutes.median", equalTo(15))
                .body("imaging.scanToReportMinutes.p90", equalTo(40))
                .body("imaging.thrombolysis.rate", closeTo(0.5, 1e-12))
                .body("imaging.doorToNeedleMinutes.median", equalTo(50))
                .body("imaging.tiaHighRiskScannedWithin2Hours.rate", closeTo(0.4, 1e-12))
                .body("imaging.tiaHighRiskScannedWithin6Hours.rate", closeTo(0.8, 1e-12))
                .body("imaging.tiaHighRiskInvestigatedWithMri.rate", closeTo(0.2, 1e-12));
    }

    @Test
    void imagingWithoutEpisodesHasNoMedianAndNoRate() {
        as(Tokens.NATIONAL).get("/v1/trusts/T02/measures?period=2010-04").then()
                .body("imaging.doorToScanMinutes.episodes", equalTo(0))
                .body("imaging.doorToScanMinutes.median", nullValue())
                .body("imaging.thrombolysis.rate", nullValue())
                .body("imaging.thrombolysis.ciLow", nullValue())
                .body("imaging.thrombolysis.ciHigh", nullValue());
    }

    @Test
    void theTariffIsReportedInPounds() {
        as(Tokens.NATIONAL).get("/v1/trusts/T01/measures?period=2010-04").then()
                .body("tariff.episodes", equalTo(3))
                .body("tariff.earned", closeTo(1626.00, 1e-9))
                .body("tariff.forgone", closeTo(92.00, 1e-9))
                .body("tariff.currency", equalTo("GBP"));
    }

    @Test
    void dataQualityShowsFreshnessCompletenessAndDeadLettersPerTrust() {
        as(Tokens.NATIONAL).get("/v1/networks/N1/measures?period=2010-04").then()
                .body("dataQuality.incompleteEpisodes", equalTo(2))
                .body("dataQuality.missingFacts.BRAIN_IMAGING", equalTo(1))
                .body("dataQuality.deadLetters", equalTo(3))
                .body("dataQuality.deadLetterReasons.'unknown trust'", equalTo(1))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.newestReceivedAt",
                        equalTo("2011-03-20T10:00:05Z"))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.eventsReceived", equalTo(500))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.deadLetterReasons."
                        + "'duplicate event id with different content'", equalTo(2))
                .body("dataQuality.trusts.find { it.trust == 'T02' }.newestReceivedAt", nullValue());
    }

    @Test
    void dataQualityShowsTheRequestsTheIngestServiceRefusedPerTrustWithReasons() {
        as(Tokens.NATIONAL).get("/v1/networks/N1/measures?period=2010-04").then()
                .body("dataQuality.rejectedRequests", equalTo(4))
                .body("dataQuality.rejectedEvents", equalTo(7))
                .body("dataQuality.rejectionReasons.'invalid-events:occurredAt'", equalTo(6))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.rejectedRequests", equalTo(4))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.rejectedEvents", equalTo(7))
                .body("dataQuality.trusts.find { it.trust == 'T01' }.rejectionReasons", equalTo(Map.of(
                        "invalid-events", 3, "invalid-events:occurredAt", 6, "invalid-events:trust", 1,
                        "malformed-json", 1)))
                .body("dataQuality.trusts.find { it.trust == 'T02' }.rejectedRequests", equalTo(0))
                .body("dataQuality.trusts.find { it.trust == 'T02' }.rejectionReasons", equalTo(Map.of()));
    }

    @Test
    void aCallerWhoSeesOnlyTotalsGetsNoPerTrustDataQuality() {
        as(Tokens.TRUST_T01).get("/v1/networks/N1/measures?period=2010-04").then()
                .statusCode(200)
                .body("dataQuality.deadLetters", equalTo(3))
                .body("dataQuality.rejectedEvents", equalTo(7))
                .body("dataQuality.trusts", empty());
    }

    @Test
    void theNationsMeasuresSumEveryRegion() {
        // R1: 116/45 (N1 89/37, N2 27/8); R2 in FY2010: T06 1/0, M1 10/0.
        as(Tokens.NATIONAL).get("/v1/nation/measures?period=FY2010").then()
                .statusCode(200)
                .body("level", equalTo("nation"))
                .body("code", nullValue())
                .body("name", equalTo("England"))
                .body("measures.find { it.measure == '4a' }.met", equalTo(127))
                .body("measures.find { it.measure == '4a' }.notMet", equalTo(45));
    }
}
