package org.asistream.measures.topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.asistream.measures.domain.time.BankHolidays;

/** Reads a bank-holiday list (one ISO date a line, '#' comments): the bundled England list, or a configured file. */
public final class EnglandBankHolidays {

    private static final String BUNDLED = "/bank-holidays-england.txt";

    public static final BankHolidays DEFAULT = bundled();

    public static BankHolidays fromFile(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank-holiday file " + file, e);
        }
    }

    static BankHolidays parse(String text, String source) {
        List<LocalDate> days = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                days.add(LocalDate.parse(line));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": '" + line + "' is not a date like 2011-04-29");
            }
        }
        return BankHolidays.of(days);
    }

    private static BankHolidays bundled() {
        try (InputStream in = EnglandBankHolidays.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled bank-holiday list " + BUNDLED + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EnglandBankHolidays() {
    }
}
