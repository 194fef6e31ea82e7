package org.asistream.schemas.json;

import java.util.List;

import org.asistream.schemas.avro.PathwayEvent;

/** What {@link PathwayEventJson#parse} made of one JSON event: the event, or every reason it was refused. */
public sealed interface ParsedEvent {

    /** Empty for a valid event. */
    List<ValidationError> errors();

    record Valid(PathwayEvent event) implements ParsedEvent {
        @Override
        public List<ValidationError> errors() {
            return List.of();
        }
    }

    record Invalid(List<ValidationError> errors) implements ParsedEvent {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
