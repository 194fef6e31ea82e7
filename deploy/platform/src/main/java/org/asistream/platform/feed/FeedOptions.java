package org.asistream.platform.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.asistream.platform.UsageException;

/** The options of {@code deploy/asi-platform feed live|backfill}, parsed with errors that say what is wrong. */
record FeedOptions(
        Mode mode,
        URI url,
        Path credentials,
        Path reference,
        long seed,
        double scale,
        LocalDate from,
        LocalDate to,
        DirtRates dirt,
        int senders,
        int batchSize) {

    enum Mode { LIVE, BACKFILL }

    static final URI DEFAULT_URL = URI.create("http://localhost:8081");
    static final Path DEFAULT_CREDENTIALS = Path.of("data", "demo-credentials.json");
    static final long DEFAULT_SEED = 1;
    static final double BACKFILL_SCALE = 1.0;
    static final String DEFAULT_FROM = "2010-04";
    static final String DEFAULT_TO = "2011-03";
    static final int DEFAULT_SENDERS = 4;
    static final int DEFAULT_BATCH = 500;

    static FeedOptions parse(List<String> args) {
        if (args.isEmpty()) {
            throw new UsageException("say which feed: live or backfill");
        }
        Mode mode = switch (args.get(0)) {
            case "live" -> Mode.LIVE;
            case "backfill" -> Mode.BACKFILL;
            default -> throw new UsageException("the feed is live or backfill, got '" + args.get(0) + "'");
        };
        URI url = DEFAULT_URL;
        Path credentials = DEFAULT_CREDENTIALS;
        Path reference = null;
        long seed = DEFAULT_SEED;
        Double scale = null;
        LocalDate from = firstDay(DEFAULT_FROM);
        LocalDate to = lastDay(DEFAULT_TO);
        DirtRates dirt = DirtRates.DEFAULT;
        int senders = DEFAULT_SENDERS;
        int batchSize = DEFAULT_BATCH;
        Deque<String> rest = new ArrayDeque<>(args.subList(1, args.size()));
        while (!rest.isEmpty()) {
            String option = rest.pop();
            switch (option) {
                case "--url" -> url = url(value(option, rest));
                case "--credentials" -> credentials = Path.of(value(option, rest));
                case "--reference" -> reference = Path.of(value(option, rest));
                case "--seed" -> seed = whole(option, value(option, rest), Long.MIN_VALUE);
                case "--scale" -> scale = positive(option, value(option, rest));
                case "--from" -> from = firstDay(value(option, rest));
                case "--to" -> to = lastDay(value(option, rest));
                case "--duplicates" -> dirt = new DirtRates(rate(option, rest), dirt.late(), dirt.outOfOrder(),
                        dirt.corrections(), dirt.retractions());
                case "--late" -> dirt = new DirtRates(dirt.duplicates(), rate(option, rest), dirt.outOfOrder(),
                        dirt.corrections(), dirt.retractions());
                case "--out-of-order" -> dirt = new DirtRates(dirt.duplicates(), dirt.late(), rate(option, rest),
                        dirt.corrections(), dirt.retractions());
                case "--corrections" -> dirt = new DirtRates(dirt.duplicates(), dirt.late(), dirt.outOfOrder(),
                        rate(option, rest), dirt.retractions());
                case "--retractions" -> dirt = new DirtRates(dirt.duplicates(), dirt.late(), dirt.outOfOrder(),
                        dirt.corrections(), rate(option, rest));
                case "--senders" -> senders = (int) whole(option, value(option, rest), 1);
                case "--batch" -> batchSize = (int) whole(option, value(option, rest), 1);
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        if (from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        double chosenScale = scale != null ? scale : mode == Mode.LIVE ? FeedCommand.LIVE_SCALE : BACKFILL_SCALE;
        return new FeedOptions(mode, url, credentials, reference, seed, chosenScale, from, to, dirt, senders,
                batchSize);
    }

    FeedSettings settings() {
        return new FeedSettings(scale, NationalFigures.ENGLAND, dirt);
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.pop();
    }

    private static URI url(String text) {
        UsageException notAUrl =
                new UsageException("--url must be an http(s) URL such as " + DEFAULT_URL + ", got '" + text + "'");
        try {
            URI url = new URI(text);
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw notAUrl;
            }
            return url;
        } catch (URISyntaxException e) {
            throw notAUrl;
        }
    }

    private static long whole(String option, String text, long atLeast) {
        try {
            long value = Long.parseLong(text);
            if (value < atLeast) {
                throw new UsageException(option + " must be at least " + atLeast + ", got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + text + "'");
        }
    }

    private static double positive(String option, String text) {
        try {
            double value = Double.parseDouble(text);
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new UsageException(option + " must be a positive number, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, got '" + text + "'");
        }
    }

    private static double rate(String option, Deque<String> rest) {
        String text = value(option, rest);
        try {
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value <= 1)) {
                throw new UsageException(option + " is a rate from 0 to 1, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " is a rate from 0 to 1 (0.01 for 1%), got '" + text + "'");
        }
    }

    /** {@code 2010-04} means its first day; {@code 2010-04-15} that day. */
    private static LocalDate firstDay(String text) {
        return text.length() == 7 ? month(text).atDay(1) : date(text);
    }

    /** {@code 2011-03} means its last day; {@code 2011-03-15} that day. */
    private static LocalDate lastDay(String text) {
        return text.length() == 7 ? month(text).atEndOfMonth() : date(text);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("a month is written 2010-04, got '" + text + "'");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("a month is written 2010-04 and a day 2010-04-15, got '" + text + "'");
        }
    }
}
