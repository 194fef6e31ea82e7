package org.asistream.schemas.json;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The exact wording of every validation reason, in one place so that the API, its documentation (docs/events.md)
 * and the integrators' expectations stay the same.
 */
public final class ValidationMessages {

    public static String notAnObject() {
        return "must be a JSON object";
    }

    public static String required() {
        return "is required";
    }

    public static String notAString() {
        return "must be a string";
    }

    public static String empty() {
        return "must not be empty";
    }

    public static String notABoolean() {
        return "must be true or false";
    }

    public static String notAnArray() {
        return "must be a JSON array";
    }

    public static String oneOf(Collection<?> allowed) {
        return "must be one of " + join(allowed);
    }

    public static String requiredOneOf(Collection<?> allowed) {
        return "is required and " + oneOf(allowed);
    }

    public static String integerBetween(int min, int max) {
        return "must be an integer from " + min + " to " + max;
    }

    public static String notAUuid() {
        return "must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e";
    }

    public static String badEpisodeId() {
        return "must be 6 to 64 characters, each A-Z, a-z, 0-9, '_' or '-'";
    }

    public static String noOffset() {
        return "must include a UTC offset, such as 2011-03-01T10:15:00Z or 2011-07-01T11:15:00+01:00";
    }

    public static String notADateTime() {
        return "must be an ISO-8601 date-time with a UTC offset, such as 2011-03-01T10:15:00Z";
    }

    public static String tooPrecise() {
        return "must not be more precise than milliseconds";
    }

    public static String notADate() {
        return "must be a date such as 2010-04-01";
    }

    public static String anticoagulationRequiredInAf(Collection<?> allowed) {
        return "is required when inAtrialFibrillation is true; " + oneOf(allowed);
    }

    public static String unknownField(String ofWhat, Collection<String> allowed) {
        return "is not a field of " + ofWhat + "; allowed fields: " + join(allowed);
    }

    public static String nhsNumber() {
        return "looks like an NHS number (10 digits with a valid check digit); send pseudonymous identifiers only";
    }

    public static String nhsNumberInFieldName() {
        return "a field name looks like an NHS number (10 digits with a valid check digit); "
                + "send pseudonymous identifiers only";
    }

    private static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private ValidationMessages() {
    }
}
