package org.asistream.bench.platform;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.asistream.bench.common.Figures;
import org.asistream.bench.common.Latencies;
import org.asistream.bench.common.Machine;
import org.asistream.bench.common.OpenLoopLoad;
import org.asistream.bench.common.Table;
import org.asistream.schemas.credentials.Credential;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Role;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/**
 * Freshness and query latency on the local platform as users run it ({@code deploy/asi-platform run}): a steady feed
 * of realistic events through the ingest API while probe events measure the time from their 202 to the change in the
 * query API and in the league-table stream; then league-table and measures requests at a fixed rate.
 *
 * <p>Run: {@code deploy/bench/run platform [--rate 1000] [--seconds 60] [--warm-up-seconds 150] [--query-rate 2000]
 * [--query-seconds 30]}
 */
public final class PlatformBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration PROBE_SPACING = Duration.ofMillis(250);
    /**
     * Five JVMs share two cores: for about two minutes after the start their JIT compilers take half the machine
     * (measured per thread), and the figures would measure the warm-up, not the platform.
     */
    private static final int DEFAULT_WARM_UP_SECONDS = 150;
    private static final Duration QUERY_WARM_UP = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        int rate = option(args, "--rate", 1000);
        int seconds = option(args, "--seconds", 60);
        int queryRate = option(args, "--query-rate", 2000);
        int querySeconds = option(args, "--query-seconds", 30);
        Duration warmUp = Duration.ofSeconds(option(args, "--warm-up-seconds", DEFAULT_WARM_UP_SECONDS));
        Path home = Path.of(System.getProperty("asi.home", ".")).toAbsolutePath();
        Path work = Files.createTempDirectory("asi-platform-bench");
        System.out.println("Platform benchmark: feed " + rate + " events/s for " + warmUp.toSeconds()
                + " s of warm-up and " + seconds + " s measured, then queries at "
                + queryRate + "/s for " + querySeconds + " s; " + Machine.describe() + "; data in " + work);

        ReferenceData reference = ReferenceDataFile.syntheticRegistry();
        OrganisationHierarchy hierarchy = OrganisationHierarchy.of(reference);
        LocalDate today = LocalDate.now(LONDON);
        String period = YearMonth.now(LONDON).toString();
        String probeTrust = hierarchy.trusts().get(0).getCode();
        String probeNetwork = hierarchy.networkOf(probeTrust, today).orElseThrow();

        try (PlatformProcess platform = PlatformProcess.start(home, work.resolve("platform"), Duration.ofMinutes(4))) {
            Credentials credentials = platform.credentials();
            Map<String, String> trustTokens = tokens(credentials, Role.TRUST);
            String networkToken = tokens(credentials, Role.NETWORK).get(probeNetwork);
            String nationalToken = tokens(credentials, Role.NATIONAL).values().iterator().next();

            Set<String> quietTrusts = trustsEverIn(hierarchy, probeNetwork, today);
            double feedRate;
            long refused;
            int missed = 0;
            Latencies viaQuery;
            Latencies viaStream;
            // Twice what the run needs, so that no trust's share runs out before the end.
            int feedEvents = 2 * rate * (int) (warmUp.toSeconds() + seconds);
            try (BackgroundFeed feed = new BackgroundFeed(reference, quietTrusts, feedEvents,
                         platform.ingest("/v1/events"), trustTokens);
                 FreshnessProbe probe = new FreshnessProbe(platform, probeTrust, trustTokens.get(probeTrust),
                         probeNetwork, networkToken, period)) {
                feed.start(rate);
                probe.warmUp(warmUp, PROBE_SPACING);
                long acceptedBefore = feed.accepted();
                long start = System.nanoTime();
                while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                    long probeStart = System.nanoTime();
                    if (!probe.probe()) {
                        missed++;
                    }
                    long rest = PROBE_SPACING.toNanos() - (System.nanoTime() - probeStart);
                    if (rest > 0) {
                        Thread.sleep(rest / 1_000_000);
                    }
                }
                feedRate = (feed.accepted() - acceptedBefore) / ((System.nanoTime() - start) / 1e9);
                refused = feed.refused();
                viaQuery = probe.viaQuery;
                viaStream = probe.viaStream;
            }

            OpenLoopLoad.Result queries = new OpenLoopLoad(queryUrls(platform, hierarchy, today), nationalToken, 64)
                    .run(queryRate, QUERY_WARM_UP, Duration.ofSeconds(querySeconds));

            System.out.println();
            System.out.print(new Table()
                    .row("figure", "value")
                    .row("feed through the ingest API", String.format("%,.0f events/s accepted (%,d refused)", feedRate, refused))
                    .row("probes not visible within " + FreshnessProbe.GIVE_UP_AFTER.toSeconds() + " s", String.valueOf(missed))
                    .row("freshness, 202 to query API", viaQuery.summary())
                    .row("freshness, 202 to league-table stream", viaStream.summary())
                    .row("query requests (league tables, measures)", String.format("%,.0f requests/s, %,d failed",
                            queries.requestsPerSecond(), queries.failed()))
                    .row("query latency at " + queryRate + "/s", queries.latencies().summary())
                    .render());
            Figures.print("freshness.query.p50.ms", viaQuery.percentileMillis(0.5));
            Figures.print("freshness.query.p99.ms", viaQuery.percentileMillis(0.99));
            Figures.print("freshness.stream.p50.ms", viaStream.percentileMillis(0.5));
            Figures.print("freshness.stream.p99.ms", viaStream.percentileMillis(0.99));
            Figures.print("freshness.feed.events-per-second", feedRate);
            Figures.print("freshness.probes-missed", missed);
            Figures.print("query.requests-per-second", queries.requestsPerSecond());
            Figures.print("query.p50.ms", queries.latencies().percentileMillis(0.5));
            Figures.print("query.p99.ms", queries.latencies().percentileMillis(0.99));
        }
    }

    private static Map<String, String> tokens(Credentials credentials, Role role) {
        Map<String, String> tokens = new HashMap<>();
        for (Credential credential : credentials.entries()) {
            if (credential.role() == role && credential.token() != null) {
                tokens.put(credential.org() == null ? role.name() : credential.org(), credential.token());
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalStateException("the demo credentials hold no " + role + " token");
        }
        return tokens;
    }

    /** Trusts that belong to the network on any date the feed or the probe touch: the feed leaves them alone. */
    private static Set<String> trustsEverIn(OrganisationHierarchy hierarchy, String network, LocalDate today) {
        Set<String> trusts = new TreeSet<>();
        for (LocalDate day = LocalDate.of(2010, 4, 1); !day.isAfter(today); day = day.plusMonths(1)) {
            trusts.addAll(hierarchy.trustsOf(network, day));
        }
        trusts.addAll(hierarchy.trustsOf(network, today));
        return trusts;
    }

    /** Half league tables (networks and regions), half measures (trusts, networks, regions, the nation). */
    private static List<URI> queryUrls(PlatformProcess platform, OrganisationHierarchy hierarchy, LocalDate today) {
        List<String> periods = List.of("FY2010", "2010-Q3", "2011-01", "last-12-months", "last-30-days");
        List<URI> urls = new ArrayList<>();
        for (String period : periods) {
            hierarchy.networks().forEach(n -> urls.add(platform.query("/v1/networks/" + n.getCode() + "/league-table?period=" + period)));
            hierarchy.regions().forEach(r -> urls.add(platform.query("/v1/regions/" + r.getCode() + "/league-table?period=" + period)));
            hierarchy.trusts().stream().limit(28).forEach(t -> urls.add(platform.query("/v1/trusts/" + t.getCode() + "/measures?period=" + period)));
            hierarchy.networks().stream().limit(10).forEach(n -> urls.add(platform.query("/v1/networks/" + n.getCode() + "/measures?period=" + period)));
            urls.add(platform.query("/v1/nation/measures?period=" + period));
        }
        return urls;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private PlatformBenchmark() {
    }
}
