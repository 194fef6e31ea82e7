package org.asistream.schemas.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Parses an ISO-8601 date-time with a UTC offset exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does, but
 * reads the form trusts send by hand: {@code uuuu-MM-ddTHH:mm}, optionally {@code :ss} and a fraction of 1 to 9
 * digits, then {@code Z} or {@code +HH:MM}/{@code -HH:MM}. That form costs a fraction of the general parser, which
 * every event would otherwise go through. Anything else (lower case, an offset with seconds or without minutes, an
 * out-of-range field, a year of more than four digits...) is left to the general parser, so the accepted texts, the
 * values and the refusals stay those of {@code ISO_OFFSET_DATE_TIME}; the unit test holds the two to that.
 */
final class IsoOffsetDateTime {

    private static final int MINIMUM_LENGTH = "2011-03-01T10:15Z".length();
    private static final int MAX_FRACTION_DIGITS = 9;
    // Offsets from -17:59 to +17:59 are read here; +18:00 and -18:00 (the limits) go to the general parser.
    private static final int MAX_OFFSET_HOURS = 17;

    /** @throws java.time.format.DateTimeParseException as {@code OffsetDateTime.parse(text, ISO_OFFSET_DATE_TIME)} */
    static OffsetDateTime parse(String text) {
        OffsetDateTime time = parseCommonForm(text);
        return time != null ? time : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The date-time when {@code text} has the common form and valid values; null to leave it to the general parser. */
    static OffsetDateTime parseCommonForm(String text) {
        int length = text.length();
        if (length < MINIMUM_LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int position = 16;
        int second = 0;
        int nano = 0;
        if (text.charAt(position) == ':') {
            second = digits(text, position + 1, 2);
            if (second < 0 || second > 59) {
                return null;
            }
            position += 3;
            if (position < length && text.charAt(position) == '.') {
                position++;
                int fractionStart = position;
                while (position < length && isDigit(text.charAt(position))) {
                    nano = nano * 10 + (text.charAt(position) - '0');
                    position++;
                }
                int fractionDigits = position - fractionStart;
                if (fractionDigits == 0 || fractionDigits > MAX_FRACTION_DIGITS) {
                    return null;
                }
                for (int i = fractionDigits; i < MAX_FRACTION_DIGITS; i++) {
                    nano *= 10;
                }
            }
        }
        ZoneOffset offset = offset(text, position);
        if (offset == null || day > lengthOfMonth(year, month)) {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException e) {
            return null; // not expected after the checks above; the general parser gives the reason
        }
    }

    /** {@code Z} or {@code ±HH:MM} ending the text at {@code position}; null for any other offset. */
    private static ZoneOffset offset(String text, int position) {
        int remaining = text.length() - position;
        if (remaining == 1 && text.charAt(position) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (remaining != 6 || text.charAt(position + 3) != ':') {
            return null;
        }
        char sign = text.charAt(position);
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || hours > MAX_OFFSET_HOURS || minutes < 0 || minutes > 59) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 when they are not all there. */
    private static int digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeapYear(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private IsoOffsetDateTime() {
    }
}
