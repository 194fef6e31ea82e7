package org.asistream.schemas.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoOffsetDateTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2011-03-01T10:15:00Z", "2011-03-01T10:15Z", "2011-07-01T11:15:00+01:00",
            "2011-07-01T11:15:00.250+01:00", "2011-03-01T10:15:00.5Z", "2011-03-01T10:15:00.123456789Z",
            "2011-03-01T10:15:00-05:30", "2011-03-01T10:15:00-00:00", "2011-03-01T10:15:00+17:59",
            "2012-02-29T00:00:00Z", "2000-02-29T23:59:59.999Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "2011-12-31T23:59:59+14:00"})
    void readsTheCommonFormItselfWithTheGeneralParsersValue(String text) {
        OffsetDateTime expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);

        assertThat(IsoOffsetDateTime.parseCommonForm(text)).isEqualTo(expected);
        assertThat(IsoOffsetDateTime.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    // Accepted by ISO_OFFSET_DATE_TIME, but rare enough to be left to it.
    @ValueSource(strings = {"2011-03-01t10:15:00z", "2011-03-01T10:15:00+01", "2011-03-01T10:15:00+01:00:30",
            "2011-03-01T10:15:00.Z", "2011-03-01T10:15:00+18:00", "2011-03-01T10:15:00-18:00",
            "+12011-03-01T10:15:00Z", "-0001-03-01T10:15:00Z"})
    void leavesRareFormsToTheGeneralParser(String text) {
        assertThat(IsoOffsetDateTime.parseCommonForm(text)).isNull();
        assertThat(IsoOffsetDateTime.parse(text))
                .isEqualTo(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2011-03-01", "2011-03-01T10:15:00", "2011-03-01 10:15:00Z", "2011-3-01T10:15:00Z",
            "2011-03-01T10:15:0Z", "2011-03-01T10:15:00.Z0", "2011-03-01T10:15:00.1234567891Z",
            "2011-03-01T10:15:00,5Z", "2011-03-01T24:00:00Z", "2011-03-01T10:60:00Z", "2011-03-01T10:15:60Z",
            "2011-02-29T10:15:00Z", "1900-02-29T10:15:00Z", "2011-04-31T10:15:00Z", "2011-13-01T10:15:00Z",
            "2011-00-01T10:15:00Z", "2011-03-00T10:15:00Z", "2011-03-01T10:15:00+0100", "2011-03-01T10:15:00+1:00",
            "2011-03-01T10:15:00+01:0", "2011-03-01T10:15:00+19:00", "2011-03-01T10:15:00+01:60",
            "2011-03-01T10:15:00 Z", "2011-03-01T10:15:00Z ", "01/03/2011 10:15", "\uff12011-03-01T10:15:00Z"})
    void refusesWhatTheGeneralParserRefuses(String text) {
        assertThat(IsoOffsetDateTime.parseCommonForm(text)).isNull();
        assertThatThrownBy(() -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoOffsetDateTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void agreesWithTheGeneralParserOnNearMisses() {
        String[] seeds = {"2011-03-01T10:15:00Z", "2011-07-01T11:15:00.250+01:00", "2012-02-29T23:59:59.999-05:30",
                "2011-12-31T00:00Z"};
        String alphabet = "0123456789012345678901234567890123456789-:T.Z+ zt";
        SplittableRandom random = new SplittableRandom(2011);
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int changes = random.nextInt(3); changes > 0; changes--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> text.deleteCharAt(at);
                    default -> text.setCharAt(at, c);
                }
            }
            String candidate = text.toString();
            if (!Objects.equals(outcome(IsoOffsetDateTime::parse, candidate),
                    outcome(t -> OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME), candidate))) {
                disagreements.add(candidate);
            }
            OffsetDateTime common = IsoOffsetDateTime.parseCommonForm(candidate);
            if (common != null && !common.equals(outcome(IsoOffsetDateTime::parse, candidate))) {
                disagreements.add(candidate);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The parsed value, or null when the text is refused. */
    private static OffsetDateTime outcome(Function<String, OffsetDateTime> parser, String text) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
