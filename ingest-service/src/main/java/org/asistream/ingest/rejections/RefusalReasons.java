package org.asistream.ingest.rejections;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.asistream.ingest.api.EventProblem;
import org.asistream.ingest.api.ProblemException;
import org.asistream.schemas.avro.IngestRejection;
import org.asistream.schemas.json.PathwayEventJson;
import org.asistream.schemas.json.ValidationError;

/**
 * What the rejections topic says of a refused request: its problem, the events it turned away, and the events refused
 * per problem and field. Field names are bounded to the contract's: a field the caller made up (which could hold
 * anything, even patient data) counts as {@value #UNKNOWN_FIELD}. Nothing else of the request is kept.
 */
public final class RefusalReasons {

    static final String UNKNOWN_FIELD = "unknown-field";

    private static final Set<String> CONTRACT_FIELDS = contractFields();

    public static IngestRejection of(String trust, Instant at, ProblemException refusal) {
        String problem = refusal.type().slug();
        List<EventProblem> errors = refusal.problem().errors();
        Map<String, Long> eventReasons = new TreeMap<>();
        if (errors != null) {
            // An event counts once per reason, however many of its fields fell under that reason.
            Map<String, Set<Integer>> eventsByReason = errors.stream().collect(Collectors.groupingBy(
                    error -> problem + ":" + boundedField(error.field()),
                    Collectors.mapping(EventProblem::index, Collectors.toSet())));
            eventsByReason.forEach((reason, events) -> eventReasons.put(reason, (long) events.size()));
        }
        return new IngestRejection(trust, at, problem, (long) refusal.refusedEvents(), eventReasons);
    }

    private static String boundedField(String field) {
        return CONTRACT_FIELDS.contains(field) ? field : UNKNOWN_FIELD;
    }

    private static Set<String> contractFields() {
        Set<String> fields = new HashSet<>();
        fields.add(ValidationError.WHOLE_DOCUMENT);
        PathwayEventJson.PUBLISHED_TYPES.forEach(type -> fields.addAll(PathwayEventJson.fieldsOf(type)));
        return Set.copyOf(fields);
    }

    private RefusalReasons() {
    }
}
