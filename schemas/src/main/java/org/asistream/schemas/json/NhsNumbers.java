package org.asistream.schemas.json;

/**
 * Recognises NHS numbers so that they never enter the platform: ten digits whose tenth is the modulus-11 check digit
 * of the first nine, written together or grouped 3-3-4 with spaces or hyphens (943 476 5919, 943-476-5919), and
 * standing as a token of their own (not inside a longer run of ASCII letters or digits).
 *
 * <p>Every string and number of every event is scanned, so this is a single pass by hand rather than a regular
 * expression. It finds exactly what {@code (?<![A-Za-z0-9])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![A-Za-z0-9])} finds when
 * tried at every position (the unit test holds it to that expression): at a given position the grouping can be read
 * only one way, because a separator is never a digit.
 */
public final class NhsNumbers {

    private static final int DIGITS = 10;
    private static final boolean[] LETTER_OR_DIGIT = asciiLettersAndDigits();

    public static boolean containsNhsNumber(String text) {
        int length = text.length();
        // Token by token: a candidate can only start a run of letters and digits, and must start with a digit.
        int position = 0;
        while (position <= length - DIGITS) {
            char c = text.charAt(position);
            if (!isAsciiLetterOrDigit(c)) {
                position++;
                continue;
            }
            if (isDigit(c) && isNhsNumberAt(text, position)) {
                return true;
            }
            do {
                position++;
            } while (position < length && isAsciiLetterOrDigit(text.charAt(position)));
        }
        return false;
    }

    /** Whether an NHS number (3, 3 and 4 digits, each group perhaps followed by a space or hyphen) ends a token here. */
    private static boolean isNhsNumberAt(String text, int start) {
        int length = text.length();
        int position = start;
        int sum = 0;
        for (int digit = 0; digit < DIGITS; digit++) {
            if ((digit == 3 || digit == 6) && position < length && isSeparator(text.charAt(position))) {
                position++;
            }
            if (position >= length || !isDigit(text.charAt(position))) {
                return false;
            }
            int value = text.charAt(position++) - '0';
            if (digit < DIGITS - 1) {
                sum += value * (DIGITS - digit);
            } else if (value != checkDigit(sum)) {
                return false;
            }
        }
        return position == length || !isAsciiLetterOrDigit(text.charAt(position));
    }

    /** The NHS modulus-11 rule: weights 10 down to 2 on the first nine digits; a remainder giving 10 is never valid. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        return checkDigit(sum) == tenDigits.charAt(9) - '0';
    }

    /** The check digit of nine digits weighing {@code sum}, or -1 when the rule gives 10 (no valid number). */
    private static int checkDigit(int weightedSum) {
        int check = 11 - weightedSum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < LETTER_OR_DIGIT.length && LETTER_OR_DIGIT[c];
    }

    private static boolean[] asciiLettersAndDigits() {
        boolean[] table = new boolean[128];
        for (char c = 0; c < table.length; c++) {
            table[c] = isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
        return table;
    }

    private NhsNumbers() {
    }
}
