package org.asistream.measures.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.MinuteBucket;
import org.asistream.schemas.avro.MinuteHistogram;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TariffCounts;
import org.asistream.schemas.avro.TrustDayView;

/**
 * Both sides in one flat, comparable form: per key {@code TRUST|yyyy-MM-dd}, field name to value as text
 * ({@code measures.4a -> met=1 notMet=0 pending=2 excluded=0}, {@code doorToScanMinutes -> {12=1, 47=2}}, ...).
 */
final class Comparable {

    private Comparable() {
    }

    static SortedMap<String, SortedMap<String, String>> ofOracle(Map<String, TrustDay> oracle) {
        SortedMap<String, SortedMap<String, String>> flat = new TreeMap<>();
        oracle.forEach((key, d) -> {
            SortedMap<String, String> f = new TreeMap<>();
            f.put("trust", d.trust());
            f.put("date", d.date().toString());
            d.measures().forEach((id, o) -> f.put("measures." + id, outcomes(o.met(), o.notMet(), o.pending(),
                    o.excluded())));
            f.put("doorToScanMinutes", d.doorToScanMinutes().toString());
            f.put("scanToReportMinutes", d.scanToReportMinutes().toString());
            f.put("doorToNeedleMinutes", d.doorToNeedleMinutes().toString());
            TrustDay.Imaging i = d.imaging();
            f.put("imaging.scannedInHours", "" + i.scannedInHours());
            f.put("imaging.scannedWithinHourInHours", "" + i.scannedWithinHourInHours());
            f.put("imaging.scannedOutOfHours", "" + i.scannedOutOfHours());
            f.put("imaging.scannedWithinHourOutOfHours", "" + i.scannedWithinHourOutOfHours());
            f.put("imaging.thrombolysisCohort", "" + i.thrombolysisCohort());
            f.put("imaging.thrombolysed", "" + i.thrombolysed());
            f.put("imaging.tiaHighRisk", "" + i.tiaHighRisk());
            f.put("imaging.tiaHighRiskScannedWithin2h", "" + i.tiaHighRiskScannedWithin2h());
            f.put("imaging.tiaHighRiskScannedWithin6h", "" + i.tiaHighRiskScannedWithin6h());
            f.put("imaging.tiaHighRiskInvestigatedWithMri", "" + i.tiaHighRiskInvestigatedWithMri());
            f.put("tariff.episodes", "" + d.tariff().episodes());
            f.put("tariff.earnedPence", "" + d.tariff().earnedPence());
            f.put("tariff.forgonePence", "" + d.tariff().forgonePence());
            f.put("incompleteEpisodes", "" + d.incompleteEpisodes());
            d.missingFacts().forEach((fact, n) -> f.put("missingFacts." + fact, "" + n));
            flat.put(key, f);
        });
        return flat;
    }

    static SortedMap<String, SortedMap<String, String>> ofProduct(Map<String, TrustDayView> product) {
        SortedMap<String, SortedMap<String, String>> flat = new TreeMap<>();
        product.forEach((key, v) -> {
            SortedMap<String, String> f = new TreeMap<>();
            f.put("trust", v.getTrust());
            f.put("date", v.getDate().toString());
            v.getMeasures().forEach((id, o) -> f.put("measures." + id, outcomes(o)));
            f.put("doorToScanMinutes", histogram(v.getDoorToScanMinutes()));
            f.put("scanToReportMinutes", histogram(v.getScanToReportMinutes()));
            f.put("doorToNeedleMinutes", histogram(v.getDoorToNeedleMinutes()));
            ImagingCounts i = v.getImaging();
            f.put("imaging.scannedInHours", "" + i.getScannedInHours());
            f.put("imaging.scannedWithinHourInHours", "" + i.getScannedWithinHourInHours());
            f.put("imaging.scannedOutOfHours", "" + i.getScannedOutOfHours());
            f.put("imaging.scannedWithinHourOutOfHours", "" + i.getScannedWithinHourOutOfHours());
            f.put("imaging.thrombolysisCohort", "" + i.getThrombolysisCohort());
            f.put("imaging.thrombolysed", "" + i.getThrombolysed());
            f.put("imaging.tiaHighRisk", "" + i.getTiaHighRisk());
            f.put("imaging.tiaHighRiskScannedWithin2h", "" + i.getTiaHighRiskScannedWithin2h());
            f.put("imaging.tiaHighRiskScannedWithin6h", "" + i.getTiaHighRiskScannedWithin6h());
            f.put("imaging.tiaHighRiskInvestigatedWithMri", "" + i.getTiaHighRiskInvestigatedWithMri());
            TariffCounts t = v.getTariff();
            f.put("tariff.episodes", "" + t.getEpisodes());
            f.put("tariff.earnedPence", "" + t.getEarnedPence());
            f.put("tariff.forgonePence", "" + t.getForgonePence());
            f.put("incompleteEpisodes", "" + v.getIncompleteEpisodes());
            v.getMissingFacts().forEach((fact, n) -> f.put("missingFacts." + fact, "" + n));
            flat.put(key, f);
        });
        return flat;
    }

    private static String outcomes(OutcomeCounts o) {
        return outcomes(o.getMet(), o.getNotMet(), o.getPending(), o.getExcluded());
    }

    private static String outcomes(long met, long notMet, long pending, long excluded) {
        return "met=" + met + " notMet=" + notMet + " pending=" + pending + " excluded=" + excluded;
    }

    /** The histogram as a sorted minute -> count map; a repeated or unsorted minute shows up as a difference. */
    private static String histogram(MinuteHistogram histogram) {
        List<String> parts = new ArrayList<>();
        Integer previous = null;
        for (MinuteBucket bucket : histogram.getBuckets()) {
            if (previous != null && bucket.getMinute() <= previous) {
                parts.add("UNSORTED");
            }
            previous = bucket.getMinute();
            parts.add(bucket.getMinute() + "=" + bucket.getCount());
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** One line per (key, field) that differs: {@code key field: oracle=... product=...}. */
    static List<String> differences(SortedMap<String, SortedMap<String, String>> oracle,
                                    SortedMap<String, SortedMap<String, String>> product) {
        List<String> lines = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(oracle.keySet());
        keys.addAll(product.keySet());
        for (String key : keys) {
            SortedMap<String, String> o = oracle.get(key);
            SortedMap<String, String> p = product.get(key);
            if (o == null || p == null) {
                lines.add(key + ": bucket only in " + (o == null ? "product " + p : "oracle " + o));
                continue;
            }
            TreeSet<String> fields = new TreeSet<>(o.keySet());
            fields.addAll(p.keySet());
            for (String field : fields) {
                String ov = o.get(field);
                String pv = p.get(field);
                if (ov == null ? pv != null : !ov.equals(pv)) {
                    lines.add(key + " " + field + ": oracle=" + ov + " product=" + pv);
                }
            }
        }
        return lines;
    }
}
