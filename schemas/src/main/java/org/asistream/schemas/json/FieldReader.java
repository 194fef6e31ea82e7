package org.asistream.schemas.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object strictly, recording a {@link ValidationError} for each problem instead of
 * stopping at the first, so that an integrator sees everything wrong with a document at once. A field gets at most
 * one error (the first found). Each read returns null (or empty) when the field was missing or invalid.
 * JSON null counts as absent.
 */
public final class FieldReader {

    private final JsonNode object;
    private final String path;
    private final List<ValidationError> errors;

    /**
     * @param path the object's own path ("" for the document, {@code trusts[3]} for an element), prefixed to fields
     * @param errors where problems are recorded; shared by the readers of one document
     */
    public FieldReader(JsonNode object, String path, List<ValidationError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return value(field) != null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void reject(String field, String reason) {
        addOnce(new ValidationError(pathOf(field), reason));
    }

    /** A required, non-empty string. */
    public String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            reject(field, ValidationMessages.required());
            return null;
        }
        return text(field, value);
    }

    /** A string that may be absent, but not empty when present. */
    public Optional<String> optionalText(String field) {
        JsonNode value = value(field);
        return value == null ? Optional.empty() : Optional.ofNullable(text(field, value));
    }

    /** A required UUID in its 8-4-4-4-12 hex form, returned in lower case so that references to it always match. */
    public String uuid(String field) {
        JsonNode value = value(field);
        if (value == null) {
            reject(field, ValidationMessages.required());
            return null;
        }
        return uuid(field, value);
    }

    /** A UUID that may be absent, in lower case. */
    public Optional<String> optionalUuid(String field) {
        JsonNode value = value(field);
        return value == null ? Optional.empty() : Optional.ofNullable(uuid(field, value));
    }

    /** A required boolean. */
    public Boolean bool(String field) {
        if (!has(field)) {
            reject(field, ValidationMessages.required());
            return null;
        }
        return bool(field, false);
    }

    /** A boolean that takes {@code whenAbsent} when missing. */
    public boolean bool(String field, boolean whenAbsent) {
        JsonNode value = value(field);
        if (value == null) {
            return whenAbsent;
        }
        if (!value.isBoolean()) {
            reject(field, ValidationMessages.notABoolean());
            return whenAbsent;
        }
        return value.booleanValue();
    }

    /** A required integer within [min, max]. */
    public Integer integer(String field, int min, int max) {
        JsonNode value = value(field);
        if (value == null) {
            reject(field, ValidationMessages.required());
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            reject(field, ValidationMessages.integerBetween(min, max));
            return null;
        }
        return value.intValue();
    }

    /** A required symbol out of {@code allowed}, matched exactly (upper case). */
    public <E extends Enum<E>> E oneOf(String field, Collection<E> allowed) {
        JsonNode value = value(field);
        if (value == null) {
            reject(field, ValidationMessages.requiredOneOf(allowed));
            return null;
        }
        return oneOf(field, value, allowed);
    }

    /** A symbol out of {@code allowed}, or null when absent. */
    public <E extends Enum<E>> E optionalOneOf(String field, Collection<E> allowed) {
        JsonNode value = value(field);
        return value == null ? null : oneOf(field, value, allowed);
    }

    private <E extends Enum<E>> E oneOf(String field, JsonNode value, Collection<E> allowed) {
        if (value.isTextual()) {
            for (E symbol : allowed) {
                if (symbol.name().equals(value.textValue())) {
                    return symbol;
                }
            }
        }
        reject(field, ValidationMessages.oneOf(allowed));
        return null;
    }

    /** A required date in ISO-8601 form (2010-04-01). */
    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reject(field, ValidationMessages.notADate());
            return null;
        }
    }

    /** A required JSON array (possibly empty). */
    public JsonNode array(String field) {
        JsonNode value = value(field);
        if (value == null) {
            reject(field, ValidationMessages.required());
            return null;
        }
        if (!value.isArray()) {
            reject(field, ValidationMessages.notAnArray());
            return null;
        }
        return value;
    }

    /**
     * Refuses every field not in {@code allowed}, naming it; {@code ofWhat} is e.g. "a DIAGNOSIS event". The refusal
     * lists the allowed fields in the iteration order of {@code allowed}.
     */
    public void rejectFieldsOtherThan(Collection<String> allowed, String ofWhat) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            if (allowed.contains(name)) {
                continue; // an allowed name is never an NHS number
            }
            if (NhsNumbers.containsNhsNumber(name)) {
                // Naming the field would echo the number.
                addOnce(new ValidationError(ValidationError.WHOLE_DOCUMENT, ValidationMessages.nhsNumberInFieldName()));
            } else {
                reject(name, ValidationMessages.unknownField(ofWhat, allowed));
            }
        }
    }

    private String text(String field, JsonNode value) {
        if (!value.isTextual()) {
            reject(field, ValidationMessages.notAString());
            return null;
        }
        if (value.textValue().isBlank()) {
            reject(field, ValidationMessages.empty());
            return null;
        }
        return value.textValue();
    }

    private String uuid(String field, JsonNode value) {
        if (!value.isTextual() || !Uuids.isUuid(value.textValue())) {
            reject(field, ValidationMessages.notAUuid());
            return null;
        }
        return value.textValue().toLowerCase(Locale.ROOT);
    }

    private void addOnce(ValidationError error) {
        for (ValidationError recorded : errors) {
            if (recorded.field().equals(error.field())) {
                return;
            }
        }
        errors.add(error);
    }

    private JsonNode value(String field) {
        JsonNode value = object.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
