package org.asistream.schemas.json;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.PathwayEvent;

/**
 * The trusts' JSON form of a pathway event (docs/events.md): a flat object with the envelope fields and the
 * type-specific fields side by side. {@link #parse} validates strictly and lists every problem; {@link #toJson} writes
 * exactly that form back, with {@code occurredAt} at the offset the trust used.
 */
public final class PathwayEventJson {

    /** The types a trust may send; {@link EventType#UNKNOWN} only stands for types of a later schema version. */
    public static final List<EventType> PUBLISHED_TYPES =
            Arrays.stream(EventType.values()).filter(type -> type != EventType.UNKNOWN).toList();

    private static final List<String> ENVELOPE_FIELDS =
            List.of("eventId", "type", "episodeId", "trust", "occurredAt", "supersedes");
    private static final int EPISODE_ID_MIN_LENGTH = 6;
    private static final int EPISODE_ID_MAX_LENGTH = 64;
    private static final int NANOS_PER_MILLI = 1_000_000;
    private static final DateTimeFormatter WHOLE_SECONDS = occurredAtFormat("HH:mm:ss");
    private static final DateTimeFormatter MILLISECONDS = occurredAtFormat("HH:mm:ss.SSS");
    /** What {@link #parse} needs to know of the fields of each type, worked out once. */
    private static final Map<EventType, AllowedFields> ALLOWED_FIELDS = allowedFields();

    /** The fields of a type in their documented order (for lookups and for the message), and the type's wording. */
    private record AllowedFields(Set<String> names, String ofWhat) {
    }

    public static ParsedEvent parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            return new ParsedEvent.Invalid(
                    List.of(new ValidationError(ValidationError.WHOLE_DOCUMENT, ValidationMessages.notAnObject())));
        }
        List<ValidationError> errors = new ArrayList<>();
        FieldReader fields = new FieldReader(json, "", errors);
        refuseNhsNumbers(json, "", fields);

        String eventId = fields.uuid("eventId");
        EventType type = fields.oneOf("type", PUBLISHED_TYPES);
        String episodeId = fields.text("episodeId");
        if (episodeId != null && !isEpisodeId(episodeId)) {
            fields.reject("episodeId", ValidationMessages.badEpisodeId());
        }
        String trust = fields.text("trust");
        OffsetDateTime occurredAt = occurredAt(fields);
        String supersedes = fields.optionalUuid("supersedes").orElse(null);
        Object details = null;
        // Without a known type there is no telling which other fields belong, so they are judged only once it is known.
        if (type != null) {
            details = EventDetailsJson.read(type, fields);
            AllowedFields allowed = ALLOWED_FIELDS.get(type);
            fields.rejectFieldsOtherThan(allowed.names(), allowed.ofWhat());
        }
        if (!errors.isEmpty()) {
            return new ParsedEvent.Invalid(errors);
        }
        return new ParsedEvent.Valid(PathwayEvent.newBuilder()
                .setEventId(eventId)
                .setType(type)
                .setEpisodeId(episodeId)
                .setTrust(trust)
                .setOccurredAt(occurredAt.toInstant())
                .setOccurredAtOffsetSeconds(occurredAt.getOffset().getTotalSeconds())
                .setSupersedes(supersedes)
                .setDetails(details)
                .build());
    }

    /** The trusts' JSON of an event; {@code receivedAt} is the platform's own and is not part of it. */
    public static ObjectNode toJson(PathwayEvent event) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("eventId", event.getEventId());
        json.put("type", event.getType().name());
        json.put("episodeId", event.getEpisodeId());
        json.put("trust", event.getTrust());
        json.put("occurredAt", occurredAtText(event));
        if (event.getSupersedes() != null) {
            json.put("supersedes", event.getSupersedes());
        }
        EventDetailsJson.write(event, json);
        return json;
    }

    /** Every field an event of this type may carry, in the order {@link #toJson} writes them. */
    public static List<String> fieldsOf(EventType type) {
        return Stream.concat(ENVELOPE_FIELDS.stream(), EventDetailsJson.fieldsOf(type).stream()).toList();
    }

    private static Map<EventType, AllowedFields> allowedFields() {
        Map<EventType, AllowedFields> allowed = new EnumMap<>(EventType.class);
        for (EventType type : PUBLISHED_TYPES) {
            // Ordered, so that the refusal of an unknown field lists the allowed ones as fieldsOf does.
            allowed.put(type, new AllowedFields(Collections.unmodifiableSet(new LinkedHashSet<>(fieldsOf(type))),
                    "a " + type + " event"));
        }
        return allowed;
    }

    /** 6 to 64 characters, each A-Z, a-z, 0-9, '_' or '-'. */
    private static boolean isEpisodeId(String text) {
        int length = text.length();
        if (length < EPISODE_ID_MIN_LENGTH || length > EPISODE_ID_MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** ISO-8601 at the trust's offset: whole seconds always, milliseconds (3 digits) only when there are some. */
    private static String occurredAtText(PathwayEvent event) {
        OffsetDateTime time = OffsetDateTime.ofInstant(event.getOccurredAt(),
                ZoneOffset.ofTotalSeconds(event.getOccurredAtOffsetSeconds()));
        return (time.getNano() == 0 ? WHOLE_SECONDS : MILLISECONDS).format(time);
    }

    private static OffsetDateTime occurredAt(FieldReader fields) {
        String text = fields.text("occurredAt");
        if (text == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = IsoOffsetDateTime.parse(text);
            time.toInstant().toEpochMilli(); // refuses years too far out for a millisecond timestamp
        } catch (DateTimeParseException | ArithmeticException e) {
            fields.reject("occurredAt", isLocalDateTime(text) ? ValidationMessages.noOffset()
                    : ValidationMessages.notADateTime());
            return null;
        }
        if (time.getNano() % NANOS_PER_MILLI != 0) {
            fields.reject("occurredAt", ValidationMessages.tooPrecise());
            return null;
        }
        return time;
    }

    private static DateTimeFormatter occurredAtFormat(String timePattern) {
        return new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE)
                .appendLiteral('T')
                .appendPattern(timePattern)
                .appendOffsetId()
                .toFormatter();
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Refuses every string or number, anywhere in the event, that contains an NHS number. Paths name the field; a
     * field whose name itself holds one is reported against the whole event so the number is not echoed.
     */
    private static void refuseNhsNumbers(JsonNode node, String path, FieldReader fields) {
        if (node.isTextual() || node.isNumber()) {
            String text = node.isTextual() ? node.textValue() : digitsOf(node);
            if (NhsNumbers.containsNhsNumber(text)) {
                fields.reject(path, ValidationMessages.nhsNumber());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseNhsNumbers(node.get(i), path + "[" + i + "]", fields);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                if (NhsNumbers.containsNhsNumber(child.getKey())) {
                    fields.reject(ValidationError.WHOLE_DOCUMENT, ValidationMessages.nhsNumberInFieldName());
                } else {
                    refuseNhsNumbers(child.getValue(), path.isEmpty() ? child.getKey() : path + "." + child.getKey(),
                            fields);
                }
            }
        }
    }

    /** A number written out in plain digits, so that 9.434765919E9 is seen as the 9434765919 it is. */
    private static String digitsOf(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        return Double.isFinite(number.doubleValue()) ? number.decimalValue().toPlainString() : "";
    }

    private PathwayEventJson() {
    }
}
