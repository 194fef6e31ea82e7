package org.asistream.measures.oracle;

import java.time.LocalDate;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** What the oracle says one (trust, Europe/London day) bucket holds. Immutable once built. */
record TrustDay(String trust,
                LocalDate date,
                SortedMap<String, Outcomes> measures,
                SortedMap<Integer, Long> doorToScanMinutes,
                SortedMap<Integer, Long> scanToReportMinutes,
                SortedMap<Integer, Long> doorToNeedleMinutes,
                Imaging imaging,
                Tariff tariff,
                long incompleteEpisodes,
                SortedMap<String, Long> missingFacts,
                SortedSet<String> episodes) {

    record Outcomes(long met, long notMet, long pending, long excluded) {
    }

    record Imaging(long scannedInHours, long scannedWithinHourInHours, long scannedOutOfHours,
                   long scannedWithinHourOutOfHours, long thrombolysisCohort, long thrombolysed, long tiaHighRisk,
                   long tiaHighRiskScannedWithin2h, long tiaHighRiskScannedWithin6h,
                   long tiaHighRiskInvestigatedWithMri) {
    }

    record Tariff(long episodes, long earnedPence, long forgonePence) {
    }

    /** The mutable sum of the episodes' contributions to one bucket. */
    static final class Builder {
        private final String trust;
        private final LocalDate date;
        private final SortedMap<String, long[]> measures = new TreeMap<>();
        private final SortedMap<Integer, Long> doorToScan = new TreeMap<>();
        private final SortedMap<Integer, Long> scanToReport = new TreeMap<>();
        private final SortedMap<Integer, Long> doorToNeedle = new TreeMap<>();
        private final long[] imaging = new long[10];
        private final long[] tariff = new long[3];
        private long incomplete;
        private final SortedMap<String, Long> missing = new TreeMap<>();
        private final SortedSet<String> episodes = new TreeSet<>();

        Builder(String trust, LocalDate date) {
            this.trust = trust;
            this.date = date;
        }

        void outcome(String measureId, Outcome outcome) {
            measures.computeIfAbsent(measureId, id -> new long[4])[outcome.ordinal()]++;
        }

        void doorToScan(int minutes) {
            doorToScan.merge(minutes, 1L, Long::sum);
        }

        void scanToReport(int minutes) {
            scanToReport.merge(minutes, 1L, Long::sum);
        }

        void doorToNeedle(int minutes) {
            doorToNeedle.merge(minutes, 1L, Long::sum);
        }

        /** Index in the order of {@link Imaging}'s components. */
        void imaging(int index) {
            imaging[index]++;
        }

        void tariff(long earned, long forgone) {
            tariff[0]++;
            tariff[1] += earned;
            tariff[2] += forgone;
        }

        void gaps(Set<MissingFact> facts) {
            if (facts.isEmpty()) {
                return;
            }
            incomplete++;
            for (MissingFact fact : facts) {
                missing.merge(fact.name(), 1L, Long::sum);
            }
        }

        void episode(String episodeId) {
            episodes.add(episodeId);
        }

        boolean isEmpty() {
            if (!measures.isEmpty() || !doorToScan.isEmpty() || !scanToReport.isEmpty() || !doorToNeedle.isEmpty()
                    || incomplete != 0 || !missing.isEmpty()) {
                return false;
            }
            for (long n : imaging) {
                if (n != 0) {
                    return false;
                }
            }
            for (long n : tariff) {
                if (n != 0) {
                    return false;
                }
            }
            return true;
        }

        TrustDay build() {
            SortedMap<String, Outcomes> outcomes = new TreeMap<>();
            measures.forEach((id, n) -> outcomes.put(id, new Outcomes(n[Outcome.MET.ordinal()],
                    n[Outcome.NOT_MET.ordinal()], n[Outcome.PENDING.ordinal()], n[Outcome.EXCLUDED.ordinal()])));
            long[] i = imaging;
            return new TrustDay(trust, date, outcomes, new TreeMap<>(doorToScan), new TreeMap<>(scanToReport),
                    new TreeMap<>(doorToNeedle),
                    new Imaging(i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9]),
                    new Tariff(tariff[0], tariff[1], tariff[2]), incomplete, new TreeMap<>(missing),
                    new TreeSet<>(episodes));
        }
    }

    static String key(String trust, LocalDate date) {
        return trust + "|" + date;
    }
}
