package org.asistream.platform.feed;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.asistream.platform.UsageException;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * {@code deploy/asi-platform feed live|backfill}: synthetic trusts posting realistic episodes through the ingest API,
 * each with its own token. {@link #run} returns the exit code; errors are one line on stderr, never a stack trace.
 * The launcher runs the same feeds in-process through {@link #startLive} and {@link #backfill}.
 */
public final class FeedCommand {

    /** Live volume: about 2.5 events a minute for each trust (a real trust sends a few an hour). */
    public static final double LIVE_SCALE = 200;

    static final int ALL_ACCEPTED = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE_ERROR = 2;
    static final int STOPPED = 3;
    static final int INTERRUPTED = 130;

    /** The live feed begins with the episodes of the last hours, sent at once, so a dashboard fills straight away. */
    static final Duration LIVE_HISTORY = Duration.ofHours(6);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);
    private static final Duration LIVE_STATUS_EVERY = Duration.ofSeconds(30);
    private static final Duration INTERRUPT_GRACE = Duration.ofSeconds(10);
    private static final int LIVE_SENDERS = 2;

    public static final String USAGE = """
            Usage: deploy/asi-platform feed live|backfill [options]

            Synthetic trusts send realistic stroke and TIA episodes to a running platform through the ingest
            API (POST /v1/events), each trust with its own token, as trusts' systems would. The episodes follow
            national figures (docs/simulation.md) and carry realistic dirt: duplicates, late and out-of-order
            events, corrections and retractions. The same seed gives the same episodes.

              live       episodes happening now, each event sent when it happens (about 2.5 events a minute
                         per trust at the default scale); starts with the last 6 hours' episodes, runs until
                         Ctrl-C
              backfill   the episodes of a period, as fast as the platform takes them, with a progress line;
                         events after the period (discharges, six-month reviews) are sent too

            Options:
              --url URL             the ingest service (default http://localhost:8081)
              --credentials FILE    bearer tokens, with each trust's token in clear (default
                                    data/demo-credentials.json, written by deploy/asi-platform run)
              --reference FILE      organisation reference data: give the platform's own (default: the
                                    bundled synthetic registry, which the platform also uses by default)
              --seed N              the synthetic world (default 1)
              --scale X             volume, 1 = England's (about 85,000 strokes and 42,500 TIAs a year);
                                    default 1 for backfill, 200 for live
              --from YYYY-MM[-DD]   backfill: first month or day (default 2010-04)
              --to YYYY-MM[-DD]     backfill: last month or day, inclusive (default 2011-03)
              --duplicates R        share of events sent twice (default 0.01)
              --late R              share of events sent hours or days late (default 0.02)
              --out-of-order R      share of events sent after the episode's next one (default 0.01)
              --corrections R       share of events first sent wrong, then corrected (default 0.01)
              --retractions R       share of events followed by a mistaken copy, then its retraction
                                    (default 0.005)
              --senders N           requests in parallel, for backfill (default 4)
              --batch N             events per request at most (default 500)
              -h, --help            this help

            While the service answers 503 the same batch is sent again after its Retry-After, for up to five
            minutes. Refused batches (4xx) are counted as rejected with the service's reason, and the feed goes on.
            Progress goes to stderr, the summary to stdout.
            Exit codes: 0 every event accepted; 1 some events rejected; 2 bad command line or files; 3 stopped
            because the service stayed unavailable; 130 interrupted (backfill).
            """;

    public static int run(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(USAGE);
            return ALL_ACCEPTED;
        }
        try {
            FeedOptions options = FeedOptions.parse(args);
            Credentials credentials = credentials(options.credentials());
            ReferenceData registry = reference(options.reference());
            return options.mode() == FeedOptions.Mode.LIVE
                    ? live(options, credentials, registry)
                    : backfill(options, credentials, registry);
        } catch (UsageException e) {
            System.err.println("asi-platform feed: " + e.getMessage());
            System.err.println("deploy/asi-platform feed --help lists the options.");
            return USAGE_ERROR;
        }
    }

    /** The live feed at the default volume ({@link #LIVE_SCALE}) and dirt, running until closed. */
    public static LiveFeed startLive(URI ingest, Credentials credentials, ReferenceData registry, long seed) {
        return startLive(ingest, credentials, registry, seed, FeedSettings.DEFAULT.withScale(LIVE_SCALE));
    }

    /** The live feed; rejections are printed to stderr (the first few of each kind). */
    public static LiveFeed startLive(URI ingest, Credentials credentials, ReferenceData registry, long seed,
            FeedSettings settings) {
        FeedTally tally = new FeedTally(System.err);
        TrustBatchSenders senders = senders(ingest, credentials, registry, tally, LIVE_SENDERS);
        return new LiveFeed(new SyntheticEpisodes(registry, seed, settings), senders, tally,
                FeedOptions.DEFAULT_BATCH, Clock.systemUTC(), LIVE_HISTORY).start();
    }

    /**
     * Sends the episodes whose clock starts from {@code from} to {@code toInclusive} (and their later events), with
     * a progress line on stderr, and returns once every event has been answered.
     *
     * @throws IllegalStateException when the ingest service stayed unavailable for five minutes
     */
    public static FeedSummary backfill(URI ingest, Credentials credentials, ReferenceData registry, long seed,
            FeedSettings settings, LocalDate from, LocalDate toInclusive) throws InterruptedException {
        FeedTally tally = new FeedTally(System.err);
        try {
            backfill(ingest, credentials, registry, seed, settings, from, toInclusive, FeedOptions.DEFAULT_SENDERS,
                    FeedOptions.DEFAULT_BATCH, tally);
        } catch (IngestUnavailableException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return tally.summary();
    }

    private static void backfill(URI ingest, Credentials credentials, ReferenceData registry, long seed,
            FeedSettings settings, LocalDate from, LocalDate toInclusive, int senderCount, int batchSize,
            FeedTally tally) throws InterruptedException {
        try (TrustBatchSenders senders = senders(ingest, credentials, registry, tally, senderCount)) {
            new Backfill(new SyntheticEpisodes(registry, seed, settings), batchSize)
                    .run(from, toInclusive, senders, tally, System.err);
        }
    }

    private static int backfill(FeedOptions options, Credentials credentials, ReferenceData registry) {
        System.err.printf("backfill: %s to %s, scale %s, seed %d, to %s%n", options.from(), options.to(),
                options.scale(), options.seed(), options.url());
        FeedTally tally = new FeedTally(System.err);
        // Ctrl-C: stop sending where it is, and still print the summary of what was answered.
        Thread sending = Thread.currentThread();
        AtomicBoolean finished = new AtomicBoolean();
        Thread onInterrupt = new Thread(() -> {
            if (!finished.get()) {
                sending.interrupt();
                joinQuietly(sending);
            }
        }, "asi-feed-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            backfill(options.url(), credentials, registry, options.seed(), options.settings(), options.from(),
                    options.to(), options.senders(), options.batchSize(), tally);
            System.out.print(tally.summary().describe());
            return tally.summary().rejected() == 0 ? ALL_ACCEPTED : SOME_REJECTED;
        } catch (IngestUnavailableException e) {
            System.out.print(tally.summary().describe());
            System.err.println("asi-platform feed: stopped: " + e.getMessage());
            return STOPPED;
        } catch (InterruptedException e) {
            System.out.print(tally.summary().describe());
            System.err.println("asi-platform feed: interrupted");
            return INTERRUPTED;
        } finally {
            finished.set(true);
            removeQuietly(onInterrupt);
        }
    }

    private static int live(FeedOptions options, Credentials credentials, ReferenceData registry) {
        System.err.printf("live feed: %d trusts, scale %s, seed %d, to %s; Ctrl-C to stop%n",
                registry.trusts().size(), options.scale(), options.seed(), options.url());
        FeedTally tally = new FeedTally(System.err);
        LiveFeed feed = new LiveFeed(new SyntheticEpisodes(registry, options.seed(), options.settings()),
                senders(options.url(), credentials, registry, tally, LIVE_SENDERS), tally, options.batchSize(),
                Clock.systemUTC(), LIVE_HISTORY);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (feed.isRunning()) {
                closeQuietly(feed);
                System.out.print(feed.summary().describe());
            }
        }, "asi-feed-stop"));
        feed.start();
        try {
            while (feed.isRunning()) {
                Thread.sleep(LIVE_STATUS_EVERY.toMillis());
                FeedSummary status = feed.summary();
                System.err.printf("live: %,d events accepted, %,d rejected%n", status.accepted(), status.rejected());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
        if (feed.failure() == null) {
            return INTERRUPTED; // closed by Ctrl-C: the shutdown hook prints the summary
        }
        System.out.print(feed.summary().describe());
        System.err.println("asi-platform feed: stopped: " + feed.failure().getMessage());
        return STOPPED;
    }

    private static TrustBatchSenders senders(URI ingest, Credentials credentials, ReferenceData registry,
            FeedTally tally, int senderCount) {
        TrustTokens tokens = TrustTokens.of(credentials);
        List<String> withoutToken = registry.trusts().stream()
                .map(Trust::getCode)
                .filter(code -> !tokens.byTrust().containsKey(code))
                .toList();
        if (!withoutToken.isEmpty()) {
            System.err.println("feed: the credentials hold no token in clear for " + withoutToken.size()
                    + " trusts of the reference data (" + String.join(", ", withoutToken.subList(0,
                    Math.min(5, withoutToken.size()))) + (withoutToken.size() > 5 ? ", ..." : "")
                    + "); their events are counted as rejected");
        }
        return new TrustBatchSenders(new IngestPoster(ingest, GIVE_UP_AFTER), tokens, tally, senderCount);
    }

    private static Credentials credentials(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--credentials " + file + ": no such file (deploy/asi-platform run writes "
                    + "demo credentials to DATA_DIR/demo-credentials.json)");
        }
        try {
            return Credentials.read(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--credentials " + file + ": " + e.getMessage());
        }
    }

    private static ReferenceData reference(Path file) {
        if (file == null) {
            return ReferenceDataFile.syntheticRegistry();
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("--reference " + file + ": no such file");
        }
        try {
            return ReferenceDataFile.read(file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("--reference " + file + ": " + e.getMessage());
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(INTERRUPT_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(LiveFeed feed) {
        try {
            feed.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook has run or is running.
        }
    }

    private FeedCommand() {
    }
}
