package org.asistream.schemas.json;

import java.util.List;
import java.util.stream.Collectors;

/** A reference-data or credentials document that breaks its format; lists every problem found, not just the first. */
public class InvalidDocumentException extends IllegalArgumentException {

    private final List<ValidationError> errors;

    public InvalidDocumentException(String document, List<ValidationError> errors) {
        super("invalid " + document + ": " + errors.stream().map(ValidationError::toString)
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
