package org.asistream.measures.topology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.measure.OutcomeState;
import org.asistream.measures.domain.view.Histogram;
import org.asistream.measures.domain.view.MeasureCounts;
import org.asistream.measures.domain.view.Tally;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.MinuteBucket;
import org.asistream.schemas.avro.MinuteHistogram;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TariffCounts;
import org.asistream.schemas.avro.TrustDayView;

/** Converts the domain's counts for a (trust, day) bucket to and from the published {@link TrustDayView}. */
public final class TrustDayViews {

    /** The view topic's key: {@code TRUST|yyyy-MM-dd}. */
    public static String key(String trust, LocalDate day) {
        return trust + "|" + day;
    }

    public static TrustDayView toView(String trust, LocalDate day, MeasureCounts counts) {
        Map<String, OutcomeCounts> measures = new TreeMap<>();
        for (Measure measure : Measure.values()) {
            OutcomeCounts outcome = new OutcomeCounts(counts.count(measure, OutcomeState.MET),
                    counts.count(measure, OutcomeState.NOT_MET), counts.count(measure, OutcomeState.PENDING),
                    counts.count(measure, OutcomeState.EXCLUDED));
            if (outcome.getMet() + outcome.getNotMet() + outcome.getPending() + outcome.getExcluded() > 0) {
                measures.put(measure.id(), outcome);
            }
        }
        Map<String, Long> missing = new TreeMap<>();
        for (MissingFact fact : MissingFact.values()) {
            if (counts.missing(fact) != 0) {
                missing.put(fact.name(), counts.missing(fact));
            }
        }
        return TrustDayView.newBuilder()
                .setTrust(trust)
                .setDate(day)
                .setMeasures(measures)
                .setDoorToScanMinutes(histogram(counts.doorToScanMinutes()))
                .setScanToReportMinutes(histogram(counts.scanToReportMinutes()))
                .setDoorToNeedleMinutes(histogram(counts.doorToNeedleMinutes()))
                .setImaging(ImagingCounts.newBuilder()
                        .setScannedInHours(counts.tally(Tally.IN_HOURS_SCANS_JUDGED))
                        .setScannedWithinHourInHours(counts.tally(Tally.IN_HOURS_SCANNED_WITHIN_1_HOUR))
                        .setScannedOutOfHours(counts.tally(Tally.OUT_OF_HOURS_SCANS_JUDGED))
                        .setScannedWithinHourOutOfHours(counts.tally(Tally.OUT_OF_HOURS_SCANNED_WITHIN_1_HOUR))
                        .setThrombolysisCohort(counts.tally(Tally.THROMBOLYSIS_ELIGIBLE))
                        .setThrombolysed(counts.tally(Tally.THROMBOLYSED))
                        .setTiaHighRisk(counts.tally(Tally.HIGH_RISK_TIA))
                        .setTiaHighRiskScannedWithin2h(counts.tally(Tally.HIGH_RISK_TIA_SCANNED_WITHIN_2_HOURS))
                        .setTiaHighRiskScannedWithin6h(counts.tally(Tally.HIGH_RISK_TIA_SCANNED_WITHIN_6_HOURS))
                        .setTiaHighRiskInvestigatedWithMri(counts.tally(Tally.HIGH_RISK_TIA_INVESTIGATED_WITH_MRI))
                        .build())
                .setTariff(new TariffCounts(counts.tally(Tally.TARIFF_EPISODES), counts.tally(Tally.TARIFF_EARNED_PENCE),
                        counts.tally(Tally.TARIFF_FORGONE_PENCE)))
                .setIncompleteEpisodes(counts.tally(Tally.INCOMPLETE_EPISODES))
                .setMissingFacts(missing)
                .build();
    }

    /** The view of a bucket from its store key ({@code TRUST|yyyy-MM-dd}) and counts. */
    public static TrustDayView toView(String key, MeasureCounts counts) {
        int bar = key.lastIndexOf('|');
        return toView(key.substring(0, bar), LocalDate.parse(key.substring(bar + 1)), counts);
    }

    /**
     * Applies one episode's change to a bucket's counts: takes away what it contributed before, adds what it
     * contributes now. Returns null (delete the bucket) when nothing is left in it.
     */
    static MeasureCounts apply(ContributionChange change, MeasureCounts counts) {
        if (change.before() != null) {
            counts.subtract(change.before());
        }
        if (change.after() != null) {
            counts.add(change.after());
        }
        return counts.isEmpty() ? null : counts;
    }

    private static MinuteHistogram histogram(Histogram histogram) {
        List<MinuteBucket> buckets = new ArrayList<>(histogram.distinctMinutes());
        for (int i = 0; i < histogram.distinctMinutes(); i++) {
            buckets.add(new MinuteBucket(histogram.minuteAt(i), histogram.countAt(i)));
        }
        return new MinuteHistogram(buckets);
    }

    private TrustDayViews() {
    }
}
