package org.asistream.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.report.LeagueTableReport;
import org.asistream.query.report.MeasuresReport;
import org.asistream.query.report.Reports;
import org.asistream.query.report.StampedAnswer;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.query.view.FiguresSum;
import org.asistream.query.view.ViewStore;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.junit.jupiter.api.Test;

class JsonAnswersTest {

    private static final Organisation N1 = Organisation.network("N1");

    private final ViewStore store = new ViewStore(Clock.fixed(Instant.parse("2011-03-20T12:00:00Z"), ZoneOffset.UTC));
    private final Reports reports = new Reports(store, YearMonth.of(2011, 4));
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The same mapper, counting the whole answers it writes, for JsonAnswers. */
    private final List<Object> wholeAnswersWritten = new ArrayList<>();
    private final ObjectMapper countingMapper = new ObjectMapper(mapper) {
        @Override
        public byte[] writeValueAsBytes(Object value) throws JsonProcessingException {
            if (value instanceof StampedAnswer) {
                wholeAnswersWritten.add(value);
            }
            return super.writeValueAsBytes(value);
        }
    };
    private final JsonAnswers answers = new JsonAnswers();

    JsonAnswersTest() {
        answers.json = countingMapper;
        answers.reports = reports;
        store.putReference("region:R1", new ReferenceEntry(new Region("R1", "North")));
        store.putReference("network:N1", new ReferenceEntry(new Network("N1", "One", "R1", List.of())));
        store.putReference("trust:T1", new ReferenceEntry(new Trust("T1", "Trust one", false,
                List.of(new Membership("N1", LocalDate.parse("2000-01-01"))))));
        store.putTrustDay("T1", LocalDate.parse("2011-03-01"), new FiguresSum()
                .addCounts(Measure.BRAIN_IMAGING_WITHIN_1_HOUR, new MeasureCounts(3, 1, 0, 0)).toFigures());
        tick("2011-03-20T12:00:00Z");
        store.markCaughtUp();
    }

    @Test
    void aRestampedAnswerIsWrittenAsJacksonWouldWriteItWithTheNewAsOf() throws Exception {
        LeagueTableReport first = reports.leagueTable(N1, "2011-03", null);
        byte[] firstJson = answers.bytes(first);
        tick("2011-03-20T12:00:01.5Z");
        LeagueTableReport restamped = reports.leagueTable(N1, "2011-03", null);
        tick("2011-03-20T12:00:02Z");
        MeasuresReport measures = reports.measures(N1, "2011-03", false);
        answers.bytes(measures);
        tick("2011-03-20T12:00:03Z");
        MeasuresReport measuresRestamped = reports.measures(N1, "2011-03", false);

        assertThat(reports.restampedFrom(restamped)).isSameAs(first);
        assertThat(answers.bytes(restamped)).isNotNull();
        assertThat(wholeAnswersWritten).as("answers written whole, not from their predecessor's JSON")
                .containsExactly(first, measures);
        assertThat(new String(answers.bytes(restamped), StandardCharsets.UTF_8))
                .startsWith("{\"asOf\":\"2011-03-20T12:00:01.500Z\",\"asOfSource\":\"platform-clock\",")
                .isEqualTo(mapper.writeValueAsString(restamped));
        assertThat(new String(firstJson, StandardCharsets.UTF_8)).isEqualTo(mapper.writeValueAsString(first));
        assertThat(answers.bytes(measuresRestamped)).isEqualTo(mapper.writeValueAsBytes(measuresRestamped));
    }

    @Test
    void anAnswerWithoutAKnownPredecessorIsWrittenWhole() throws Exception {
        LeagueTableReport first = reports.leagueTable(N1, "2011-03", null);
        tick("2011-03-20T12:00:01Z");
        LeagueTableReport restamped = reports.leagueTable(N1, "2011-03", null);

        // The predecessor's JSON was never written: nothing to reuse.
        assertThat(answers.bytes(restamped)).isEqualTo(mapper.writeValueAsBytes(restamped));
        assertThat(wholeAnswersWritten).containsExactly(restamped);
        assertThat(answers.bytes(first)).isEqualTo(mapper.writeValueAsBytes(first));
    }

    private void tick(String at) {
        store.putPartitionClock("partition-0", Instant.parse(at));
        store.publish();
    }
}
