package org.asistream.query.oracle;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.asistream.query.oracle.OracleData.Kind;
import org.asistream.query.oracle.OracleData.Org;
import org.asistream.query.materialise.TrustDayFigures;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.report.FunnelPoint;
import org.asistream.query.report.FunnelReport;
import org.asistream.query.report.FunnelSignal;
import org.asistream.query.report.ImagingFigures;
import org.asistream.query.report.InvalidQueryException;
import org.asistream.query.report.LeagueTableReport;
import org.asistream.query.report.LeagueTableRow;
import org.asistream.query.report.MeasureFigures;
import org.asistream.query.report.MeasuresReport;
import org.asistream.query.report.MinuteSummary;
import org.asistream.query.report.RankedMeasure;
import org.asistream.query.report.Reports;
import org.asistream.query.report.Share;
import org.asistream.query.report.TrajectoryPoint;
import org.asistream.query.report.TrajectoryReport;
import org.asistream.query.statistics.FunnelLimits;
import org.asistream.query.statistics.Measure;
import org.asistream.query.view.Figures;
import org.asistream.query.view.ViewStore;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.MinuteBucket;
import org.asistream.schemas.avro.MinuteHistogram;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.TariffCounts;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.avro.TrustDayView;
import org.junit.jupiter.api.Test;

/**
 * Random reference data and trust-day views, put in a {@link ViewStore}; every answer of {@link Reports} (measures,
 * league tables, funnels, trajectories) is compared with {@link Oracle}, an independent implementation of the
 * documents. Floating point is compared to 1e-9 (of the value, or absolutely for values under 1); everything else
 * exactly. A mismatch fails with the seed and a readable list of differences.
 *
 * <p>Not compared: data quality, CSV, access scopes (totals only), restamping and caching as such, the live stream,
 * funnels and league tables of a trust, the name of the nation. Where the product samples the funnel curve (every
 * denominator up to 100, then sparser) each point it gives is checked at its own denominator. A baseline before
 * {@code from} is expected to be a bad query (the product's behaviour; the documents do not say).
 * Run more seeds with {@code -Doracle.seeds=150 -Doracle.seed=1000}.
 */
class ReportsAgreeWithIndependentOracleTest {

    private static final int SEEDS = Integer.getInteger("oracle.seeds", 16);
    private static final long FIRST_SEED = Long.getLong("oracle.seed", 1L);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final YearMonth DEFAULT_ASPIRATION = YearMonth.of(2011, 4);

    /** How often each situation worth testing came up, so that a change of the generator cannot quietly lose one. */
    private static final Map<String, Integer> COVERAGE = new TreeMap<>();

    private static void saw(String situation) {
        COVERAGE.merge(situation, 1, Integer::sum);
    }

    @Test
    void reportsAgreeWithTheOracle() throws Exception {
        List<String> failures = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + SEEDS; seed++) {
            Diff diff = new Diff();
            checkSeed(seed, diff);
            if (!diff.lines.isEmpty()) {
                failures.add("seed " + seed + ": " + diff.lines.size() + " difference(s), first ones:\n  "
                        + String.join("\n  ", diff.lines.subList(0, Math.min(25, diff.lines.size()))));
            }
        }
        System.out.println("oracle coverage over " + SEEDS + " seeds: " + COVERAGE);
        for (String situation : List.of("measure pending", "measure too few to rank", "measure rankable",
                "shared measure rank", "shared overall rank", "overall unranked", "league trust partly in period",
                "trajectory undefined", "trajectory flat (at target or aspiration passed)", "trajectory sloped month",
                "on trajectory", "off trajectory", "funnel signal WITHIN_95", "funnel signal outside 95",
                "funnel mean 0 or 1")) {
            if (!failures.isEmpty()) {
                break;
            }
            if (!COVERAGE.containsKey(situation) && SEEDS >= 20) {
                failures.add("the random cases never had: " + situation);
            }
        }
        if (!failures.isEmpty()) {
            fail("Reports disagree with the oracle (re-run one with -Doracle.seed=S -Doracle.seeds=1)\n"
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    /**
     * Two trusts whose rankable rates have the same unweighted mean (0.52) and the same number at target, but whose
     * means differ in floating point when summed in measure order (0.52 vs 0.5199999999999999): they tie overall.
     */
    @Test
    void overallTiesAreDecidedOnExactMeans() throws Exception {
        OracleData data = oneNetwork("TA", "TB", "TC");
        LocalDate day = LocalDate.of(2011, 3, 10);
        put(data, "TA", day, 0, 0, 40);   // measure 1: 0%, under its 60% target
        put(data, "TA", day, 5, 24, 40);  // measure 5: 60%, at target
        put(data, "TA", day, 8, 24, 25);  // measure 8: 96%, at its 95% target
        put(data, "TB", day, 0, 16, 24);  // 66.7%, at target
        put(data, "TB", day, 5, 22, 30);  // 73.3%, at target
        put(data, "TB", day, 8, 4, 25);   // 16%, under target
        put(data, "TC", day, 0, 10, 20);  // 50%: one measure, none at target
        Reports reports = new Reports(storeOf(data, Instant.parse("2011-06-01T12:00:00Z")), DEFAULT_ASPIRATION);
        Oracle.Span period = Oracle.period("2011-03", LocalDate.of(2011, 6, 1));
        Map<String, Oracle.Row> expected = new Oracle(data).leagueTable(new Org(Kind.NETWORK, "N1"), period);
        Diff diff = new Diff();
        compareLeague("N1 2011-03 overall", expected, null, reports.leagueTable(Organisation.network("N1"),
                "2011-03", null), diff);
        diff.eq("oracle: TA and TB share rank 1", List.of(1, 1, 3), List.of(expected.get("TA").overall().rank(),
                expected.get("TB").overall().rank(), expected.get("TC").overall().rank()));
        if (!diff.lines.isEmpty()) {
            fail(String.join("\n", diff.lines));
        }
    }

    /**
     * Funnel limits for denominators in the thousands around means near 0 and 1, where (1 - p0)^n or p0^n underflow a
     * double: a large trust of a year's national data.
     */
    @Test
    void funnelLimitsHoldForLargeDenominators() throws Exception {
        Diff diff = new Diff();
        long[][] cases = {{2850, 3000}, {2990, 3000}, {15, 6000}, {3, 2500}, {1200, 2400}, {4999, 5000}};
        for (long[] c : cases) {
            OracleData data = oneNetwork("TA", "TB");
            put(data, "TA", LocalDate.of(2011, 3, 10), 1, c[0], c[1]);
            put(data, "TB", LocalDate.of(2011, 3, 11), 1, c[0] / 50, c[1] / 50);
            Reports reports = new Reports(storeOf(data, Instant.parse("2011-06-01T12:00:00Z")), DEFAULT_ASPIRATION);
            Oracle.Span period = Oracle.period("2011-03", LocalDate.of(2011, 6, 1));
            compareFunnel("N1 2011-03 funnel 2 (" + c[0] + "/" + c[1] + ")", period,
                    new Oracle(data).funnel(new Org(Kind.NETWORK, "N1"), period, 1),
                    reports.funnel(Organisation.network("N1"), "2011-03", Measure.STROKE_UNIT_WITHIN_4_HOURS), diff);
        }
        if (!diff.lines.isEmpty()) {
            fail(String.join("\n", diff.lines.subList(0, Math.min(30, diff.lines.size()))));
        }
    }

    /** README: a month, a quarter, a financial year, last-30-days or last-12-months; anything else is a 400. */
    @Test
    void onlyTheDocumentedPeriodFormsAreAccepted() throws Exception {
        OracleData data = oneNetwork("TA");
        Reports reports = new Reports(storeOf(data, Instant.parse("2011-06-01T12:00:00Z")), DEFAULT_ASPIRATION);
        List<String> wrong = new ArrayList<>();
        for (String bad : List.of("2011-13", "2011-00", "2011-Q0", "2011-Q5", "FY10", "last-31-days",
                "last-11-months", "2011", "Q1", "2011-3", "")) {
            try {
                reports.measures(Organisation.network("N1"), bad, false);
                wrong.add("'" + bad + "' accepted");
            } catch (InvalidQueryException expected) {
                // a bad query
            }
        }
        for (String good : List.of("2011-03", "2011-Q1", "FY2010", "last-30-days", "last-12-months")) {
            Oracle.Span period = Oracle.period(good, LocalDate.of(2011, 6, 1));
            var answer = reports.measures(Organisation.network("N1"), good, false).period();
            if (!period.first().equals(answer.firstDay()) || !period.last().equals(answer.lastDay())) {
                wrong.add("'" + good + "': oracle " + period + ", Reports " + answer);
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    private static OracleData oneNetwork(String... trusts) {
        OracleData data = new OracleData();
        data.regions.put("R1", new OracleData.Region("R1", "Region 1"));
        data.networks.put("N1", new OracleData.Network("N1", "Network 1", "R1", List.of()));
        for (String trust : trusts) {
            data.trusts.put(trust, new OracleData.Trust(trust, "Trust " + trust, false,
                    List.of(new OracleData.Membership("N1", LocalDate.of(2000, 1, 1)))));
            data.days.put(trust, new TreeMap<>());
        }
        return data;
    }

    private static void put(OracleData data, String trust, LocalDate date, int measure, long met, long decided) {
        OracleData.Day day = data.days.get(trust).computeIfAbsent(date, d -> new OracleData.Day());
        day.present[measure] = true;
        day.counts[measure][OracleData.MET] = met;
        day.counts[measure][OracleData.NOT_MET] = decided - met;
    }

    // ------------------------------------------------------------------ one seed

    private void checkSeed(long seed, Diff diff) throws Exception {
        Random random = new Random(seed);
        OracleData data = RandomViews.generate(random);
        Instant asOf = RandomViews.randomAsOf(random);
        LocalDate asOfDate = asOf.atZone(LONDON).toLocalDate();
        ViewStore store = storeOf(data, asOf);
        Reports reports = new Reports(store, DEFAULT_ASPIRATION);
        Oracle oracle = new Oracle(data);

        List<Org> orgs = new ArrayList<>();
        data.trusts.keySet().forEach(t -> orgs.add(new Org(Kind.TRUST, t)));
        data.networks.keySet().forEach(n -> orgs.add(new Org(Kind.NETWORK, n)));
        data.regions.keySet().forEach(r -> orgs.add(new Org(Kind.REGION, r)));
        orgs.add(new Org(Kind.NATION, null));

        List<String> periods = new ArrayList<>(List.of("2011-03", "2011-Q1", "FY2010", "last-30-days",
                "last-12-months"));
        YearMonth month = YearMonth.of(2010, 1).plusMonths(random.nextInt(24));
        periods.add(month.toString());
        periods.add((2010 + random.nextInt(2)) + "-Q" + (1 + random.nextInt(4)));
        periods.add("FY" + (2009 + random.nextInt(3)));

        for (String periodText : periods) {
            Oracle.Span period = Oracle.period(periodText, asOfDate);
            for (Org org : orgs) {
                String where = org + " " + periodText;
                compareMeasures(where, oracle.measures(org, period), reports.measures(organisation(org), periodText,
                        false), diff);
            }
            for (Org org : orgs) {
                if (org.kind() == Kind.TRUST) {
                    continue;
                }
                Measure measure = random.nextInt(3) == 0 ? Measure.values()[random.nextInt(10)] : null;
                oracle.trustsOf(org, period.first(), period.last()).stream()
                        .filter(t -> oracle.partly(t, org, period)).findAny()
                        .ifPresent(t -> saw("league trust partly in period"));
                compareLeague(org + " " + periodText + " league " + (measure == null ? "overall" : measure.id()),
                        oracle.leagueTable(org, period), measure,
                        reports.leagueTable(organisation(org), periodText, measure), diff);
                int m = random.nextInt(10);
                compareFunnel(org + " " + periodText + " funnel " + Measure.values()[m].id(), period,
                        oracle.funnel(org, period, m), reports.funnel(organisation(org), periodText,
                                Measure.values()[m]), diff);
            }
        }
        YearMonth asOfMonth = YearMonth.from(asOfDate);
        for (Org org : orgs) {
            int m = random.nextInt(10);
            Measure measure = Measure.values()[m];
            // defaults: the twelve months ending with asOf's month, first month with a rate, the configured aspiration
            compareTrajectory(org + " trajectory " + measure.id() + " (defaults)",
                    oracle.trajectory(org, m, asOfMonth.minusMonths(11), asOfMonth, null, DEFAULT_ASPIRATION),
                    reports.trajectory(organisation(org), measure, null, null, null, null, false), diff);
            // explicit: a window of 2010-2011, a baseline in it (or not given), an aspiration before, in or after it
            YearMonth from = YearMonth.of(2010, 1).plusMonths(random.nextInt(18));
            YearMonth to = from.plusMonths(random.nextInt((int) java.time.temporal.ChronoUnit.MONTHS.between(from,
                    YearMonth.of(2011, 12)) + 1));
            int choice = random.nextInt(8);
            YearMonth baseline = choice <= 1 ? null
                    : choice == 2 ? from.minusMonths(1 + random.nextInt(3))
                    : from.plusMonths(random.nextInt((int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1));
            YearMonth aspiration = from.plusMonths(random.nextInt(30) - 4);
            String where = org + " trajectory " + measure.id() + " " + from + ".." + to + " baseline " + baseline
                    + " aspiration " + aspiration;
            if (baseline != null && baseline.isBefore(from)) {
                // Not in the documents, but the product's answer: a baseline outside from..to is a bad query (400).
                try {
                    reports.trajectory(organisation(org), measure, from, to, baseline, aspiration, false);
                    diff.lines.add(where + ": expected InvalidQueryException for a baseline before from");
                } catch (InvalidQueryException expected) {
                    // as observed
                }
                continue;
            }
            compareTrajectory(where, oracle.trajectory(org, m, from, to, baseline, aspiration),
                    reports.trajectory(organisation(org), measure, from, to, baseline, aspiration, false), diff);
        }
        changeAndCheckAgain(random, data, store, reports, orgs, diff);
    }

    /**
     * Second phase, after the store has caught up: some trust-days replaced, removed (tombstones) or added, a trust
     * moving network and a network moving region (re-attributing the past), the clock moving on; the answers asked
     * before must follow.
     */
    private void changeAndCheckAgain(Random random, OracleData data, ViewStore store, Reports reports,
                                     List<Org> orgs, Diff diff) throws Exception {
        List<String> trusts = new ArrayList<>(data.trusts.keySet());
        for (int i = 0; i < 30; i++) {
            String trust = trusts.get(random.nextInt(trusts.size()));
            TreeMap<LocalDate, OracleData.Day> days = data.days.get(trust);
            LocalDate date = RandomViews.randomDate(random, RandomViews.FIRST_DAY, RandomViews.LAST_DAY);
            if (random.nextBoolean() && days.ceilingKey(date) != null) {
                date = days.ceilingKey(date);
            }
            if (random.nextInt(3) == 0) {
                days.remove(date);
                store.putTrustDay(trust, date, null);
            } else {
                double[] shares = new double[10];
                for (int m = 0; m < 10; m++) {
                    shares[m] = random.nextDouble();
                }
                OracleData.Day day = RandomViews.randomDay(random, 1 + random.nextInt(3), shares);
                days.put(date, day);
                store.putTrustDay(trust, date, TrustDayFigures.of(view(trust, date, day)));
            }
        }
        // a trust moves network on a date (possibly mid-month)
        OracleData.Trust mover = data.trusts.get(trusts.get(random.nextInt(trusts.size())));
        List<OracleData.Membership> memberships = new ArrayList<>(mover.memberships());
        LocalDate moveDate = RandomViews.randomDate(random, LocalDate.of(2010, 2, 1), RandomViews.LAST_DAY);
        memberships.removeIf(m -> !m.from().isBefore(moveDate));
        List<String> networks = new ArrayList<>(data.networks.keySet());
        memberships.add(new OracleData.Membership(networks.get(random.nextInt(networks.size())), moveDate));
        OracleData.Trust moved = new OracleData.Trust(mover.code(), mover.name(), !mover.esdTeam(), memberships);
        data.trusts.put(moved.code(), moved);
        putTrust(store, moved);
        // a network that never moved region moves on a date
        OracleData.Network network = data.networks.get(networks.get(random.nextInt(networks.size())));
        if (network.previousRegions().isEmpty()) {
            List<String> regions = new ArrayList<>(data.regions.keySet());
            OracleData.Network relocated = new OracleData.Network(network.code(), network.name(),
                    regions.get(random.nextInt(regions.size())), List.of(new OracleData.PreviousRegion(
                    network.region(), RandomViews.randomDate(random, RandomViews.FIRST_DAY, RandomViews.LAST_DAY))));
            data.networks.put(relocated.code(), relocated);
            putNetwork(store, relocated);
        }
        Instant asOf = RandomViews.randomAsOf(random);
        store.putPartitionClock("partition-0", asOf);
        store.publish();

        LocalDate asOfDate = asOf.atZone(LONDON).toLocalDate();
        Oracle oracle = new Oracle(data);
        for (String periodText : List.of("last-30-days", "last-12-months", "FY2010")) {
            Oracle.Span period = Oracle.period(periodText, asOfDate);
            for (Org org : orgs) {
                String where = "after changes " + org + " " + periodText;
                compareMeasures(where, oracle.measures(org, period),
                        reports.measures(organisation(org), periodText, false), diff);
                if (org.kind() != Kind.TRUST) {
                    compareLeague(where + " league", oracle.leagueTable(org, period), null,
                            reports.leagueTable(organisation(org), periodText, null), diff);
                }
            }
        }
        YearMonth asOfMonth = YearMonth.from(asOfDate);
        for (Org org : orgs) {
            int m = random.nextInt(10);
            compareTrajectory("after changes " + org + " trajectory " + Measure.values()[m].id(),
                    oracle.trajectory(org, m, asOfMonth.minusMonths(11), asOfMonth, null, DEFAULT_ASPIRATION),
                    reports.trajectory(organisation(org), Measure.values()[m], null, null, null, null, false), diff);
        }
    }

    private static Organisation organisation(Org org) {
        return switch (org.kind()) {
            case TRUST -> Organisation.trust(org.code());
            case NETWORK -> Organisation.network(org.code());
            case REGION -> Organisation.region(org.code());
            case NATION -> Organisation.NATION;
        };
    }

    // ------------------------------------------------------------------ the store

    private static ViewStore storeOf(OracleData data, Instant asOf) throws Exception {
        ViewStore store = new ViewStore(Clock.fixed(asOf, ZoneOffset.UTC));
        data.regions.values().forEach(r -> store.putReference("region:" + r.code(),
                new ReferenceEntry(new Region(r.code(), r.name()))));
        data.networks.values().forEach(n -> putNetwork(store, n));
        data.trusts.values().forEach(t -> putTrust(store, t));
        for (var trust : data.days.entrySet()) {
            for (var day : trust.getValue().entrySet()) {
                store.putTrustDay(trust.getKey(), day.getKey(),
                        TrustDayFigures.of(view(trust.getKey(), day.getKey(), day.getValue())));
            }
        }
        store.putPartitionClock("partition-0", asOf);
        store.publish();
        store.markCaughtUp();
        return store;
    }

    private static void putNetwork(ViewStore store, OracleData.Network n) {
        store.putReference("network:" + n.code(), new ReferenceEntry(new Network(n.code(), n.name(), n.region(),
                n.previousRegions().stream().map(p -> new PreviousRegion(p.region(), p.until())).toList())));
    }

    private static void putTrust(ViewStore store, OracleData.Trust t) {
        store.putReference("trust:" + t.code(), new ReferenceEntry(new Trust(t.code(), t.name(), t.esdTeam(),
                t.memberships().stream().map(m -> new Membership(m.network(), m.from())).toList())));
    }

    private static TrustDayView view(String trust, LocalDate date, OracleData.Day day) {
        Map<String, OutcomeCounts> measures = new HashMap<>();
        for (int m = 0; m < 10; m++) {
            if (day.present[m]) {
                long[] c = day.counts[m];
                measures.put(OracleData.MEASURE_IDS[m], new OutcomeCounts(c[0], c[1], c[2], c[3]));
            }
        }
        long[] i = day.imaging;
        return new TrustDayView(trust, date, measures, histogram(day.doorToScan), histogram(day.scanToReport),
                histogram(day.doorToNeedle), new ImagingCounts(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8],
                i[9]), new TariffCounts(day.tariffEpisodes, day.earnedPence, day.forgonePence), 0L, new HashMap<>());
    }

    private static MinuteHistogram histogram(TreeMap<Integer, Long> counts) {
        List<MinuteBucket> buckets = new ArrayList<>();
        counts.forEach((minute, count) -> buckets.add(new MinuteBucket(minute, count)));
        return new MinuteHistogram(buckets);
    }

    // ------------------------------------------------------------------ comparisons

    private static void comparePeriod(String where, Oracle.Span expected, org.asistream.query.period.Period actual,
                                      Diff diff) {
        diff.eq(where + " period.label", expected.label(), actual.label());
        diff.eq(where + " period.firstDay", expected.first(), actual.firstDay());
        diff.eq(where + " period.lastDay", expected.last(), actual.lastDay());
    }

    private static void compareMeasures(String where, Oracle.Measures expected, MeasuresReport actual, Diff diff) {
        comparePeriod(where, expected.period(), actual.period(), diff);
        if (expected.name() != null) {
            diff.eq(where + " name", expected.name(), actual.name());
        }
        diff.eq(where + " measures.size", 10, actual.measures().size());
        for (int m = 0; m < Math.min(10, actual.measures().size()); m++) {
            compareFigures(where + " measure " + OracleData.MEASURE_IDS[m], expected.measures().get(m),
                    actual.measures().get(m), diff);
            Boolean esd = m == 9 ? expected.esdTeam() : null;
            diff.eq(where + " measure " + OracleData.MEASURE_IDS[m] + " esdTeam", esd, actual.measures().get(m).esdTeam());
        }
        ImagingFigures imaging = actual.imaging();
        compareMinutes(where + " doorToScan", expected.doorToScan(), imaging.doorToScanMinutes(), diff);
        compareMinutes(where + " scanToReport", expected.scanToReport(), imaging.scanToReportMinutes(), diff);
        compareMinutes(where + " doorToNeedle", expected.doorToNeedle(), imaging.doorToNeedleMinutes(), diff);
        compareShare(where + " within1hInHours", expected.withinHourInHours(), imaging.scannedWithinHourInHours(), diff);
        compareShare(where + " within1hOutOfHours", expected.withinHourOutOfHours(),
                imaging.scannedWithinHourOutOfHours(), diff);
        compareShare(where + " thrombolysis", expected.thrombolysis(), imaging.thrombolysis(), diff);
        compareShare(where + " tia2h", expected.tia2h(), imaging.tiaHighRiskScannedWithin2Hours(), diff);
        compareShare(where + " tia6h", expected.tia6h(), imaging.tiaHighRiskScannedWithin6Hours(), diff);
        compareShare(where + " tiaMri", expected.tiaMri(), imaging.tiaHighRiskInvestigatedWithMri(), diff);
        diff.eq(where + " tariff.episodes", expected.tariffEpisodes(), actual.tariff().episodes());
        diff.eq(where + " tariff.earned", BigDecimal.valueOf(expected.earnedPence(), 2), actual.tariff().earned());
        diff.eq(where + " tariff.forgone", BigDecimal.valueOf(expected.forgonePence(), 2), actual.tariff().forgone());
        diff.eq(where + " tariff.currency", "GBP", actual.tariff().currency());
    }

    private static void compareFigures(String where, Oracle.Figures e, MeasureFigures a, Diff diff) {
        if (e.pending() > 0) {
            saw("measure pending");
        }
        saw(e.tooFewToRank() ? "measure too few to rank" : "measure rankable");
        diff.eq(where + " id", e.measure(), a.measure());
        diff.eq(where + " met", e.met(), a.met());
        diff.eq(where + " notMet", e.notMet(), a.notMet());
        diff.eq(where + " pending", e.pending(), a.pending());
        diff.eq(where + " excluded", e.excluded(), a.excluded());
        diff.num(where + " rate", e.rate(), a.rate());
        diff.num(where + " ciLow", e.ciLow(), a.ciLow());
        diff.num(where + " ciHigh", e.ciHigh(), a.ciHigh());
        diff.num(where + " target", e.target(), a.target());
        diff.eq(where + " atTarget", e.atTarget(), a.atTarget());
        diff.num(where + " rangeLow", e.rangeLow(), a.rangeLow());
        diff.num(where + " rangeHigh", e.rangeHigh(), a.rangeHigh());
        diff.eq(where + " tooFewToRank", e.tooFewToRank(), a.tooFewToRank());
    }

    private static void compareMinutes(String where, Oracle.Minutes e, MinuteSummary a, Diff diff) {
        diff.eq(where + " episodes", e.episodes(), a.episodes());
        diff.eq(where + " median", e.median(), a.median());
        diff.eq(where + " p90", e.p90(), a.p90());
    }

    private static void compareShare(String where, Oracle.ShareOf e, Share a, Diff diff) {
        diff.eq(where + " numerator", e.numerator(), a.numerator());
        diff.eq(where + " denominator", e.denominator(), a.denominator());
        diff.num(where + " rate", e.rate(), a.rate());
        diff.num(where + " ciLow", e.ciLow(), a.ciLow());
        diff.num(where + " ciHigh", e.ciHigh(), a.ciHigh());
    }

    private static void compareLeague(String where, Map<String, Oracle.Row> expected, Measure measure,
                                      LeagueTableReport actual, Diff diff) {
        diff.eq(where + " measure", measure == null ? null : measure.id(), actual.measure());
        List<String> actualTrusts = actual.rows().stream().map(LeagueTableRow::trust).sorted().toList();
        diff.eq(where + " trusts", List.copyOf(expected.keySet()), actualTrusts);
        Map<Integer, Integer> overallRanks = new HashMap<>();
        for (Oracle.Row e : expected.values()) {
            if (e.overall().rank() == null) {
                saw("overall unranked");
            } else if (overallRanks.merge(e.overall().rank(), 1, Integer::sum) == 2) {
                saw("shared overall rank");
            }
            for (int m = 0; m < 10; m++) {
                final int measureIndex = m;
                Integer rank = e.ranks().get(m);
                if (rank != null && expected.values().stream()
                        .anyMatch(o -> o != e && rank.equals(o.ranks().get(measureIndex)))) {
                    saw("shared measure rank");
                }
            }
        }
        Integer previous = null;
        boolean unranked = false;
        for (LeagueTableRow row : actual.rows()) {
            Oracle.Row e = expected.get(row.trust());
            if (e == null) {
                continue;
            }
            String w = where + " " + row.trust();
            diff.eq(w + " name", e.name(), row.name());
            diff.eq(w + " esdTeam", e.esdTeam(), row.esdTeam());
            diff.eq(w + " overall.rank", e.overall().rank(), row.overall().rank());
            diff.eq(w + " overall.measuresAtTarget", e.overall().measuresAtTarget(), row.overall().measuresAtTarget());
            diff.eq(w + " overall.measuresRanked", e.overall().measuresRanked(), row.overall().measuresRanked());
            diff.num(w + " overall.meanRate", e.overall().meanRate(), row.overall().meanRate());
            List<Integer> indices = new ArrayList<>();
            if (measure == null) {
                for (int m = 0; m < 10; m++) {
                    indices.add(m);
                }
            } else {
                indices.add(measure.ordinal());
            }
            diff.eq(w + " measures.size", indices.size(), row.measures().size());
            for (int i = 0; i < Math.min(indices.size(), row.measures().size()); i++) {
                int m = indices.get(i);
                RankedMeasure ranked = row.measures().get(i);
                compareFigures(w + " measure " + OracleData.MEASURE_IDS[m], e.figures().get(m), ranked.figures(), diff);
                diff.eq(w + " measure " + OracleData.MEASURE_IDS[m] + " rank", e.ranks().get(m), ranked.rank());
            }
            // order: by the overall rank (or the measure's), unranked trusts last
            Integer rank = measure == null ? row.overall().rank()
                    : row.measures().isEmpty() ? null : row.measures().get(0).rank();
            if (rank == null) {
                unranked = true;
            } else {
                if (unranked || (previous != null && rank < previous)) {
                    diff.lines.add(w + " out of order: rank " + rank + " after " + (unranked ? "an unranked row" : previous));
                }
                previous = rank;
            }
        }
    }

    private static void compareFunnel(String where, Oracle.Span period, Oracle.Funnel expected, FunnelReport actual,
                                      Diff diff) {
        comparePeriod(where, period, actual.period(), diff);
        diff.num(where + " mean", expected.mean(), actual.mean());
        List<String> trusts = actual.trusts().stream().map(FunnelPoint::trust).toList();
        diff.eq(where + " trusts", expected.trusts().stream().map(Oracle.Point::trust).toList(),
                trusts.stream().sorted().toList());
        Map<String, Oracle.Point> points = new HashMap<>();
        expected.trusts().forEach(p -> points.put(p.trust(), p));
        // The limits: the product samples the curve (every denominator up to 100, then sparser); each point it
        // gives is checked at its own denominator, and the points must run from 1 to the largest trust's.
        List<FunnelLimits> limits = actual.limits();
        if (expected.mean() == null) {
            diff.eq(where + " limits (no mean)", List.of(), limits);
        } else {
            long max = expected.trusts().stream().mapToLong(Oracle.Point::denominator).max().orElse(0);
            diff.eq(where + " limits first denominator", max == 0 ? null : 1,
                    limits.isEmpty() ? null : limits.get(0).denominator());
            diff.eq(where + " limits last denominator", max == 0 ? null : (int) max,
                    limits.isEmpty() ? null : limits.get(limits.size() - 1).denominator());
            int previousDenominator = 0;
            for (FunnelLimits a : limits) {
                if (a.denominator() <= previousDenominator) {
                    diff.lines.add(where + " limits not increasing: " + a.denominator() + " after "
                            + previousDenominator);
                }
                previousDenominator = a.denominator();
                Oracle.Limits e = Oracle.limits(expected.mean(), a.denominator());
                String w = where + " limits n=" + e.denominator();
                diff.num(w + " lower998", e.lower998(), a.lower998());
                diff.num(w + " lower95", e.lower95(), a.lower95());
                diff.num(w + " upper95", e.upper95(), a.upper95());
                diff.num(w + " upper998", e.upper998(), a.upper998());
            }
        }
        for (FunnelPoint a : actual.trusts()) {
            Oracle.Point e = points.get(a.trust());
            if (e == null) {
                continue;
            }
            String w = where + " " + a.trust();
            diff.eq(w + " met", e.met(), a.met());
            diff.eq(w + " denominator", e.denominator(), a.denominator());
            diff.num(w + " rate", e.rate(), a.rate());
            diff.num(w + " ciLow", e.ciLow(), a.ciLow());
            diff.num(w + " ciHigh", e.ciHigh(), a.ciHigh());
            if (expected.mean() != null && e.rate() != null) {
                FunnelSignal s = signals(e.rate(), Oracle.limits(expected.mean(), (int) e.denominator())).get(0);
                saw(s == FunnelSignal.WITHIN_95 ? "funnel signal WITHIN_95" : "funnel signal outside 95");
            }
            if (expected.mean() != null && (expected.mean() == 0 || expected.mean() == 1)) {
                saw("funnel mean 0 or 1");
            }
            if (expected.mean() == null || e.rate() == null) {
                diff.eq(w + " signal", null, a.signal());
            } else {
                Oracle.Limits l = Oracle.limits(expected.mean(), (int) e.denominator());
                List<FunnelSignal> allowed = signals(e.rate(), l);
                if (!allowed.contains(a.signal())) {
                    diff.lines.add(w + " signal: expected " + allowed + " but was " + a.signal() + " (rate "
                            + e.rate() + ", limits " + l + ")");
                }
            }
        }
    }

    /** The signal, or both signals when the rate is within floating-point reach of a limit. */
    private static List<FunnelSignal> signals(double rate, Oracle.Limits l) {
        List<FunnelSignal> result = new ArrayList<>();
        for (double nudge : new double[] {0, 1e-12, -1e-12}) {
            double r = rate + nudge;
            FunnelSignal s = r > l.upper998() ? FunnelSignal.ABOVE_99_8 : r > l.upper95() ? FunnelSignal.ABOVE_95
                    : r < l.lower998() ? FunnelSignal.BELOW_99_8 : r < l.lower95() ? FunnelSignal.BELOW_95
                    : FunnelSignal.WITHIN_95;
            if (!result.contains(s)) {
                result.add(s);
            }
        }
        return result;
    }

    private static void compareTrajectory(String where, Oracle.Trajectory e, TrajectoryReport a, Diff diff) {
        diff.eq(where + " from", e.from(), a.from());
        diff.num(where + " target", e.target(), a.target());
        diff.eq(where + " to", e.to(), a.to());
        diff.eq(where + " baseline", e.baseline(), a.baseline());
        diff.eq(where + " aspiration", e.aspiration(), a.aspiration());
        diff.num(where + " baselineRate", e.baselineRate(), a.baselineRate());
        diff.eq(where + " defined (undefinedReason null)", e.defined(), a.undefinedReason() == null);
        diff.eq(where + " months.size", e.months().size(), a.months().size());
        if (!e.defined()) {
            saw("trajectory undefined");
        }
        for (Oracle.Month em : e.months()) {
            if (em.trajectory() != null) {
                saw(em.trajectory() == e.target()
                        ? "trajectory flat (at target or aspiration passed)" : "trajectory sloped month");
            }
            if (em.onTrajectory() != null) {
                saw(em.onTrajectory() ? "on trajectory" : "off trajectory");
            }
        }
        for (int i = 0; i < Math.min(e.months().size(), a.months().size()); i++) {
            Oracle.Month em = e.months().get(i);
            TrajectoryPoint am = a.months().get(i);
            String w = where + " " + em.month();
            diff.eq(w + " month", em.month(), am.month());
            diff.eq(w + " met", em.met(), am.met());
            diff.eq(w + " notMet", em.notMet(), am.notMet());
            diff.eq(w + " pending", em.pending(), am.pending());
            diff.eq(w + " excluded", em.excluded(), am.excluded());
            diff.num(w + " rate", em.rate(), am.rate());
            diff.num(w + " ciLow", em.ciLow(), am.ciLow());
            diff.num(w + " ciHigh", em.ciHigh(), am.ciHigh());
            diff.num(w + " trajectory", em.trajectory(), am.trajectory());
            diff.eq(w + " onTrajectory", em.onTrajectory(), am.onTrajectory());
        }
    }

    /** Differences, one readable line each. */
    static final class Diff {
        final List<String> lines = new ArrayList<>();

        void eq(String where, Object expected, Object actual) {
            if (!Objects.equals(expected, actual)) {
                lines.add(where + ": oracle " + expected + ", Reports " + actual);
            }
        }

        void num(String where, Double expected, Double actual) {
            if (expected == null || actual == null) {
                eq(where, expected, actual);
                return;
            }
            double scale = Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
            if (!(Math.abs(expected - actual) <= 1e-9 * scale)) {
                lines.add(where + ": oracle " + expected + ", Reports " + actual);
            }
        }
    }
}
