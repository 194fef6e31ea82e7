package org.asistream.query.view;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;

/**
 * Everything a trust-day view counts, or the sum of several: outcome counts per measure, the minute distributions,
 * the imaging counts, the TIA tariff and the incomplete episodes. Counts, never rates, so any set of days and trusts adds
 * up to another {@code Figures}. Immutable; build and add them with {@link FiguresSum}.
 */
public final class Figures {

    static final int STATES = 4;

    private final long[] outcomes;
    private final long[] imaging;
    private final MinuteDistribution doorToScanMinutes;
    private final MinuteDistribution scanToReportMinutes;
    private final MinuteDistribution doorToNeedleMinutes;
    private final Tariff tariff;
    private final long incompleteEpisodes;
    private final Map<String, Long> missingFacts;

    Figures(long[] outcomes, long[] imaging, MinuteDistribution doorToScanMinutes,
            MinuteDistribution scanToReportMinutes, MinuteDistribution doorToNeedleMinutes, Tariff tariff,
            long incompleteEpisodes, Map<String, Long> missingFacts) {
        this.outcomes = outcomes;
        this.imaging = imaging;
        this.doorToScanMinutes = doorToScanMinutes;
        this.scanToReportMinutes = scanToReportMinutes;
        this.doorToNeedleMinutes = doorToNeedleMinutes;
        this.tariff = tariff;
        this.incompleteEpisodes = incompleteEpisodes;
        this.missingFacts = missingFacts;
    }

    /** The TIA Best Practice Tariff over the episodes whose tariff is decided, in pence. */
    public record Tariff(long episodes, long earnedPence, long forgonePence) {

        public static final Tariff NONE = new Tariff(0, 0, 0);

        Tariff plus(Tariff other) {
            return new Tariff(episodes + other.episodes, earnedPence + other.earnedPence,
                    forgonePence + other.forgonePence);
        }
    }

    public MeasureCounts counts(Measure measure) {
        int at = measure.ordinal() * STATES;
        return new MeasureCounts(outcomes[at], outcomes[at + 1], outcomes[at + 2], outcomes[at + 3]);
    }

    public long imaging(ImagingCount count) {
        return imaging[count.ordinal()];
    }

    public MinuteDistribution doorToScanMinutes() {
        return doorToScanMinutes;
    }

    public MinuteDistribution scanToReportMinutes() {
        return scanToReportMinutes;
    }

    public MinuteDistribution doorToNeedleMinutes() {
        return doorToNeedleMinutes;
    }

    public Tariff tariff() {
        return tariff;
    }

    /** Episodes attributed here that miss facts the measures need. */
    public long incompleteEpisodes() {
        return incompleteEpisodes;
    }

    /** Episodes missing each kind of fact (DIAGNOSIS, BRAIN_IMAGING, ...), in name order. */
    public Map<String, Long> missingFacts() {
        return missingFacts;
    }

    long[] outcomesArray() {
        return outcomes;
    }

    long[] imagingArray() {
        return imaging;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figures that
                && Arrays.equals(outcomes, that.outcomes) && Arrays.equals(imaging, that.imaging)
                && doorToScanMinutes.equals(that.doorToScanMinutes)
                && scanToReportMinutes.equals(that.scanToReportMinutes)
                && doorToNeedleMinutes.equals(that.doorToNeedleMinutes)
                && tariff.equals(that.tariff) && incompleteEpisodes == that.incompleteEpisodes
                && missingFacts.equals(that.missingFacts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(outcomes), Arrays.hashCode(imaging), doorToScanMinutes, tariff,
                incompleteEpisodes);
    }
}
