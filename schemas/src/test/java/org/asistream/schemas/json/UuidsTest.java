package org.asistream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UuidsTest {

    private static final Pattern REFERENCE_RULE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "aBcDeF01-2345-6789-AbCd-eF0123456789"})
    void acceptsTheHyphenatedHexFormInEitherCase(String text) {
        assertThat(Uuids.isUuid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "event-1", "0f8fad5bd9cb469fa16570867728950e",
            "{0f8fad5b-d9cb-469f-a165-70867728950e}", "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
            " 0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e ",
            "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950e0",
            "0f8fad5g-d9cb-469f-a165-70867728950e", "0f8fad5b_d9cb-469f-a165-70867728950e",
            "0f8fad5-bd9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-7086772895\uff10e",
            "0f8fad5b-d9cb-469f-a16570867728950e-"})
    void refusesEverythingElse(String text) {
        assertThat(Uuids.isUuid(text)).isFalse();
    }

    @Test
    void agreesWithTheRegularExpressionOnNearMisses() {
        String alphabet = "0123456789abcdefABCDEFgG-_ {}";
        SplittableRandom random = new SplittableRandom(42);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            char[] text = "0f8fad5b-d9cb-469f-a165-70867728950e".toCharArray();
            for (int changes = random.nextInt(3); changes > 0; changes--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String candidate = new String(text);
            if (Uuids.isUuid(candidate) != REFERENCE_RULE.matcher(candidate).matches()) {
                disagreements.add(candidate);
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
