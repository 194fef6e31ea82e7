package org.asistream.query.oracle;

import static org.asistream.query.oracle.OracleData.EXCLUDED;
import static org.asistream.query.oracle.OracleData.MET;
import static org.asistream.query.oracle.OracleData.NOT_MET;
import static org.asistream.query.oracle.OracleData.PENDING;
import static org.asistream.query.oracle.OracleData.TARGET_PERCENT;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asistream.query.oracle.OracleData.Day;
import org.asistream.query.oracle.OracleData.Org;
import org.asistream.query.oracle.OracleData.Sum;

/**
 * An independent implementation of the query service's reporting arithmetic, from asi-measures.md, docs/measures.md
 * and query-service/README.md. Exact (rational) arithmetic wherever the documents compare rates, so that ties and
 * target comparisons are decided on the true values.
 */
final class Oracle {

    /** The 97.5% quantile of the standard normal distribution: a 95% two-sided interval. */
    static final double Z95 = 1.959963984540054;

    private final OracleData data;

    Oracle(OracleData data) {
        this.data = data;
        data.clearCaches();
    }

    // ---------------------------------------------------------------- periods

    record Span(String label, LocalDate first, LocalDate last) {
        List<YearMonth> months() {
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
                months.add(m);
            }
            return months;
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("FY(\\d{4})");

    /** asi-measures.md "Episodes and clocks", "Now, asOf and rolling windows"; null when not a period. */
    static Span period(String text, LocalDate asOfDate) {
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return null;
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new Span(text, ym.atDay(1), ym.atEndOfMonth());
        }
        m = QUARTER.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            YearMonth firstMonth = YearMonth.of(year, 3 * q - 2);
            return new Span(text, firstMonth.atDay(1), firstMonth.plusMonths(2).atEndOfMonth());
        }
        m = FINANCIAL_YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Span(text, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
        }
        if (text.equals("last-30-days")) {
            return new Span(text, asOfDate.minusDays(29), asOfDate);
        }
        if (text.equals("last-12-months")) {
            YearMonth month = YearMonth.from(asOfDate);
            return new Span(text, month.minusMonths(11).atDay(1), month.atEndOfMonth());
        }
        return null;
    }

    // ---------------------------------------------------------------- sums

    /** The trust's days in [first, last] on which it belonged to org. */
    Sum sumOfTrust(String trust, Org org, LocalDate first, LocalDate last) {
        Sum sum = new Sum();
        TreeMap<LocalDate, Day> days = data.days.get(trust);
        if (days == null) {
            return sum;
        }
        for (Map.Entry<LocalDate, Day> e : days.subMap(first, true, last, true).entrySet()) {
            if (data.belongs(trust, org, e.getKey())) {
                sum.add(e.getValue());
            }
        }
        return sum;
    }

    Sum sumOf(Org org, LocalDate first, LocalDate last) {
        Sum sum = new Sum();
        for (String trust : data.trusts.keySet()) {
            Sum part = sumOfTrust(trust, org, first, last);
            addSum(sum, part);
        }
        return sum;
    }

    private static void addSum(Sum into, Sum part) {
        Day asDay = new Day();
        for (int mm = 0; mm < 10; mm++) {
            System.arraycopy(part.counts[mm], 0, asDay.counts[mm], 0, 4);
        }
        asDay.doorToScan.putAll(part.doorToScan);
        asDay.scanToReport.putAll(part.scanToReport);
        asDay.doorToNeedle.putAll(part.doorToNeedle);
        System.arraycopy(part.imaging, 0, asDay.imaging, 0, 10);
        asDay.tariffEpisodes = part.tariffEpisodes;
        asDay.earnedPence = part.earnedPence;
        asDay.forgonePence = part.forgonePence;
        into.add(asDay);
    }

    /** The trusts that belonged to org on at least one date of the span, in code order. */
    List<String> trustsOf(Org org, LocalDate first, LocalDate last) {
        List<String> trusts = new ArrayList<>();
        for (String trust : new java.util.TreeSet<>(data.trusts.keySet())) {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (data.belongs(trust, org, d)) {
                    trusts.add(trust);
                    break;
                }
            }
        }
        return trusts;
    }

    /** Whether the trust belonged to org on some but not all dates of the span. */
    boolean partly(String trust, Org org, Span span) {
        boolean in = false, out = false;
        for (LocalDate d = span.first(); !d.isAfter(span.last()); d = d.plusDays(1)) {
            if (data.belongs(trust, org, d)) {
                in = true;
            } else {
                out = true;
            }
        }
        return in && out;
    }

    // ---------------------------------------------------------------- rates

    record Wilson(double low, double high) {
    }

    /** Wilson score interval (asi-measures.md "Comparison and fairness"); null when n is 0. */
    static Wilson wilson(long k, long n) {
        if (n == 0) {
            return null;
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    record Figures(String measure, long met, long notMet, long pending, long excluded, Double rate, Double ciLow,
                   Double ciHigh, double target, Boolean atTarget, Double rangeLow, Double rangeHigh,
                   boolean tooFewToRank) {
    }

    static Figures figures(int m, long[] c) {
        long met = c[MET], notMet = c[NOT_MET], pending = c[PENDING], excluded = c[EXCLUDED];
        long decided = met + notMet;
        Double rate = decided == 0 ? null : (double) met / decided;
        Wilson w = wilson(met, decided);
        Boolean atTarget = decided == 0 ? null : met * 100 >= (long) TARGET_PERCENT[m] * decided;
        long all = decided + pending;
        Double rangeLow = all == 0 ? null : (double) met / all;
        Double rangeHigh = all == 0 ? null : (double) (met + pending) / all;
        return new Figures(OracleData.MEASURE_IDS[m], met, notMet, pending, excluded, rate,
                w == null ? null : w.low(), w == null ? null : w.high(), TARGET_PERCENT[m] / 100.0, atTarget,
                rangeLow, rangeHigh, decided < 20);
    }

    // ---------------------------------------------------------------- imaging

    record Minutes(long episodes, Integer median, Integer p90) {
    }

    /** Nearest rank: the smallest minute m with at least ceil(P/100 x N) values <= m. */
    static Integer percentile(TreeMap<Integer, Long> histogram, int percent) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (percent * n + 99) / 100);
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return e.getKey();
            }
        }
        throw new AssertionError();
    }

    static Minutes minutes(TreeMap<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new Minutes(n, percentile(histogram, 50), percentile(histogram, 90));
    }

    record ShareOf(long numerator, long denominator, Double rate, Double ciLow, Double ciHigh) {
        static ShareOf of(long k, long n) {
            Wilson w = wilson(k, n);
            return n == 0 ? new ShareOf(k, n, null, null, null)
                    : new ShareOf(k, n, (double) k / n, w.low(), w.high());
        }
    }

    // ---------------------------------------------------------------- measures report

    record Measures(Span period, String name, List<Figures> measures, Boolean esdTeam, Minutes doorToScan,
                    ShareOf withinHourInHours, ShareOf withinHourOutOfHours, Minutes scanToReport,
                    ShareOf thrombolysis, Minutes doorToNeedle, ShareOf tia2h, ShareOf tia6h, ShareOf tiaMri,
                    long tariffEpisodes, long earnedPence, long forgonePence) {
    }

    Measures measures(Org org, Span period) {
        Sum sum = sumOf(org, period.first(), period.last());
        List<Figures> figures = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            figures.add(figures(m, sum.counts[m]));
        }
        long[] i = sum.imaging;
        return new Measures(period, data.nameOf(org), figures,
                org.kind() == OracleData.Kind.TRUST ? data.trusts.get(org.code()).esdTeam() : null,
                minutes(sum.doorToScan),
                ShareOf.of(i[OracleData.WITHIN_HOUR_IN_HOURS], i[OracleData.SCANNED_IN_HOURS]),
                ShareOf.of(i[OracleData.WITHIN_HOUR_OUT_OF_HOURS], i[OracleData.SCANNED_OUT_OF_HOURS]),
                minutes(sum.scanToReport),
                ShareOf.of(i[OracleData.THROMBOLYSED], i[OracleData.THROMBOLYSIS_COHORT]),
                minutes(sum.doorToNeedle),
                ShareOf.of(i[OracleData.TIA_2H], i[OracleData.TIA_HIGH_RISK]),
                ShareOf.of(i[OracleData.TIA_6H], i[OracleData.TIA_HIGH_RISK]),
                ShareOf.of(i[OracleData.TIA_MRI], i[OracleData.TIA_HIGH_RISK]),
                sum.tariffEpisodes, sum.earnedPence, sum.forgonePence);
    }

    // ---------------------------------------------------------------- exact fractions

    record Frac(BigInteger num, BigInteger den) implements Comparable<Frac> {
        static Frac of(long num, long den) {
            return new Frac(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }

        Frac plus(Frac o) {
            return new Frac(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Frac times(Frac o) {
            return new Frac(num.multiply(o.num), den.multiply(o.den));
        }

        Frac minus(Frac o) {
            return new Frac(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }

        @Override
        public int compareTo(Frac o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }

        double value() {
            return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL128)
                    .doubleValue();
        }
    }

    // ---------------------------------------------------------------- league table

    record Overall(Integer rank, int measuresAtTarget, int measuresRanked, Double meanRate) {
    }

    record Row(String trust, String name, boolean esdTeam, Overall overall, List<Figures> figures, List<Integer> ranks) {
    }

    /** All ten measures for every trust that belonged to org during the period, keyed by trust code. */
    Map<String, Row> leagueTable(Org org, Span period) {
        List<String> trusts = trustsOf(org, period.first(), period.last());
        Map<String, Sum> sums = new java.util.LinkedHashMap<>();
        for (String t : trusts) {
            sums.put(t, sumOfTrust(t, org, period.first(), period.last()));
        }
        // ranks per measure: 1 + the number of rankable trusts with a strictly higher rate
        Map<String, List<Integer>> ranks = new java.util.HashMap<>();
        trusts.forEach(t -> ranks.put(t, new ArrayList<>()));
        for (int m = 0; m < 10; m++) {
            for (String t : trusts) {
                Sum s = sums.get(t);
                if (s.decided(m) < 20) {
                    ranks.get(t).add(null);
                    continue;
                }
                Frac mine = Frac.of(s.counts[m][MET], s.decided(m));
                int better = 0;
                for (String o : trusts) {
                    Sum os = sums.get(o);
                    if (os.decided(m) >= 20 && Frac.of(os.counts[m][MET], os.decided(m)).compareTo(mine) > 0) {
                        better++;
                    }
                }
                ranks.get(t).add(1 + better);
            }
        }
        // overall: measures at target among the rankable ones, ties by the unweighted mean of their rates
        Map<String, int[]> score = new java.util.HashMap<>();
        Map<String, Frac> mean = new java.util.HashMap<>();
        for (String t : trusts) {
            Sum s = sums.get(t);
            int ranked = 0, atTarget = 0;
            Frac total = Frac.of(0, 1);
            for (int m = 0; m < 10; m++) {
                long decided = s.decided(m);
                if (decided >= 20) {
                    ranked++;
                    if (s.counts[m][MET] * 100 >= (long) TARGET_PERCENT[m] * decided) {
                        atTarget++;
                    }
                    total = total.plus(Frac.of(s.counts[m][MET], decided));
                }
            }
            score.put(t, new int[] {atTarget, ranked});
            mean.put(t, ranked == 0 ? null : total.times(Frac.of(1, ranked)));
        }
        Map<String, Row> rows = new java.util.LinkedHashMap<>();
        for (String t : trusts) {
            int[] sc = score.get(t);
            Integer rank = null;
            if (sc[1] > 0) {
                int better = 0;
                for (String o : trusts) {
                    int[] os = score.get(o);
                    if (os[1] == 0) {
                        continue;
                    }
                    if (os[0] > sc[0] || (os[0] == sc[0] && mean.get(o).compareTo(mean.get(t)) > 0)) {
                        better++;
                    }
                }
                rank = 1 + better;
            }
            List<Figures> figures = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                figures.add(figures(m, sums.get(t).counts[m]));
            }
            OracleData.Trust trust = data.trusts.get(t);
            rows.put(t, new Row(t, trust.name(), trust.esdTeam(),
                    new Overall(rank, sc[0], sc[1], mean.get(t) == null ? null : mean.get(t).value()), figures,
                    ranks.get(t)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- funnel

    record Limits(int denominator, double lower998, double lower95, double upper95, double upper998) {
    }

    record Point(String trust, long met, long denominator, Double rate, Double ciLow, Double ciHigh) {
    }

    record Funnel(Span period, Double mean, List<Point> trusts) {
    }

    Funnel funnel(Org org, Span period, int m) {
        Sum total = sumOf(org, period.first(), period.last());
        long decided = total.decided(m);
        Double mean = decided == 0 ? null : (double) total.counts[m][MET] / decided;
        List<Point> points = new ArrayList<>();
        for (String t : trustsOf(org, period.first(), period.last())) {
            Sum s = sumOfTrust(t, org, period.first(), period.last());
            long n = s.decided(m);
            long k = s.counts[m][MET];
            Wilson w = wilson(k, n);
            points.add(new Point(t, k, n, n == 0 ? null : (double) k / n, w == null ? null : w.low(),
                    w == null ? null : w.high()));
        }
        return new Funnel(period, mean, points);
    }

    /**
     * Exact binomial control limits around p0 at denominator n (Spiegelhalter 2005, appendix): with r_p the smallest
     * r such that P(X <= r) >= p for X ~ Bin(n, p0), the limit is (r_p - a) / n, a = (F(r_p) - p) / (F(r_p) -
     * F(r_p - 1)), interpolating so that the limits are smooth in n; kept within [0, 1].
     */
    static Limits limits(double p0, int n) {
        if (p0 <= 0 || p0 >= 1) {
            // a point mass: every quantile is 0 (or n), so every limit is the mean itself
            double at = p0 <= 0 ? 0 : 1;
            return new Limits(n, at, at, at, at);
        }
        double[] cdf = cdf(p0, n);
        return new Limits(n, limit(cdf, 0.001, n), limit(cdf, 0.025, n), limit(cdf, 0.975, n),
                limit(cdf, 0.999, n));
    }

    static double limit(double[] cdf, double p, int n) {
        int r = 0;
        while (r < n && cdf[r] < p) {
            r++;
        }
        double below = r == 0 ? 0 : cdf[r - 1];
        double alpha = (cdf[r] - p) / (cdf[r] - below);
        double value = (r - alpha) / n;
        return Math.min(1, Math.max(0, value));
    }

    static double[] cdf(double p0, int n) {
        double[] pmf = new double[n + 1];
        if (p0 <= 0) {
            pmf[0] = 1;
        } else if (p0 >= 1) {
            pmf[n] = 1;
        } else {
            double[] logFactorial = new double[n + 1];
            for (int i = 1; i <= n; i++) {
                logFactorial[i] = logFactorial[i - 1] + Math.log(i);
            }
            double lp = Math.log(p0), lq = Math.log1p(-p0);
            for (int k = 0; k <= n; k++) {
                pmf[k] = Math.exp(logFactorial[n] - logFactorial[k] - logFactorial[n - k] + k * lp + (n - k) * lq);
            }
        }
        double[] cdf = new double[n + 1];
        double run = 0;
        for (int k = 0; k <= n; k++) {
            run += pmf[k];
            cdf[k] = Math.min(1, run);
        }
        cdf[n] = 1;
        return cdf;
    }

    // ---------------------------------------------------------------- trajectory

    record Month(YearMonth month, long met, long notMet, long pending, long excluded, Double rate, Double ciLow,
                 Double ciHigh, Double trajectory, Boolean onTrajectory) {
    }

    record Trajectory(double target, YearMonth from, YearMonth to, YearMonth baseline, YearMonth aspiration, Double baselineRate,
                      boolean defined, List<Month> months) {
    }

    /**
     * asi-measures.md "Trajectories", README and measures.md: the line from the baseline month's rate to the target
     * at the aspiration month, the target after it; the target throughout when the baseline is already at target or
     * the aspiration is not after the baseline; on trajectory when the rate is at or above the line (exactly).
     */
    Trajectory trajectory(Org org, int m, YearMonth from, YearMonth to, YearMonth baseline, YearMonth aspiration) {
        List<long[]> counts = new ArrayList<>();
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            counts.add(sumOf(org, ym.atDay(1), ym.atEndOfMonth()).counts[m]);
        }
        if (baseline == null) {
            baseline = from;
            for (int i = 0; i < counts.size(); i++) {
                if (counts.get(i)[MET] + counts.get(i)[NOT_MET] > 0) {
                    baseline = from.plusMonths(i);
                    break;
                }
            }
        }
        long[] b = sumOf(org, baseline.atDay(1), baseline.atEndOfMonth()).counts[m];
        long bDecided = b[MET] + b[NOT_MET];
        Frac target = Frac.of(TARGET_PERCENT[m], 100);
        Frac baseRate = bDecided == 0 ? null : Frac.of(b[MET], bDecided);
        boolean flat = baseRate != null && (baseRate.compareTo(target) >= 0 || !aspiration.isAfter(baseline));
        long span = ChronoUnit.MONTHS.between(baseline, aspiration);
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            YearMonth ym = from.plusMonths(i);
            long[] c = counts.get(i);
            Figures f = figures(m, c);
            Frac line = null;
            if (baseRate != null && !ym.isBefore(baseline)) {
                if (flat || !ym.isBefore(aspiration)) {
                    line = target;
                } else {
                    long k = ChronoUnit.MONTHS.between(baseline, ym);
                    line = baseRate.plus(target.minus(baseRate).times(Frac.of(k, span)));
                }
            }
            Boolean on = null;
            if (line != null && f.rate() != null) {
                on = Frac.of(c[MET], c[MET] + c[NOT_MET]).compareTo(line) >= 0;
            }
            months.add(new Month(ym, c[MET], c[NOT_MET], c[PENDING], c[EXCLUDED], f.rate(), f.ciLow(), f.ciHigh(),
                    line == null ? null : line.value(), on));
        }
        return new Trajectory(TARGET_PERCENT[m] / 100.0, from, to, baseline, aspiration,
                baseRate == null ? null : (double) b[MET] / bDecided, baseRate != null, months);
    }
}
