package org.asistream.ingest.support;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid events in the trusts' JSON form, each with a fresh eventId; tests spoil them to test refusals. */
public final class TestEvents {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public static ObjectNode arrival(String trust) {
        return envelope("STROKE_ARRIVAL", newEpisodeId(), trust).put("arrivalMode", "AMBULANCE")
                .put("inHospitalOnset", false);
    }

    public static ObjectNode imaging(String trust, String episodeId) {
        return envelope("BRAIN_IMAGING", episodeId, trust).put("modality", "CT");
    }

    public static ObjectNode transferOut(String trust, String episodeId, String toTrust) {
        return envelope("TRANSFER_OUT", episodeId, trust).put("toTrust", toTrust);
    }

    /** {@code count} arrivals of distinct episodes. */
    public static List<ObjectNode> arrivals(String trust, int count) {
        return IntStream.range(0, count).mapToObj(i -> arrival(trust)).toList();
    }

    public static String jsonArray(List<ObjectNode> events) {
        ArrayNode array = JSON.arrayNode();
        events.forEach(array::add);
        return array.toString();
    }

    public static String ndjson(List<ObjectNode> events) {
        return events.stream().map(ObjectNode::toString).collect(Collectors.joining("\n", "", "\n"));
    }

    public static String newEpisodeId() {
        return "ep-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static ObjectNode envelope(String type, String episodeId, String trust) {
        return JSON.objectNode()
                .put("eventId", UUID.randomUUID().toString())
                .put("type", type)
                .put("episodeId", episodeId)
                .put("trust", trust)
                .put("occurredAt", "2011-03-01T10:15:00Z");
    }

    private TestEvents() {
    }
}
