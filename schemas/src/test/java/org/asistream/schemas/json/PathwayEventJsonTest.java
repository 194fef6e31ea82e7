package org.asistream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.Topic;
import org.asistream.schemas.Topics;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.StrokeArrival;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathwayEventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ENVELOPE = """
            "eventId": "0f8fad5b-d9cb-469f-a165-70867728950e", "episodeId": "EP-000123", "trust": "T01",
            "occurredAt": "2011-03-01T10:15:00Z",""";

    /** One event of every type a trust may send, as the trust sends it. */
    static Stream<String> everyType() {
        return Stream.of(
                "{" + ENVELOPE + "\"type\": \"STROKE_ARRIVAL\", \"arrivalMode\": \"AMBULANCE\", "
                        + "\"inHospitalOnset\": false}",
                "{" + ENVELOPE + "\"type\": \"DIAGNOSIS\", \"diagnosis\": \"INFARCTION\"}",
                "{" + ENVELOPE + "\"type\": \"WARD_ENTERED\", \"ward\": \"STROKE_UNIT\"}",
                "{" + ENVELOPE + "\"type\": \"BRAIN_IMAGING\", \"modality\": \"CT\"}",
                "{" + ENVELOPE + "\"type\": \"IMAGING_REPORTED\"}",
                "{" + ENVELOPE + "\"type\": \"THROMBOLYSIS\"}",
                "{" + ENVELOPE + "\"type\": \"TRANSFER_OUT\", \"toTrust\": \"T02\"}",
                "{" + ENVELOPE + "\"type\": \"DISCHARGE\", \"destination\": \"USUAL_RESIDENCE\", "
                        + "\"inAtrialFibrillation\": true, \"anticoagulation\": \"PLANNED\", "
                        + "\"jointCarePlan\": true, \"esdSupport\": false}",
                "{" + ENVELOPE + "\"type\": \"DISCHARGE\", \"destination\": \"CARE_HOME\", "
                        + "\"inAtrialFibrillation\": false, \"jointCarePlan\": false, \"esdSupport\": true}",
                "{" + ENVELOPE + "\"type\": \"DEATH\"}",
                "{" + ENVELOPE + "\"type\": \"PSYCHOLOGICAL_SUPPORT\"}",
                "{" + ENVELOPE + "\"type\": \"FOLLOW_UP_REVIEW\"}",
                "{" + ENVELOPE + "\"type\": \"TIA_FIRST_CONTACT\", \"abcd2\": 4}",
                "{" + ENVELOPE + "\"type\": \"TIA_INVESTIGATION\", \"method\": \"MR_ANGIOGRAPHY\"}",
                "{" + ENVELOPE + "\"type\": \"TIA_TREATMENT_STARTED\"}",
                "{" + ENVELOPE + "\"type\": \"RETRACTION\", \"retracts\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\"}",
                // British Summer Time, a correction, and milliseconds:
                """
                {"eventId": "a3bb189e-8bf9-3888-9912-ace4e6543002", "type": "WARD_ENTERED", "episodeId": "EP-000123",
                 "trust": "T01", "occurredAt": "2011-07-01T11:15:00.250+01:00",
                 "supersedes": "0f8fad5b-d9cb-469f-a165-70867728950e", "ward": "CRITICAL_CARE"}""");
    }

    @Test
    void theExamplesCoverEveryPublishedType() {
        assertThat(everyType().map(json -> read(json).get("type").textValue()).distinct())
                .containsExactlyInAnyOrderElementsOf(
                        PathwayEventJson.PUBLISHED_TYPES.stream().map(Enum::name).toList());
    }

    @ParameterizedTest
    @MethodSource("everyType")
    void everyTypeRoundTripsFromJsonThroughTheEventsTopicBackToTheSameJson(String text) {
        JsonNode sent = read(text);
        Topic<String, PathwayLogRecord> topic = Topics.PATHWAY_EVENTS_TOPIC;

        PathwayEvent parsed = valid(sent);
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), new PathwayLogRecord(parsed));
        PathwayLogRecord decoded = topic.valueSerde().deserializer().deserialize(topic.name(), bytes);

        assertThat(decoded.getEntry()).isEqualTo(parsed);
        assertThat(PathwayEventJson.toJson((PathwayEvent) decoded.getEntry())).isEqualTo(sent);
    }

    @Test
    void occurredAtKeepsTheInstantAndTheOffsetTheTrustWrote() {
        PathwayEvent event = valid(read("{" + ENVELOPE.replace("2011-03-01T10:15:00Z", "2011-07-01T11:15:00+01:00")
                + "\"type\": \"DEATH\"}"));

        assertThat(event.getOccurredAt()).isEqualTo(Instant.parse("2011-07-01T10:15:00Z"));
        assertThat(event.getOccurredAtOffsetSeconds()).isEqualTo(3600);
    }

    @Test
    void occurredAtIsWrittenWithWholeSecondsAndThreeDigitMilliseconds() {
        PathwayEvent event = valid(read("{" + ENVELOPE.replace("2011-03-01T10:15:00Z", "2011-03-01T10:15+00:00")
                + "\"type\": \"DEATH\"}"));
        PathwayEvent withMillis = valid(read("{" + ENVELOPE.replace("10:15:00Z", "10:15:00.5Z")
                + "\"type\": \"DEATH\"}"));

        assertThat(PathwayEventJson.toJson(event).get("occurredAt").textValue()).isEqualTo("2011-03-01T10:15:00Z");
        assertThat(PathwayEventJson.toJson(withMillis).get("occurredAt").textValue())
                .isEqualTo("2011-03-01T10:15:00.500Z");
    }

    @Test
    void inHospitalOnsetDefaultsToFalse() {
        PathwayEvent event = valid(read("{" + ENVELOPE + "\"type\": \"STROKE_ARRIVAL\", \"arrivalMode\": \"SELF\"}"));

        assertThat(((StrokeArrival) event.getDetails()).getInHospitalOnset()).isFalse();
    }

    @Test
    void eventIdsAreKeptInLowerCaseSoThatReferencesMatch() {
        PathwayEvent event = valid(read("{" + ENVELOPE.replace("0f8fad5b-d9cb-469f", "0F8FAD5B-D9CB-469F")
                + "\"type\": \"RETRACTION\", \"retracts\": \"7C9E6679-7425-40DE-944B-E07FC1F90AE7\"}"));

        assertThat(event.getEventId()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(event.getDetails()).hasToString("{\"retracts\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\"}");
    }

    @Test
    void anAnticoagulationOutsideAtrialFibrillationIsKept() {
        JsonNode sent = read("{" + ENVELOPE + "\"type\": \"DISCHARGE\", \"destination\": \"OTHER\", "
                + "\"inAtrialFibrillation\": false, \"anticoagulation\": \"ON_ANTICOAGULANT\", "
                + "\"jointCarePlan\": true, \"esdSupport\": true}");

        assertThat(PathwayEventJson.toJson(valid(sent))).isEqualTo(sent);
    }

    @Test
    void receivedAtIsNotPartOfTheTrustsJson() {
        PathwayEvent event = valid(read("{" + ENVELOPE + "\"type\": \"DEATH\"}"));
        event.setReceivedAt(Instant.parse("2011-03-01T10:20:00Z"));

        assertThat(PathwayEventJson.toJson(event).has("receivedAt")).isFalse();
    }

    @Test
    void anEventOfATypeFromALaterSchemaVersionHasNoJsonForm() {
        PathwayEvent event = valid(read("{" + ENVELOPE + "\"type\": \"DEATH\"}"));
        event.setType(EventType.UNKNOWN);

        assertThatThrownBy(() -> PathwayEventJson.toJson(event)).isInstanceOf(IllegalArgumentException.class);
    }

    /** One test per rejection rule, each with the exact message an integrator sees. */
    @Nested
    class Refuses {

        @Test
        void somethingOtherThanAnObject() {
            assertThat(errors("[1, 2]")).containsExactly(new ValidationError("$", "must be a JSON object"));
        }

        @Test
        void anUnknownTypeListingTheTypes() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"STROKE\"}")).containsExactly(new ValidationError("type",
                    "must be one of STROKE_ARRIVAL, DIAGNOSIS, WARD_ENTERED, BRAIN_IMAGING, IMAGING_REPORTED, "
                            + "THROMBOLYSIS, TRANSFER_OUT, DISCHARGE, DEATH, PSYCHOLOGICAL_SUPPORT, FOLLOW_UP_REVIEW, "
                            + "TIA_FIRST_CONTACT, TIA_INVESTIGATION, TIA_TREATMENT_STARTED, RETRACTION"));
        }

        @Test
        void theInternalUnknownType() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"UNKNOWN\"}")).extracting(ValidationError::field)
                    .containsExactly("type");
        }

        @Test
        void aMissingType() {
            assertThat(errors("{" + ENVELOPE + "\"arrivalMode\": \"SELF\"}")).containsExactly(new ValidationError(
                    "type", "is required and must be one of STROKE_ARRIVAL, DIAGNOSIS, WARD_ENTERED, BRAIN_IMAGING, "
                            + "IMAGING_REPORTED, THROMBOLYSIS, TRANSFER_OUT, DISCHARGE, DEATH, PSYCHOLOGICAL_SUPPORT, "
                            + "FOLLOW_UP_REVIEW, TIA_FIRST_CONTACT, TIA_INVESTIGATION, TIA_TREATMENT_STARTED, "
                            + "RETRACTION"));
        }

        @Test
        void aMissingField() {
            assertThat(errors("""
                    {"eventId": "0f8fad5b-d9cb-469f-a165-70867728950e", "type": "DEATH", "episodeId": "EP-000123",
                     "occurredAt": "2011-03-01T10:15:00Z"}"""))
                    .containsExactly(new ValidationError("trust", "is required"));
        }

        @Test
        void aNullRequiredField() {
            assertThat(errors("{" + ENVELOPE.replace("\"T01\"", "null") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("trust", "is required"));
        }

        @Test
        void anEmptyString() {
            assertThat(errors("{" + ENVELOPE.replace("\"T01\"", "\" \"") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("trust", "must not be empty"));
        }

        @Test
        void aNumberWhereAStringBelongs() {
            assertThat(errors("{" + ENVELOPE.replace("\"T01\"", "1") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("trust", "must be a string"));
        }

        @Test
        void aStringWhereABooleanBelongs() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"STROKE_ARRIVAL\", \"arrivalMode\": \"SELF\", "
                    + "\"inHospitalOnset\": \"yes\"}"))
                    .containsExactly(new ValidationError("inHospitalOnset", "must be true or false"));
        }

        @Test
        void aBadEnumValueListingTheAllowedOnes() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"STROKE_ARRIVAL\", \"arrivalMode\": \"ambulance\"}"))
                    .containsExactly(new ValidationError("arrivalMode",
                            "must be one of AMBULANCE, SELF, TRANSFER, INPATIENT"));
        }

        @Test
        void aMissingEnumValueListingTheAllowedOnes() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TIA_INVESTIGATION\"}"))
                    .containsExactly(new ValidationError("method",
                            "is required and must be one of CT, MRI, CAROTID_DOPPLER, CT_ANGIOGRAPHY, MR_ANGIOGRAPHY"));
        }

        @Test
        void occurredAtWithoutAnOffset() {
            assertThat(errors("{" + ENVELOPE.replace("10:15:00Z", "10:15:00") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("occurredAt",
                            "must include a UTC offset, such as 2011-03-01T10:15:00Z or 2011-07-01T11:15:00+01:00"));
        }

        @Test
        void occurredAtThatIsNotADateTime() {
            assertThat(errors("{" + ENVELOPE.replace("2011-03-01T10:15:00Z", "01/03/2011 10:15")
                    + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("occurredAt",
                            "must be an ISO-8601 date-time with a UTC offset, such as 2011-03-01T10:15:00Z"));
        }

        @Test
        void occurredAtMorePreciseThanMilliseconds() {
            assertThat(errors("{" + ENVELOPE.replace("10:15:00Z", "10:15:00.0001Z") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("occurredAt", "must not be more precise than milliseconds"));
        }

        @Test
        void anEventIdThatIsNotAUuid() {
            assertThat(errors("{" + ENVELOPE.replace("0f8fad5b-d9cb-469f-a165-70867728950e", "event-1")
                    + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("eventId",
                            "must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e"));
        }

        @Test
        void aSupersedesThatIsNotAUuid() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"DEATH\", \"supersedes\": \"the last one\"}"))
                    .containsExactly(new ValidationError("supersedes",
                            "must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e"));
        }

        @Test
        void aRetractionOfSomethingThatIsNotAnEventId() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"RETRACTION\", \"retracts\": \"42\"}"))
                    .containsExactly(new ValidationError("retracts",
                            "must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e"));
        }

        @Test
        void anEpisodeIdThatIsTooShort() {
            assertThat(errors("{" + ENVELOPE.replace("EP-000123", "EP-1") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("episodeId",
                            "must be 6 to 64 characters, each A-Z, a-z, 0-9, '_' or '-'"));
        }

        @Test
        void anEpisodeIdWithOtherCharacters() {
            assertThat(errors("{" + ENVELOPE.replace("EP-000123", "EP 000123/a") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("episodeId",
                            "must be 6 to 64 characters, each A-Z, a-z, 0-9, '_' or '-'"));
        }

        @Test
        void anEpisodeIdThatIsTooLong() {
            assertThat(errors("{" + ENVELOPE.replace("EP-000123", "E".repeat(65)) + "\"type\": \"DEATH\"}"))
                    .extracting(ValidationError::field).containsExactly("episodeId");
        }

        @Test
        void anAbcd2ScoreOutOfRange() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TIA_FIRST_CONTACT\", \"abcd2\": 8}"))
                    .containsExactly(new ValidationError("abcd2", "must be an integer from 0 to 7"));
        }

        @Test
        void anAbcd2ScoreThatIsNotAnInteger() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TIA_FIRST_CONTACT\", \"abcd2\": 4.5}"))
                    .containsExactly(new ValidationError("abcd2", "must be an integer from 0 to 7"));
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TIA_FIRST_CONTACT\", \"abcd2\": \"4\"}"))
                    .containsExactly(new ValidationError("abcd2", "must be an integer from 0 to 7"));
        }

        @Test
        void aDischargeInAtrialFibrillationWithoutAnticoagulation() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"DISCHARGE\", \"destination\": \"USUAL_RESIDENCE\", "
                    + "\"inAtrialFibrillation\": true, \"jointCarePlan\": true, \"esdSupport\": false}"))
                    .containsExactly(new ValidationError("anticoagulation", "is required when inAtrialFibrillation "
                            + "is true; must be one of ON_ANTICOAGULANT, PLANNED, NOT_GIVEN, CONTRAINDICATED"));
        }

        @Test
        void anUnknownFieldNamingIt() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"DEATH\", \"causeOfDeath\": \"stroke\"}"))
                    .containsExactly(new ValidationError("causeOfDeath", "is not a field of a DEATH event; "
                            + "allowed fields: eventId, type, episodeId, trust, occurredAt, supersedes"));
        }

        @Test
        void aFieldOfAnotherType() {
            assertThat(errors("{" + ENVELOPE
                    + "\"type\": \"BRAIN_IMAGING\", \"modality\": \"MRI\", \"ward\": \"OTHER\"}"))
                    .containsExactly(new ValidationError("ward", "is not a field of a BRAIN_IMAGING event; "
                            + "allowed fields: eventId, type, episodeId, trust, occurredAt, supersedes, modality"));
        }

        @Test
        void anNhsNumberAsTheEpisodeId() {
            assertThat(errors("{" + ENVELOPE.replace("EP-000123", "9434765919") + "\"type\": \"DEATH\"}"))
                    .containsExactly(new ValidationError("episodeId", "looks like an NHS number (10 digits with a "
                            + "valid check digit); send pseudonymous identifiers only"));
        }

        @Test
        void anNhsNumberGroupedWithSpacesOrHyphensInsideAnyString() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TRANSFER_OUT\", \"toTrust\": \"T02 re 943 476 5919\"}"))
                    .containsExactly(new ValidationError("toTrust", "looks like an NHS number (10 digits with a "
                            + "valid check digit); send pseudonymous identifiers only"));
            assertThat(errors("{" + ENVELOPE.replace("EP-000123", "EP-943-476-5919") + "\"type\": \"DEATH\"}"))
                    .extracting(ValidationError::field).containsExactly("episodeId");
        }

        @Test
        void anNhsNumberAsANumber() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TIA_FIRST_CONTACT\", \"abcd2\": 9434765919}"))
                    .containsExactly(new ValidationError("abcd2", "looks like an NHS number (10 digits with a "
                            + "valid check digit); send pseudonymous identifiers only"));
        }

        @Test
        void anNhsNumberWrittenAsAFloatingPointNumber() {
            assertThat(errors("{" + ENVELOPE + "\"type\": \"TIA_FIRST_CONTACT\", \"abcd2\": 9.434765919E9}"))
                    .extracting(ValidationError::field).containsExactly("abcd2");
        }

        @Test
        void anNhsNumberNestedInAnUnknownFieldWithoutEchoingIt() {
            List<ValidationError> errors = errors("{" + ENVELOPE + "\"type\": \"DEATH\", "
                    + "\"patient\": {\"ids\": [\"x\", \"9434765919\"]}}");

            assertThat(errors).containsExactly(
                    new ValidationError("patient.ids[1]", "looks like an NHS number (10 digits with a valid check "
                            + "digit); send pseudonymous identifiers only"),
                    new ValidationError("patient", "is not a field of a DEATH event; "
                            + "allowed fields: eventId, type, episodeId, trust, occurredAt, supersedes"));
            assertThat(errors.toString()).doesNotContain("9434765919");
        }

        @Test
        void anNhsNumberAsAFieldNameWithoutEchoingIt() {
            List<ValidationError> errors = errors("{" + ENVELOPE + "\"type\": \"DEATH\", \"9434765919\": true}");

            assertThat(errors).containsExactly(new ValidationError("$", "a field name looks like an NHS number "
                    + "(10 digits with a valid check digit); send pseudonymous identifiers only"));
        }

        @Test
        void everyProblemAtOnce() {
            assertThat(errors("""
                    {"eventId": "1", "type": "DISCHARGE", "episodeId": "EP-000123", "occurredAt": "yesterday",
                     "destination": "HOME", "inAtrialFibrillation": true, "jointCarePlan": "yes", "esdSupport": false,
                     "colour": "red"}"""))
                    .extracting(ValidationError::field)
                    .containsExactly("eventId", "trust", "occurredAt", "destination", "anticoagulation",
                            "jointCarePlan", "colour");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ep_1-A", "a-b_c-", "Zz09_-", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"})
    void episodeIdsOfSixToSixtyFourLettersDigitsUnderscoresAndHyphens(String episodeId) {
        assertThat(valid(read("{" + ENVELOPE.replace("EP-000123", episodeId) + "\"type\": \"DEATH\"}"))
                .getEpisodeId()).isEqualTo(episodeId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ep_1A", " ep_1-A", "ep_1-A ", "ep.1-A", "ep\u00e91-A", "ep_1-A\u0661", "ep:000123"})
    void episodeIdsWithAnythingElseAreRefused(String episodeId) {
        assertThat(errors("{" + ENVELOPE.replace("EP-000123", episodeId) + "\"type\": \"DEATH\"}"))
                .containsExactly(new ValidationError("episodeId",
                        "must be 6 to 64 characters, each A-Z, a-z, 0-9, '_' or '-'"));
    }

    @Test
    void tenDigitsWithoutAValidCheckDigitAreNotAnNhsNumber() {
        PathwayEvent event = valid(read("{" + ENVELOPE.replace("EP-000123", "9434765918") + "\"type\": \"DEATH\"}"));

        assertThat(event.getEpisodeId()).isEqualTo("9434765918");
    }

    private static PathwayEvent valid(JsonNode json) {
        ParsedEvent parsed = PathwayEventJson.parse(json);
        assertThat(parsed.errors()).isEmpty();
        return ((ParsedEvent.Valid) parsed).event();
    }

    private static List<ValidationError> errors(String json) {
        ParsedEvent parsed = PathwayEventJson.parse(read(json));
        assertThat(parsed).isInstanceOf(ParsedEvent.Invalid.class);
        return parsed.errors();
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
