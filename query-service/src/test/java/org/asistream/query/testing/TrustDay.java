package org.asistream.query.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.MinuteBucket;
import org.asistream.schemas.avro.MinuteHistogram;
import org.asistream.schemas.avro.OutcomeCounts;
import org.asistream.schemas.avro.TariffCounts;
import org.asistream.schemas.avro.TrustDayView;

/** Builds a trust-day view record as the stream would write it; everything not set is zero or empty. */
public final class TrustDay {

    private final String trust;
    private final LocalDate date;
    private final Map<String, OutcomeCounts> measures = new LinkedHashMap<>();
    private final List<MinuteBucket> doorToScan = new ArrayList<>();
    private final List<MinuteBucket> scanToReport = new ArrayList<>();
    private final List<MinuteBucket> doorToNeedle = new ArrayList<>();
    private ImagingCounts imaging = new ImagingCounts(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    private TariffCounts tariff = new TariffCounts(0L, 0L, 0L);
    private long incompleteEpisodes;
    private final Map<String, Long> missingFacts = new LinkedHashMap<>();

    private TrustDay(String trust, LocalDate date) {
        this.trust = trust;
        this.date = date;
    }

    public static TrustDay of(String trust, String date) {
        return new TrustDay(trust, LocalDate.parse(date));
    }

    public String key() {
        return trust + "|" + date;
    }

    public TrustDay measure(String id, long met, long notMet, long pending, long excluded) {
        measures.put(id, new OutcomeCounts(met, notMet, pending, excluded));
        return this;
    }

    /** Minute-count pairs: 20, 1, 30, 2 means one episode at 20 minutes and two at 30. */
    public TrustDay doorToScan(int... minuteCounts) {
        buckets(doorToScan, minuteCounts);
        return this;
    }

    public TrustDay scanToReport(int... minuteCounts) {
        buckets(scanToReport, minuteCounts);
        return this;
    }

    public TrustDay doorToNeedle(int... minuteCounts) {
        buckets(doorToNeedle, minuteCounts);
        return this;
    }

    public TrustDay imaging(ImagingCounts counts) {
        imaging = counts;
        return this;
    }

    public TrustDay tariff(long episodes, long earnedPence, long forgonePence) {
        tariff = new TariffCounts(episodes, earnedPence, forgonePence);
        return this;
    }

    public TrustDay incomplete(long episodes, Map<String, Long> byFact) {
        incompleteEpisodes = episodes;
        missingFacts.putAll(byFact);
        return this;
    }

    public TrustDayView build() {
        return new TrustDayView(trust, date, measures, new MinuteHistogram(doorToScan),
                new MinuteHistogram(scanToReport), new MinuteHistogram(doorToNeedle), imaging, tariff,
                incompleteEpisodes, missingFacts);
    }

    private static void buckets(List<MinuteBucket> buckets, int[] minuteCounts) {
        for (int i = 0; i < minuteCounts.length; i += 2) {
            buckets.add(new MinuteBucket(minuteCounts[i], (long) minuteCounts[i + 1]));
        }
    }
}
