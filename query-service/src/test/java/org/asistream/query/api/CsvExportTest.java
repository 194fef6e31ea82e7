package org.asistream.query.api;

import static org.asistream.query.testing.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.asistream.query.testing.Api;
import org.asistream.query.testing.Tokens;
import org.asistream.query.testing.ViewsOnEmbeddedKafka;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ViewsOnEmbeddedKafka.class)
class CsvExportTest {

    @BeforeEach
    void viewsLoaded() {
        Api.awaitViewsLoaded();
    }

    @Test
    void measuresAreExportedAsOneCsvLinePerMeasure() {
        Response response = as(Tokens.NATIONAL).accept("text/csv").get("/v1/trusts/T01/measures?period=FY2010");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        String[] lines = response.asString().split("\r\n");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).isEqualTo("level,code,period,firstDay,lastDay,asOf,measure,name,met,notMet,pending,"
                + "excluded,rate,ciLow,ciHigh,target,atTarget,rangeLow,rangeHigh,tooFewToRank,esdTeam");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(
                "trusts,T01,FY2010,2010-04-01,2011-03-31,2011-03-20T12:00:00Z,4a,Brain imaging within 1 hour,36,12,0,0,0.75,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).endsWith(",true"));
    }

    @Test
    void aLeagueTableIsExportedAsOneCsvLinePerTrustAndMeasure() {
        Response response = as(Tokens.NETWORK_N1).accept("text/csv")
                .get("/v1/networks/N1/league-table?period=FY2010&measure=4a");

        assertThat(response.statusCode()).isEqualTo(200);
        String[] lines = response.asString().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("level,code,period,firstDay,lastDay,asOf,trust,trustName,esdTeam,overallRank,");
        assertThat(lines[0]).endsWith(",rank");
        assertThat(lines[1]).startsWith("networks,N1,FY2010,2010-04-01,2011-03-31,2011-03-20T12:00:00Z,T01,"
                + "Aire Valley Hospitals,true,1,");
        assertThat(lines[4]).contains(",T04,").endsWith(",true,");
    }

    @Test
    void withoutAnAcceptHeaderTheAnswerIsJson() {
        Response response = as(Tokens.NATIONAL).get("/v1/nation/league-table?period=FY2010");

        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void anErrorIsAProblemDocumentEvenWhenCsvWasAskedFor() {
        Response response = as(Tokens.NATIONAL).accept("text/csv").get("/v1/nation/measures?period=someday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(Problem.MEDIA_TYPE);
    }
}
