package org.asistream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumbersTest {

    /** The rule as a regular expression, tried at every position: the scanner must find exactly what it finds. */
    private static final Pattern REFERENCE_RULE =
            Pattern.compile("(?<![A-Za-z0-9])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![A-Za-z0-9])");

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "ref:9434765919.",
            "EP_9434765919", "12 9434765919", "4010232129", "943 4765919", "943476-5919", "-9434765919",
            "x 9434765918 9434765919", "é9434765919", "9434765919é", "4010232137 ", "943-476-5919-"})
    void findsAnNhsNumberStandingAsAToken(String text) {
        assertThat(NhsNumbers.containsNhsNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "94347659190", "EP9434765919", "9434765919X", "943  476 5919",
            "943 4765 919", "1234567890", "2011-03-01T10:15:00Z", "0f8fad5b-d9cb-469f-a165-70867728950e", "",
            "943476591", "943_476_5919", "943.476.5919", "943 476 591", "(943) 476 5919", "1943-476-5919",
            "943 476 5919a", "943--476-5919", "943 476 59190"})
    void ignoresWhatIsNotAnNhsNumberToken(String text) {
        assertThat(NhsNumbers.containsNhsNumber(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "9434765919"})
    void acceptsCheckDigitsFromTheModulus11Rule(String number) {
        assertThat(NhsNumbers.hasValidCheckDigit(number)).isTrue();
    }

    @ParameterizedTest
    // 1000000000 needs check digit 1; the first nine of 123456789x weigh 210, remainder 1: the check would be 10.
    @ValueSource(strings = {"1000000000", "1234567890", "1234567891"})
    void refusesOtherCheckDigitsAndTheImpossibleTen(String number) {
        assertThat(NhsNumbers.hasValidCheckDigit(number)).isFalse();
    }

    @Test
    void findsExactlyWhatTheRegularExpressionFindsAtSomePosition() {
        // Digits, the separators, letters on either side of a token, and other characters, in random strings.
        String alphabet = "0123456789012345678901234567890123456789 - -aZ_.:é";
        SplittableRandom random = new SplittableRandom(20111);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                // Plant a valid number, sometimes grouped, so that positives are tested as often as negatives.
                String number = random.nextBoolean() ? "9434765919" : "4010232137";
                String grouped = random.nextBoolean() ? number
                        : number.substring(0, 3) + " " + number.substring(3, 6) + "-" + number.substring(6);
                text.insert(random.nextInt(text.length() + 1), grouped);
            }
            String candidate = text.toString();
            if (NhsNumbers.containsNhsNumber(candidate) != reference(candidate)) {
                disagreements.add(candidate);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static boolean reference(String text) {
        Matcher candidate = REFERENCE_RULE.matcher(text);
        for (int from = 0; from < text.length() && candidate.find(from); from = candidate.start() + 1) {
            if (NhsNumbers.hasValidCheckDigit(candidate.group(1) + candidate.group(2) + candidate.group(3))) {
                return true;
            }
        }
        return false;
    }
}
