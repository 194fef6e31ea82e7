package org.asistream.query.materialise;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.asistream.query.statistics.Measure;
import org.asistream.query.statistics.MeasureCounts;
import org.asistream.query.view.Figures;
import org.asistream.query.view.FiguresSum;
import org.asistream.query.view.ImagingCount;
import org.asistream.query.view.MinuteDistribution;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.MinuteBucket;
import org.asistream.schemas.avro.MinuteHistogram;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TrustDayView;

/** Reads a record of the trust-day view topic into the query service's {@link Figures}. */
public final class TrustDayFigures {

    private TrustDayFigures() {
    }

    /** The trust and date of a key {@code TRUST|yyyy-MM-dd}. */
    record Key(String trust, LocalDate day) {

        static Key parse(String key) {
            int bar = key == null ? -1 : key.lastIndexOf('|');
            if (bar <= 0) {
                throw new IllegalArgumentException("a trust-day key is TRUST|yyyy-MM-dd, got '" + key + "'");
            }
            try {
                return new Key(key.substring(0, bar), LocalDate.parse(key.substring(bar + 1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a trust-day key is TRUST|yyyy-MM-dd, got '" + key + "'", e);
            }
        }
    }

    /** Measure ids this version does not know are skipped (a later stream may count more measures). */
    public static Figures of(TrustDayView view) {
        FiguresSum sum = new FiguresSum();
        for (Map.Entry<String, OutcomeCounts> entry : view.getMeasures().entrySet()) {
            Measure measure = measureOrNull(entry.getKey());
            if (measure != null) {
                OutcomeCounts counts = entry.getValue();
                sum.addCounts(measure, new MeasureCounts(counts.getMet(), counts.getNotMet(), counts.getPending(),
                        counts.getExcluded()));
            }
        }
        sum.addDoorToScanMinutes(distribution(view.getDoorToScanMinutes()));
        sum.addScanToReportMinutes(distribution(view.getScanToReportMinutes()));
        sum.addDoorToNeedleMinutes(distribution(view.getDoorToNeedleMinutes()));
        ImagingCounts imaging = view.getImaging();
        sum.addImaging(ImagingCount.SCANNED_IN_HOURS, imaging.getScannedInHours())
                .addImaging(ImagingCount.SCANNED_WITHIN_HOUR_IN_HOURS, imaging.getScannedWithinHourInHours())
                .addImaging(ImagingCount.SCANNED_OUT_OF_HOURS, imaging.getScannedOutOfHours())
                .addImaging(ImagingCount.SCANNED_WITHIN_HOUR_OUT_OF_HOURS, imaging.getScannedWithinHourOutOfHours())
                .addImaging(ImagingCount.THROMBOLYSIS_COHORT, imaging.getThrombolysisCohort())
                .addImaging(ImagingCount.THROMBOLYSED, imaging.getThrombolysed())
                .addImaging(ImagingCount.TIA_HIGH_RISK, imaging.getTiaHighRisk())
                .addImaging(ImagingCount.TIA_HIGH_RISK_SCANNED_WITHIN_2H, imaging.getTiaHighRiskScannedWithin2h())
                .addImaging(ImagingCount.TIA_HIGH_RISK_SCANNED_WITHIN_6H, imaging.getTiaHighRiskScannedWithin6h())
                .addImaging(ImagingCount.TIA_HIGH_RISK_INVESTIGATED_WITH_MRI,
                        imaging.getTiaHighRiskInvestigatedWithMri());
        sum.addTariff(view.getTariff().getEpisodes(), view.getTariff().getEarnedPence(),
                view.getTariff().getForgonePence());
        sum.addIncompleteEpisodes(view.getIncompleteEpisodes(), view.getMissingFacts());
        return sum.toFigures();
    }

    private static Measure measureOrNull(String id) {
        for (Measure measure : Measure.values()) {
            if (measure.id().equals(id)) {
                return measure;
            }
        }
        return null;
    }

    /** Buckets are documented as sorted by minute; any that are not (or repeat a minute) are sorted and added. */
    private static MinuteDistribution distribution(MinuteHistogram histogram) {
        List<MinuteBucket> buckets = histogram.getBuckets();
        int[] minutes = new int[buckets.size()];
        long[] counts = new long[buckets.size()];
        boolean ascending = true;
        for (int i = 0; i < buckets.size(); i++) {
            minutes[i] = buckets.get(i).getMinute();
            counts[i] = buckets.get(i).getCount();
            ascending &= i == 0 || minutes[i] > minutes[i - 1];
        }
        if (ascending) {
            return MinuteDistribution.of(minutes, counts);
        }
        TreeMap<Integer, Long> byMinute = new TreeMap<>();
        for (MinuteBucket bucket : buckets) {
            byMinute.merge(bucket.getMinute(), bucket.getCount(), Long::sum);
        }
        return MinuteDistribution.of(byMinute.keySet().stream().mapToInt(Integer::intValue).toArray(),
                byMinute.values().stream().mapToLong(Long::longValue).toArray());
    }
}
