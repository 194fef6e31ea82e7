package org.asistream.schemas.json;

/**
 * Recognises a UUID in its 8-4-4-4-12 form of ASCII hex digits, either case, and nothing else (no braces, no
 * {@code urn:uuid:} prefix, no surrounding spaces). A scan by hand, because every event carries at least one.
 */
final class Uuids {

    private static final int LENGTH = 36;

    static boolean isUuid(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean hyphenHere = i == 8 || i == 13 || i == 18 || i == 23;
            if (hyphenHere ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private Uuids() {
    }
}
