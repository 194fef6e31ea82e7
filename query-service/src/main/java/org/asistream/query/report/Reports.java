package org.asistream.query.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.asistream.query.league.LeagueRow;
import org.asistream.query.league.LeagueTable;
import org.asistream.query.league.TrustFigures;
import org.asistream.query.organisation.Level;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.OrganisationIndex;
import org.asistream.query.period.Period;
import org.asistream.query.statistics.FunnelLimits;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.query.statistics.RateSummary;
import org.asistream.query.trajectory.Trajectory;
import org.asistream.query.trajectory.TrajectoryMonth;
import org.asistream.query.view.AsOf;
import org.asistream.query.view.Figures;
import org.asistream.query.view.FiguresSum;
import org.asistream.query.view.ViewStore;

/**
 * Builds every answer of the API from the {@link ViewStore}. An aggregate's figures are the sum, over the trusts that
 * ever belonged to it, of each trust's figures on the dates it belonged. Answers are cached per question and reused
 * until the views they rest on change (a trust's figures, the reference data, or the platform clock). Each trust's
 * part of an aggregate is cached too, so that when one trust's views change only its part is summed again.
 */
public final class Reports {

    /** A trajectory spans at most ten years of months. */
    static final int MAX_TRAJECTORY_MONTHS = 120;
    private static final int CACHED_ANSWERS = 20_000;
    private static final int CACHED_TRUST_PARTS = 100_000;

    private final ViewStore store;
    private final YearMonth defaultAspiration;
    private final Cache<Object, Stamped> answers = Caffeine.newBuilder().maximumSize(CACHED_ANSWERS).build();
    private final Cache<TrustPart, StampedFigures> trustParts = Caffeine.newBuilder().maximumSize(CACHED_TRUST_PARTS)
            .build();
    /** Keyed by the full answer's identity, so the variant lives as long as the answer it was made from. */
    private final Cache<MeasuresReport, MeasuresReport> totalsOnlyAnswers = Caffeine.newBuilder().weakKeys()
            .maximumSize(CACHED_ANSWERS).build();
    private final Cache<TrajectoryReport, TrajectoryReport> totalsOnlyTrajectories = Caffeine.newBuilder().weakKeys()
            .maximumSize(CACHED_ANSWERS).build();

    /** A restamped answer and the answer it was made from (both weak: a lineage, not a chain that keeps them). */
    private final Cache<Object, Object> restampedFrom = Caffeine.newBuilder().weakKeys().weakValues().build();

    /** Set while {@link #fromCacheOnly} runs on this thread: a question that would need computing is not computed. */
    private final ThreadLocal<Boolean> cacheOnly = new ThreadLocal<>();

    /** Thrown inside {@link #fromCacheOnly} where an answer would have to be computed; carries no stack. */
    private static final class NotCached extends RuntimeException {
        NotCached() {
            super(null, null, false, false);
        }
    }

    private static final NotCached NOT_CACHED = new NotCached();

    public Reports(ViewStore store, YearMonth defaultAspiration) {
        this.store = store;
        this.defaultAspiration = defaultAspiration;
    }

    /** What an answer was computed from: equal stamps mean the answer still holds. */
    private record Stamp(OrganisationIndex index, long version, AsOf asOf) {

        /**
         * Whether an answer computed at this stamp has the same figures at {@code later}: the same reference data and
         * views, and the same Europe/London date of asOf (the date is all that periods and trajectories take from it).
         */
        boolean sameFiguresAs(Stamp later) {
            return index == later.index && version == later.version
                    && LocalDate.ofInstant(asOf.at(), Period.LONDON)
                            .equals(LocalDate.ofInstant(later.asOf.at(), Period.LONDON));
        }
    }

    private record Stamped(Stamp stamp, Object answer) {
    }

    /** A trust's figures from {@code first} to {@code last} on the dates it belonged to {@code under}. */
    private record TrustPart(String trust, Organisation under, LocalDate first, LocalDate last) {
    }

    private record StampedFigures(OrganisationIndex index, long version, Figures figures) {
    }

    private record MeasuresQuestion(Organisation org, String period) {
    }

    private record LeagueTableQuestion(Organisation org, String period, Measure measure) {
    }

    private record FunnelQuestion(Organisation org, String period, Measure measure) {
    }

    private record TrajectoryQuestion(Organisation org, Measure measure, YearMonth from, YearMonth to,
                                      YearMonth baseline, YearMonth aspiration) {
    }

    /**
     * @param totalsOnly for a caller who may see the organisation's totals but not its trusts one by one: the same
     *                   answer without per-trust data quality (made once per answer)
     */
    public MeasuresReport measures(Organisation org, String periodText, boolean totalsOnly) {
        MeasuresReport full = measures(org, periodText);
        return totalsOnly ? totalsOnlyAnswers.get(full, MeasuresReport::withTotalsOnly) : full;
    }

    private MeasuresReport measures(Organisation org, String periodText) {
        return cached(new MeasuresQuestion(org, periodText), org, MeasuresReport::withAsOf, stamp -> {
            Period period = QueryParameters.period(periodText, stamp.asOf());
            OrganisationIndex index = stamp.index();
            FiguresSum total = new FiguresSum();
            for (String trust : trustsDuring(org, period, index)) {
                total.add(trustPart(trust, org, period.firstDay(), period.lastDay(), index));
            }
            Figures figures = total.toFigures();
            List<MeasureFigures> measures = new ArrayList<>();
            for (Measure measure : Measure.values()) {
                Boolean esdTeam = org.level() == Level.TRUSTS && measure == Measure.EARLY_SUPPORTED_DISCHARGE
                        ? index.esdTeam(org.code()) : null;
                measures.add(MeasureFigures.of(measure, RateSummary.of(figures.counts(measure), measure.target()),
                        esdTeam));
            }
            return new MeasuresReport(org.level().path(), org.code(), index.nameOf(org), period, stamp.asOf().at(),
                    stamp.asOf().source(), measures, ImagingFigures.of(figures), TariffFigures.of(figures.tariff()),
                    dataQuality(org, period, index));
        });
    }

    /** @param measure null to show every measure in overall order */
    public LeagueTableReport leagueTable(Organisation org, String periodText, Measure measure) {
        return cached(new LeagueTableQuestion(org, periodText, measure), org, LeagueTableReport::withAsOf, stamp -> {
            Period period = QueryParameters.period(periodText, stamp.asOf());
            OrganisationIndex index = stamp.index();
            LeagueTable table = LeagueTable.rank(trustFigures(org, period, index));
            List<LeagueTableRow> rows = new ArrayList<>();
            for (LeagueRow row : measure == null ? table.rows() : table.rowsBy(measure)) {
                List<RankedMeasure> measures = new ArrayList<>();
                for (Measure shown : measure == null ? List.of(Measure.values()) : List.of(measure)) {
                    measures.add(new RankedMeasure(MeasureFigures.of(shown, row.standing(shown).summary(), null),
                            row.standing(shown).rank()));
                }
                rows.add(new LeagueTableRow(row.trustCode(), row.trustName(), index.esdTeam(row.trustCode()),
                        row.overall(), measures));
            }
            return new LeagueTableReport(org.level().path(), org.code(), index.nameOf(org), period,
                    stamp.asOf().at(), stamp.asOf().source(), measure == null ? null : measure.id(), rows,
                    dataQuality(org, period, index));
        });
    }

    public FunnelReport funnel(Organisation org, String periodText, Measure measure) {
        return cached(new FunnelQuestion(org, periodText, measure), org, FunnelReport::withAsOf, stamp -> {
            Period period = QueryParameters.period(periodText, stamp.asOf());
            OrganisationIndex index = stamp.index();
            List<TrustFigures> trusts = trustFigures(org, period, index);
            long met = 0;
            long decided = 0;
            long largest = 0;
            for (TrustFigures trust : trusts) {
                MeasureCounts counts = trust.countsFor(measure);
                met += counts.met();
                decided += counts.decided();
                largest = Math.max(largest, counts.decided());
            }
            Double mean = decided == 0 ? null : (double) met / decided;
            List<FunnelPoint> points = new ArrayList<>();
            for (TrustFigures trust : trusts) {
                MeasureCounts counts = trust.countsFor(measure);
                Share share = Share.of(counts.met(), counts.decided());
                FunnelSignal signal = share.rate() == null || mean == null ? null
                        : FunnelSignal.of(share.rate(), FunnelLimits.at(mean, Math.toIntExact(counts.decided())));
                points.add(new FunnelPoint(trust.trustCode(), trust.trustName(), counts.met(), counts.decided(),
                        share.rate(), share.ciLow(), share.ciHigh(), signal));
            }
            List<FunnelLimits> limits = mean == null ? List.of() : FunnelLimits.series(mean, Math.toIntExact(largest));
            return new FunnelReport(org.level().path(), org.code(), index.nameOf(org), period, stamp.asOf().at(),
                    stamp.asOf().source(), measure.id(), measure.target(), mean, points, limits,
                    dataQuality(org, period, index));
        });
    }

    /**
     * Every month from {@code from} to {@code to}; by default the twelve months ending with asOf's month, the
     * baseline {@link Trajectory#defaultBaseline} and the aspiration the configured month.
     */
    public TrajectoryReport trajectory(Organisation org, Measure measure, YearMonth from, YearMonth to,
                                       YearMonth baseline, YearMonth aspiration, boolean totalsOnly) {
        TrajectoryReport full = trajectory(org, measure, from, to, baseline, aspiration);
        return totalsOnly ? totalsOnlyTrajectories.get(full, TrajectoryReport::withTotalsOnly) : full;
    }

    private TrajectoryReport trajectory(Organisation org, Measure measure, YearMonth from, YearMonth to,
                                        YearMonth baseline, YearMonth aspiration) {
        return cached(new TrajectoryQuestion(org, measure, from, to, baseline, aspiration), org,
                TrajectoryReport::withAsOf, stamp -> {
            YearMonth last = to != null ? to : YearMonth.from(LocalDate.ofInstant(stamp.asOf().at(), Period.LONDON));
            YearMonth first = from != null ? from : last.minusMonths(11);
            YearMonth aspirationMonth = aspiration != null ? aspiration : defaultAspiration;
            requireTrajectoryMonths(first, last, baseline);
            OrganisationIndex index = stamp.index();
            SortedMap<YearMonth, RateSummary> series = new TreeMap<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                FiguresSum sum = FiguresSum.countsOnly();
                for (String trust : index.trustsOf(org)) {
                    sum.add(trustPart(trust, org, month.atDay(1), month.atEndOfMonth(), index));
                }
                series.put(month, RateSummary.of(sum.toFigures().counts(measure), measure.target()));
            }
            YearMonth baselineMonth = baseline != null ? baseline : Trajectory.defaultBaseline(series);
            Trajectory trajectory = Trajectory.of(series, measure.target(), baselineMonth, aspirationMonth);
            List<TrajectoryPoint> points = new ArrayList<>();
            for (TrajectoryMonth month : trajectory.months()) {
                RateSummary summary = month.summary();
                MeasureCounts counts = summary.counts();
                points.add(new TrajectoryPoint(month.month(), counts.met(), counts.notMet(), counts.pending(),
                        counts.excluded(), summary.rate(), summary.ciLow(), summary.ciHigh(),
                        month.trajectoryValue(), month.onTrajectory()));
            }
            Period months = new Period(first + ".." + last, first.atDay(1), last.atEndOfMonth());
            return new TrajectoryReport(org.level().path(), org.code(), index.nameOf(org), measure.id(),
                    measure.target(), first, last, baselineMonth, aspirationMonth, trajectory.baselineRate(),
                    stamp.asOf().at(), stamp.asOf().source(), points, trajectory.undefinedReason(),
                    dataQuality(org, months, index));
        });
    }

    /** @param baseline null for the default */
    private static void requireTrajectoryMonths(YearMonth first, YearMonth last, YearMonth baseline) {
        if (last.isBefore(first)) {
            throw new InvalidQueryException("to (" + last + ") is before from (" + first + ")");
        }
        if (first.until(last, ChronoUnit.MONTHS) >= MAX_TRAJECTORY_MONTHS) {
            throw new InvalidQueryException("a trajectory spans at most " + MAX_TRAJECTORY_MONTHS + " months");
        }
        if (baseline != null && (baseline.isBefore(first) || baseline.isAfter(last))) {
            throw new InvalidQueryException("the baseline month " + baseline + " must be within from (" + first
                    + ") and to (" + last + ")");
        }
    }

    /**
     * The data quality shown beside every answer: each trust that belonged to the organisation during the period,
     * its completeness over the days it belonged, and its feed's freshness, rejections and dead letters.
     */
    private DataQualityFigures dataQuality(Organisation org, Period period, OrganisationIndex index) {
        List<TrustDataQuality> trusts = new ArrayList<>();
        for (String trust : trustsDuring(org, period, index)) {
            trusts.add(TrustDataQuality.of(trust, index.nameOf(Organisation.trust(trust)),
                    trustPart(trust, org, period.firstDay(), period.lastDay(), index),
                    store.dataQualityOf(trust).orElse(null)));
        }
        return DataQualityFigures.of(trusts);
    }

    /** The trusts that belonged to the organisation on some date of the period, in code order. */
    private static List<String> trustsDuring(Organisation org, Period period, OrganisationIndex index) {
        return index.trustsOf(org).stream()
                .filter(trust -> index.belongedDuring(trust, org, period.firstDay(), period.lastDay()))
                .toList();
    }

    private List<TrustFigures> trustFigures(Organisation org, Period period, OrganisationIndex index) {
        List<TrustFigures> trusts = new ArrayList<>();
        for (String trust : trustsDuring(org, period, index)) {
            Figures figures = trustPart(trust, org, period.firstDay(), period.lastDay(), index);
            Map<Measure, MeasureCounts> counts = new EnumMap<>(Measure.class);
            for (Measure measure : Measure.values()) {
                counts.put(measure, figures.counts(measure));
            }
            trusts.add(new TrustFigures(trust, index.nameOf(Organisation.trust(trust)), counts));
        }
        return trusts;
    }

    /** Recomputed only when this trust's views or the reference data have changed since it was last summed. */
    private Figures trustPart(String trust, Organisation under, LocalDate first, LocalDate last,
                              OrganisationIndex index) {
        long version = store.versionOf(trust);
        StampedFigures hit = trustParts.getIfPresent(new TrustPart(trust, under, first, last));
        if (hit != null && hit.index() == index && hit.version() == version) {
            return hit.figures();
        }
        FiguresSum sum = new FiguresSum();
        store.addTrustFigures(sum, trust, under, first, last, index);
        Figures figures = sum.toFigures();
        trustParts.put(new TrustPart(trust, under, first, last), new StampedFigures(index, version, figures));
        return figures;
    }

    /** The answer that {@code answer} restamps (same figures, earlier asOf) while it is in memory; else null. */
    public Object restampedFrom(Object answer) {
        return restampedFrom.getIfPresent(answer);
    }

    /**
     * Asks {@code question} (a call of this class's answers) but answers only from the cache: null where an answer
     * is missing or stale and would have to be computed. For threads that must not wait for a sum.
     */
    public <T> T fromCacheOnly(Supplier<T> question) {
        cacheOnly.set(Boolean.TRUE);
        try {
            return question.get();
        } catch (NotCached e) {
            return null;
        } finally {
            cacheOnly.remove();
        }
    }

    /**
     * @param restamp the answer with a later asOf: the platform clock moves every second, and when no view of the
     *                organisation changed with it the figures are the same, so they are not summed again
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(Object question, Organisation org, BiFunction<T, AsOf, T> restamp,
                         Function<Stamp, T> compute) {
        OrganisationIndex index = store.organisations();
        // The stamp is read before computing: a change made meanwhile gives a newer stamp on the next read.
        Stamp stamp = new Stamp(index, store.versionOf(org, index), store.asOf());
        Stamped hit = answers.getIfPresent(question);
        if (hit != null && hit.stamp().equals(stamp)) {
            return (T) hit.answer();
        }
        if (cacheOnly.get() != null) {
            // Even a restamp writes to the cache, which may wait behind a computation: not on this thread.
            throw NOT_CACHED;
        }
        // One computation per stale answer: concurrent readers of the same question wait for it rather than
        // repeat it.
        return (T) answers.asMap().compute(question, (key, current) -> {
            if (current != null && current.stamp().equals(stamp)) {
                return current;
            }
            if (current != null && current.stamp().sameFiguresAs(stamp)) {
                T restamped = restamp.apply((T) current.answer(), stamp.asOf());
                restampedFrom.put(restamped, current.answer());
                return new Stamped(stamp, restamped);
            }
            return new Stamped(stamp, compute.apply(stamp));
        }).answer();
    }
}
