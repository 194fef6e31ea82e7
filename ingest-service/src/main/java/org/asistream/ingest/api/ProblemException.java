package org.asistream.ingest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refusal on its way to becoming a problem response; thrown anywhere a request is refused. */
public final class ProblemException extends RuntimeException {

    private final ProblemType type;
    private List<EventProblem> errors;
    private Integer line;
    private Integer column;
    private int refusedEvents;
    private final Map<String, String> headers = new LinkedHashMap<>();

    ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    /** The reasons, event by event, listed in the response. */
    public ProblemException withErrors(List<EventProblem> errors) {
        this.errors = List.copyOf(errors);
        return this;
    }

    /** How many events this refusal counts as rejected in the metrics: the events at fault, or all of a 503. */
    public ProblemException refusingEvents(int count) {
        this.refusedEvents = count;
        return this;
    }

    public ProblemException at(int line, int column) {
        this.line = line;
        this.column = column;
        return this;
    }

    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** Events of the request that this refusal turned away, for the rejection metrics. */
    public int refusedEvents() {
        return refusedEvents;
    }

    public Problem problem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), errors, line, column);
    }
}
