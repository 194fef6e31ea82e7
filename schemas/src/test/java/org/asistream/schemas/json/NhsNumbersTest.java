package org.asistream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "4010232137", "ref:9434765919.",
            "EP_9434765919", "12 9434765919", "4010232129"})
    void findsAnNhsNumberStandingAsAToken(String text) {
        assertThat(NhsNumbers.containsNhsNumber(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "94347659190", "EP9434765919", "9434765919X", "943  476 5919",
            "943 4765 919", "1234567890", "2011-03-01T10:15:00Z", "0f8fad5b-d9cb-469f-a165-70867728950e", ""})
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
}
