package org.asistream.schemas.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises NHS numbers so that they never enter the platform: ten digits whose tenth is the modulus-11 check digit
 * of the first nine, written together or grouped 3-3-4 with spaces or hyphens (943 476 5919, 943-476-5919), and
 * standing as a token of their own (not inside a longer run of letters or digits).
 */
public final class NhsNumbers {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![A-Za-z0-9])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![A-Za-z0-9])");

    public static boolean containsNhsNumber(String text) {
        Matcher candidate = CANDIDATE.matcher(text);
        int from = 0;
        // Restart one character after each rejected candidate, so an overlapping valid number is not skipped.
        while (from < text.length() && candidate.find(from)) {
            if (hasValidCheckDigit(candidate.group(1) + candidate.group(2) + candidate.group(3))) {
                return true;
            }
            from = candidate.start() + 1;
        }
        return false;
    }

    /** The NHS modulus-11 rule: weights 10 down to 2 on the first nine digits; a remainder giving 10 is never valid. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    private NhsNumbers() {
    }
}
