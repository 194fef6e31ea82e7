package org.asistream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.StrokeDiagnosis;
import org.junit.jupiter.api.Test;

class EventContentTest {

    private static final PathwayEvent DIAGNOSIS = PathwayEvent.newBuilder()
            .setEventId("0f8fad5b-d9cb-469f-a165-70867728950e")
            .setType(EventType.DIAGNOSIS)
            .setEpisodeId("EP-000123")
            .setTrust("T01")
            .setOccurredAt(Instant.parse("2011-03-01T12:00:00Z"))
            .setOccurredAtOffsetSeconds(0)
            .setDetails(new Diagnosis(StrokeDiagnosis.INFARCTION))
            .setReceivedAt(Instant.parse("2011-03-01T12:01:00Z"))
            .build();

    @Test
    void aRetryReceivedLaterIsTheSameEvent() {
        PathwayEvent retry = PathwayEvent.newBuilder(DIAGNOSIS).setReceivedAt(Instant.parse("2011-03-01T12:05:00Z"))
                .build();

        assertThat(EventContent.same(DIAGNOSIS, retry)).isTrue();
    }

    @Test
    void differentDetailsUnderTheSameEventIdAreNotTheSameEvent() {
        PathwayEvent changed = PathwayEvent.newBuilder(DIAGNOSIS).setDetails(new Diagnosis(StrokeDiagnosis.NOT_STROKE))
                .build();

        assertThat(EventContent.same(DIAGNOSIS, changed)).isFalse();
    }

    @Test
    void theSameInstantWrittenAtAnotherOffsetIsNotTheSameEvent() {
        PathwayEvent otherOffset = PathwayEvent.newBuilder(DIAGNOSIS).setOccurredAtOffsetSeconds(3600).build();

        assertThat(EventContent.same(DIAGNOSIS, otherOffset)).isFalse();
    }
}
