package org.asistream.query.view;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;

/** A running total of {@link Figures}; not thread-safe, meant to live within one computation. */
public final class FiguresSum {

    private final boolean withDistributions;
    private final long[] outcomes = new long[Measure.values().length * Figures.STATES];
    private final long[] imaging = new long[ImagingCount.values().length];
    private final MinuteDistribution.Sum doorToScanMinutes = new MinuteDistribution.Sum();
    private final MinuteDistribution.Sum scanToReportMinutes = new MinuteDistribution.Sum();
    private final MinuteDistribution.Sum doorToNeedleMinutes = new MinuteDistribution.Sum();
    private Figures.Tariff tariff = Figures.Tariff.NONE;
    private long incompleteEpisodes;
    private final Map<String, Long> missingFacts = new TreeMap<>();

    public FiguresSum() {
        this(true);
    }

    private FiguresSum(boolean withDistributions) {
        this.withDistributions = withDistributions;
    }

    /** A sum that skips the minute distributions: league tables and funnels need the counts alone. */
    public static FiguresSum countsOnly() {
        return new FiguresSum(false);
    }

    public FiguresSum add(Figures figures) {
        long[] otherOutcomes = figures.outcomesArray();
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] += otherOutcomes[i];
        }
        long[] otherImaging = figures.imagingArray();
        for (int i = 0; i < imaging.length; i++) {
            imaging[i] += otherImaging[i];
        }
        if (withDistributions) {
            doorToScanMinutes.add(figures.doorToScanMinutes());
            scanToReportMinutes.add(figures.scanToReportMinutes());
            doorToNeedleMinutes.add(figures.doorToNeedleMinutes());
        }
        tariff = tariff.plus(figures.tariff());
        addIncompleteEpisodes(figures.incompleteEpisodes(), figures.missingFacts());
        return this;
    }

    public FiguresSum addCounts(Measure measure, MeasureCounts counts) {
        int at = measure.ordinal() * Figures.STATES;
        outcomes[at] += counts.met();
        outcomes[at + 1] += counts.notMet();
        outcomes[at + 2] += counts.pending();
        outcomes[at + 3] += counts.excluded();
        return this;
    }

    public FiguresSum addImaging(ImagingCount count, long episodes) {
        imaging[count.ordinal()] += episodes;
        return this;
    }

    public FiguresSum addDoorToScanMinutes(MinuteDistribution distribution) {
        doorToScanMinutes.add(distribution);
        return this;
    }

    public FiguresSum addScanToReportMinutes(MinuteDistribution distribution) {
        scanToReportMinutes.add(distribution);
        return this;
    }

    public FiguresSum addDoorToNeedleMinutes(MinuteDistribution distribution) {
        doorToNeedleMinutes.add(distribution);
        return this;
    }

    public FiguresSum addTariff(long episodes, long earnedPence, long forgonePence) {
        tariff = tariff.plus(new Figures.Tariff(episodes, earnedPence, forgonePence));
        return this;
    }

    /** @param missingFacts episodes missing each kind of fact */
    public FiguresSum addIncompleteEpisodes(long incompleteEpisodes, Map<String, Long> missingFacts) {
        this.incompleteEpisodes += incompleteEpisodes;
        missingFacts.forEach((fact, episodes) -> this.missingFacts.merge(fact, episodes, Long::sum));
        return this;
    }

    public Figures toFigures() {
        return new Figures(outcomes.clone(), imaging.clone(), doorToScanMinutes.toDistribution(),
                scanToReportMinutes.toDistribution(), doorToNeedleMinutes.toDistribution(), tariff, incompleteEpisodes,
                missingFacts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(missingFacts)));
    }
}
