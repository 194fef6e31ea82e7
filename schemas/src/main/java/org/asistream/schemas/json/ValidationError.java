package org.asistream.schemas.json;

/**
 * One reason a JSON document was refused: the path of the offending field ({@code occurredAt},
 * {@code trusts[3].memberships[0].from}, or {@code $} for the document itself) and what to do about it.
 * Reasons never echo the value that was sent, so a refusal cannot leak patient data into logs.
 */
public record ValidationError(String field, String reason) {

    /** The path used for a problem with the whole document rather than one field. */
    public static final String WHOLE_DOCUMENT = "$";

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
