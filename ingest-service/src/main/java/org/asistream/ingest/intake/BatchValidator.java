package org.asistream.ingest.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.asistream.ingest.api.EventProblem;
import org.asistream.ingest.api.ProblemType;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.TransferOut;
import org.asistream.schemas.json.ParsedEvent;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.json.ValidationError;
import org.asistream.schemas.reference.OrganisationHierarchy;

/**
 * Judges a whole batch before anything is written: either every event is valid and belongs to the caller's trust,
 * or the batch is refused with every reason found. An event naming another trust is a 403 (the caller may not speak
 * for it), which wins over the 422 of invalid events.
 */
public final class BatchValidator {

    private final String callerTrust;
    private final OrganisationHierarchy organisations;

    public BatchValidator(String callerTrust, OrganisationHierarchy organisations) {
        this.callerTrust = callerTrust;
        this.organisations = organisations;
    }

    /** The events, stamped with {@code receivedAt}; throws a 403 or 422 problem listing every refused event. */
    public List<PathwayEvent> validate(List<JsonNode> batch, Instant receivedAt) {
        List<PathwayEvent> events = new ArrayList<>(batch.size());
        List<EventProblem> foreign = new ArrayList<>();
        List<EventProblem> invalid = new ArrayList<>();
        int invalidEvents = 0;
        Map<String, Integer> indexByEventId = new HashMap<>(batch.size() * 4 / 3 + 1);
        for (int index = 0; index < batch.size(); index++) {
            JsonNode json = batch.get(index);
            ParsedEvent parsed = PathwayEventJson.parse(json);
            String eventId = echoableEventId(json, parsed);
            if (namesAnotherTrust(json)) {
                foreign.add(new EventProblem(index, eventId, "trust",
                        "must be " + callerTrust + ", the trust of this token"));
                continue;
            }
            List<ValidationError> errors = parsed.errors();
            if (parsed instanceof ParsedEvent.Valid valid) {
                // A valid event has no errors of its own; these are the batch's and the reference data's.
                errors = concat(unknownOrganisations(valid.event()),
                        reusedEventId(batch, index, valid.event().getEventId(), indexByEventId));
                events.add(valid.event());
            }
            for (ValidationError error : errors) {
                invalid.add(new EventProblem(index, eventId, error.field(), error.reason()));
            }
            invalidEvents += errors.isEmpty() ? 0 : 1;
        }
        if (!foreign.isEmpty()) {
            throw ProblemType.FOREIGN_TRUST.because(foreign.size() + " of " + batch.size()
                            + " events belong to another trust than " + callerTrust
                            + ", the trust of this token; nothing was written")
                    .withErrors(foreign)
                    .refusingEvents(foreign.size());
        }
        if (!invalid.isEmpty()) {
            throw ProblemType.INVALID_EVENTS.because(invalidEvents + " of " + batch.size()
                            + " events are invalid; nothing was written. Correct or remove them and send the "
                            + "request again")
                    .withErrors(invalid)
                    .refusingEvents(invalidEvents);
        }
        events.forEach(event -> event.setReceivedAt(receivedAt));
        return events;
    }

    private boolean namesAnotherTrust(JsonNode json) {
        JsonNode trust = json == null ? null : json.get("trust");
        return trust != null && trust.isTextual() && !trust.textValue().equals(callerTrust);
    }

    /** Trust codes must be in the reference data, or the event would count for no network or region. */
    private List<ValidationError> unknownOrganisations(PathwayEvent event) {
        boolean unknownTrust = organisations.trust(event.getTrust()).isEmpty();
        boolean unknownDestination = event.getDetails() instanceof TransferOut transfer
                && organisations.trust(transfer.getToTrust()).isEmpty();
        if (!unknownTrust && !unknownDestination) {
            return List.of();
        }
        List<ValidationError> errors = new ArrayList<>();
        if (unknownTrust) {
            errors.add(new ValidationError("trust", unknownTrust(event.getTrust())));
        }
        if (unknownDestination) {
            String toTrust = ((TransferOut) event.getDetails()).getToTrust();
            errors.add(new ValidationError("toTrust", unknownTrust(toTrust)));
        }
        return errors;
    }

    private static List<ValidationError> concat(List<ValidationError> first, List<ValidationError> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        List<ValidationError> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private static String unknownTrust(String code) {
        return code + " is not a trust in the reference data (GET /v1/reference lists them)";
    }

    /**
     * The stream keeps the first event of each eventId, so two different events sharing one would lose the second.
     * The same event twice is harmless and allowed.
     */
    private static List<ValidationError> reusedEventId(List<JsonNode> batch, int index, String eventId,
            Map<String, Integer> indexByEventId) {
        Integer first = indexByEventId.putIfAbsent(eventId, index);
        if (first == null || batch.get(first).equals(batch.get(index))) {
            return List.of();
        }
        return List.of(new ValidationError("eventId", "is also the eventId of the different event at index " + first
                + "; every event needs an eventId of its own"));
    }

    /** The eventId as sent, when it was a well-formed UUID (so it cannot carry patient data). */
    private static String echoableEventId(JsonNode json, ParsedEvent parsed) {
        if (parsed instanceof ParsedEvent.Valid valid) {
            return valid.event().getEventId();
        }
        boolean refused = parsed.errors().stream().anyMatch(error -> error.field().equals("eventId"));
        JsonNode eventId = json != null && json.isObject() ? json.get("eventId") : null;
        return refused || eventId == null || !eventId.isTextual() ? null : eventId.textValue();
    }
}
