package org.asistream.measures.domain.view;

import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.measure.OutcomeState;

/**
 * The algebraic aggregate of one view bucket (a trust and a day, or any sum of them): per measure how many episodes
 * are met, not met, pending and excluded; the door-to-scan, scan-to-report and door-to-needle histograms; the
 * {@link Tally} counts; and the number of episodes missing each {@link MissingFact}.
 *
 * <p>A mutable accumulator, as a Kafka Streams aggregate is: {@link #add} and {@link #subtract} change it in place
 * and return it, and {@code subtract(c)} exactly undoes {@code add(c)}. {@link #plus} leaves both operands alone.
 * The setters exist for a serde to restore a stored aggregate.
 */
public final class MeasureCounts {

    private static final Measure[] MEASURES = Measure.values();
    private static final OutcomeState[] STATES = OutcomeState.values();

    private final long[] outcomes;
    private final long[] tallies;
    private final long[] missingFacts;
    private final Histogram doorToScanMinutes;
    private final Histogram scanToReportMinutes;
    private final Histogram doorToNeedleMinutes;

    public MeasureCounts() {
        this(new long[MEASURES.length * STATES.length], new long[Tally.values().length],
                new long[MissingFact.values().length], new Histogram(), new Histogram(), new Histogram());
    }

    private MeasureCounts(long[] outcomes, long[] tallies, long[] missingFacts, Histogram doorToScanMinutes,
                          Histogram scanToReportMinutes, Histogram doorToNeedleMinutes) {
        this.outcomes = outcomes;
        this.tallies = tallies;
        this.missingFacts = missingFacts;
        this.doorToScanMinutes = doorToScanMinutes;
        this.scanToReportMinutes = scanToReportMinutes;
        this.doorToNeedleMinutes = doorToNeedleMinutes;
    }

    public MeasureCounts add(Contribution contribution) {
        apply(contribution, 1);
        return this;
    }

    public MeasureCounts subtract(Contribution contribution) {
        apply(contribution, -1);
        return this;
    }

    /** A new aggregate holding the sum of this one and {@code other}. */
    public MeasureCounts plus(MeasureCounts other) {
        MeasureCounts sum = copy();
        addInto(sum.outcomes, other.outcomes);
        addInto(sum.tallies, other.tallies);
        addInto(sum.missingFacts, other.missingFacts);
        sum.doorToScanMinutes.addAll(other.doorToScanMinutes);
        sum.scanToReportMinutes.addAll(other.scanToReportMinutes);
        sum.doorToNeedleMinutes.addAll(other.doorToNeedleMinutes);
        return sum;
    }

    public MeasureCounts copy() {
        return new MeasureCounts(outcomes.clone(), tallies.clone(), missingFacts.clone(), doorToScanMinutes.copy(),
                scanToReportMinutes.copy(), doorToNeedleMinutes.copy());
    }

    /** True when nothing is counted: the bucket can be deleted. */
    public boolean isEmpty() {
        return allZero(outcomes) && allZero(tallies) && allZero(missingFacts) && doorToScanMinutes.isEmpty()
                && scanToReportMinutes.isEmpty() && doorToNeedleMinutes.isEmpty();
    }

    public long count(Measure measure, OutcomeState state) {
        return outcomes[index(measure, state)];
    }

    public long met(Measure measure) {
        return count(measure, OutcomeState.MET);
    }

    public long notMet(Measure measure) {
        return count(measure, OutcomeState.NOT_MET);
    }

    public long pending(Measure measure) {
        return count(measure, OutcomeState.PENDING);
    }

    public long excluded(Measure measure) {
        return count(measure, OutcomeState.EXCLUDED);
    }

    public long tally(Tally tally) {
        return tallies[tally.ordinal()];
    }

    /** Episodes missing a fact (each episode once per bucket and fact). */
    public long missing(MissingFact fact) {
        return missingFacts[fact.ordinal()];
    }

    /** Minutes from clock start to first brain scan. The live histogram: a serde may add restored counts to it. */
    public Histogram doorToScanMinutes() {
        return doorToScanMinutes;
    }

    /** Minutes from first brain scan to its first report. The live histogram. */
    public Histogram scanToReportMinutes() {
        return scanToReportMinutes;
    }

    /** Minutes from clock start to thrombolysis. The live histogram. */
    public Histogram doorToNeedleMinutes() {
        return doorToNeedleMinutes;
    }

    public void setCount(Measure measure, OutcomeState state, long count) {
        outcomes[index(measure, state)] = count;
    }

    public void setTally(Tally tally, long count) {
        tallies[tally.ordinal()] = count;
    }

    public void setMissing(MissingFact fact, long count) {
        missingFacts[fact.ordinal()] = count;
    }

    private void apply(Contribution contribution, int sign) {
        for (Measure measure : MEASURES) {
            OutcomeState state = contribution.state(measure);
            if (state != null) {
                outcomes[index(measure, state)] += sign;
            }
        }
        countHyperacute(contribution, sign);
        countTia(contribution, sign);
        if (contribution.tariffDue()) {
            tallies[Tally.TARIFF_EPISODES.ordinal()] += sign;
            tallies[Tally.TARIFF_EARNED_PENCE.ordinal()] += sign * contribution.tariffEarnedPence();
            tallies[Tally.TARIFF_FORGONE_PENCE.ordinal()] += sign * contribution.tariffForgonePence();
        }
        if (!contribution.missingFacts().isEmpty()) {
            tallies[Tally.INCOMPLETE_EPISODES.ordinal()] += sign;
            for (MissingFact fact : contribution.missingFacts()) {
                missingFacts[fact.ordinal()] += sign;
            }
        }
    }

    private void countHyperacute(Contribution contribution, int sign) {
        addMinutes(doorToScanMinutes, contribution.doorToScanMinutes(), sign);
        addMinutes(scanToReportMinutes, contribution.scanToReportMinutes(), sign);
        addMinutes(doorToNeedleMinutes, contribution.doorToNeedleMinutes(), sign);
        OutcomeState imaging = contribution.state(Measure.BRAIN_IMAGING_WITHIN_1_HOUR);
        if (imaging == null || imaging == OutcomeState.EXCLUDED) {
            return;
        }
        tallies[Tally.THROMBOLYSIS_ELIGIBLE.ordinal()] += sign;
        if (contribution.doorToNeedleMinutes() != null) {
            tallies[Tally.THROMBOLYSED.ordinal()] += sign;
        }
        if (imaging != OutcomeState.PENDING) {
            boolean inHours = contribution.clockStartInHours();
            tallies[(inHours ? Tally.IN_HOURS_SCANS_JUDGED : Tally.OUT_OF_HOURS_SCANS_JUDGED).ordinal()] += sign;
            if (imaging == OutcomeState.MET) {
                Tally within = inHours ? Tally.IN_HOURS_SCANNED_WITHIN_1_HOUR : Tally.OUT_OF_HOURS_SCANNED_WITHIN_1_HOUR;
                tallies[within.ordinal()] += sign;
            }
        }
    }

    private void countTia(Contribution contribution, int sign) {
        if (contribution.state(Measure.HIGH_RISK_TIA_WITHIN_24_HOURS) == null) {
            return;
        }
        tallies[Tally.HIGH_RISK_TIA.ordinal()] += sign;
        if (contribution.tiaScannedWithin2Hours()) {
            tallies[Tally.HIGH_RISK_TIA_SCANNED_WITHIN_2_HOURS.ordinal()] += sign;
        }
        if (contribution.tiaScannedWithin6Hours()) {
            tallies[Tally.HIGH_RISK_TIA_SCANNED_WITHIN_6_HOURS.ordinal()] += sign;
        }
        if (contribution.tiaInvestigatedWithMri()) {
            tallies[Tally.HIGH_RISK_TIA_INVESTIGATED_WITH_MRI.ordinal()] += sign;
        }
    }

    private static void addMinutes(Histogram histogram, Integer minutes, int sign) {
        if (minutes != null) {
            histogram.add(minutes, sign);
        }
    }

    private static int index(Measure measure, OutcomeState state) {
        return measure.ordinal() * STATES.length + state.ordinal();
    }

    private static void addInto(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }

    private static boolean allZero(long[] values) {
        for (long value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeasureCounts that
                && Arrays.equals(outcomes, that.outcomes)
                && Arrays.equals(tallies, that.tallies)
                && Arrays.equals(missingFacts, that.missingFacts)
                && doorToScanMinutes.equals(that.doorToScanMinutes)
                && scanToReportMinutes.equals(that.scanToReportMinutes)
                && doorToNeedleMinutes.equals(that.doorToNeedleMinutes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(outcomes), Arrays.hashCode(tallies), Arrays.hashCode(missingFacts),
                doorToScanMinutes, scanToReportMinutes, doorToNeedleMinutes);
    }

    @Override
    public String toString() {
        // Only what is non-zero, e.g. "MeasureCounts[4a MET=3, 4a NOT_MET=1, THROMBOLYSED=1, doorToScan={42m=3}]".
        StringJoiner text = new StringJoiner(", ", "MeasureCounts[", "]");
        for (Measure measure : MEASURES) {
            for (OutcomeState state : STATES) {
                long count = count(measure, state);
                if (count != 0) {
                    text.add(measure.id() + " " + state + "=" + count);
                }
            }
        }
        for (Tally tally : Tally.values()) {
            if (tally(tally) != 0) {
                text.add(tally + "=" + tally(tally));
            }
        }
        for (MissingFact fact : MissingFact.values()) {
            if (missing(fact) != 0) {
                text.add("missing " + fact + "=" + missing(fact));
            }
        }
        addHistogram(text, "doorToScan", doorToScanMinutes);
        addHistogram(text, "scanToReport", scanToReportMinutes);
        addHistogram(text, "doorToNeedle", doorToNeedleMinutes);
        return text.toString();
    }

    private static void addHistogram(StringJoiner text, String name, Histogram histogram) {
        if (!histogram.isEmpty()) {
            text.add(name + "=" + histogram);
        }
    }
}
