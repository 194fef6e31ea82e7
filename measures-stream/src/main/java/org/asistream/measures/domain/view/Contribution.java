package org.asistream.measures.domain.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.asistream.measures.domain.measure.AttributionKey;
import org.asistream.measures.domain.measure.DataGap;
import org.asistream.measures.domain.measure.EpisodeAssessment;
import org.asistream.measures.domain.measure.HyperacuteFigures;
import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.MeasureOutcome;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.measure.OutcomeState;
import org.asistream.measures.domain.measure.TiaFigures;
import org.asistream.measures.domain.measure.TiaTariff;

/**
 * What one episode adds to one (trust, day) bucket: the flat form of an {@link EpisodeAssessment} that views are
 * summed from. An episode has one contribution per distinct attribution key (usually the clock-start bucket, the
 * end-of-stay bucket and the TIA bucket; fewer when they coincide).
 *
 * <p>The in-hours/out-of-hours scan shares and the thrombolysis denominator are read from the measure 4a state, and
 * the high-risk TIA denominator from the measure 5 state, so they cannot disagree with the measures.
 *
 * @param doorToScanMinutes     see {@link HyperacuteFigures}; null when absent
 * @param clockStartInHours     whether the measure 4a figures in this bucket belong to an in-hours clock start
 * @param tariffDue             whether the TIA tariff is due (then earned and forgone are set, else both are 0)
 * @param missingFacts          the data gaps attributed to this bucket
 */
public record Contribution(
        AttributionKey bucket,
        MeasureStates states,
        Integer doorToScanMinutes,
        Integer scanToReportMinutes,
        Integer doorToNeedleMinutes,
        boolean clockStartInHours,
        boolean tiaScannedWithin2Hours,
        boolean tiaScannedWithin6Hours,
        boolean tiaInvestigatedWithMri,
        boolean tariffDue,
        long tariffEarnedPence,
        long tariffForgonePence,
        Set<MissingFact> missingFacts) {

    public Contribution {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(states, "states");
        missingFacts = missingFacts.isEmpty() ? Set.of() : Set.copyOf(missingFacts);
    }

    /** The state of a measure in this bucket, or null when the episode is not in its cohort here. */
    public OutcomeState state(Measure measure) {
        return states.state(measure);
    }

    /** The episode's contributions, one per attribution key, sorted by key. */
    public static List<Contribution> of(EpisodeAssessment assessment) {
        List<Bucket> buckets = new ArrayList<>(3);
        for (MeasureOutcome outcome : assessment.outcomes()) {
            bucket(buckets, outcome.attribution()).state(outcome.measure(), outcome.state());
        }
        assessment.hyperacute().ifPresent(figures -> bucket(buckets, figures.attribution()).hyperacute(figures));
        assessment.tia().ifPresent(figures -> bucket(buckets, figures.attribution()).tia(figures));
        assessment.tariff().ifPresent(tariff -> bucket(buckets, tariff.attribution()).tariff(tariff));
        for (DataGap gap : assessment.dataGaps()) {
            bucket(buckets, gap.attribution()).missing(gap.fact());
        }
        List<Contribution> contributions = new ArrayList<>(buckets.size());
        for (Bucket bucket : buckets) {
            contributions.add(bucket.build());
        }
        contributions.sort(Comparator.comparing(Contribution::bucket));
        return contributions;
    }

    private static Bucket bucket(List<Bucket> buckets, AttributionKey key) {
        for (Bucket bucket : buckets) {
            if (bucket.key.equals(key)) {
                return bucket;
            }
        }
        Bucket bucket = new Bucket(key);
        buckets.add(bucket);
        return bucket;
    }

    /** Gathers the parts of an assessment that fall in one bucket. */
    private static final class Bucket {
        private final AttributionKey key;
        private MeasureStates states = MeasureStates.NONE;
        private Integer doorToScanMinutes;
        private Integer scanToReportMinutes;
        private Integer doorToNeedleMinutes;
        private boolean clockStartInHours;
        private boolean tiaScannedWithin2Hours;
        private boolean tiaScannedWithin6Hours;
        private boolean tiaInvestigatedWithMri;
        private boolean tariffDue;
        private long tariffEarnedPence;
        private long tariffForgonePence;
        private final Set<MissingFact> missingFacts = EnumSet.noneOf(MissingFact.class);

        Bucket(AttributionKey key) {
            this.key = key;
        }

        void state(Measure measure, OutcomeState state) {
            states = states.with(measure, state);
        }

        void hyperacute(HyperacuteFigures figures) {
            clockStartInHours = figures.clockStartInHours();
            doorToScanMinutes = figures.doorToScanMinutes();
            scanToReportMinutes = figures.scanToReportMinutes();
            doorToNeedleMinutes = figures.doorToNeedleMinutes();
        }

        void tia(TiaFigures figures) {
            tiaScannedWithin2Hours = figures.scannedWithin2Hours();
            tiaScannedWithin6Hours = figures.scannedWithin6Hours();
            tiaInvestigatedWithMri = figures.investigatedWithMri();
        }

        void tariff(TiaTariff tariff) {
            tariffDue = true;
            tariffEarnedPence = tariff.earnedPence();
            tariffForgonePence = tariff.forgonePence();
        }

        void missing(MissingFact fact) {
            missingFacts.add(fact);
        }

        Contribution build() {
            return new Contribution(key, states, doorToScanMinutes, scanToReportMinutes, doorToNeedleMinutes,
                    clockStartInHours, tiaScannedWithin2Hours, tiaScannedWithin6Hours, tiaInvestigatedWithMri,
                    tariffDue, tariffEarnedPence, tariffForgonePence, missingFacts);
        }
    }
}
