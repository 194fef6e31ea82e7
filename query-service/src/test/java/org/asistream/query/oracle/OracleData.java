package org.asistream.query.oracle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The oracle's own plain model of the inputs: reference data and per-(trust, day) figures. Written from
 * asi-measures.md and the Avro schemas only; shares no code with the query service.
 */
final class OracleData {

    /** Measure ids in the order of the API (and of the Measure enum). */
    static final String[] MEASURE_IDS = {"1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9"};
    /** Targets in whole percent (exact comparisons). */
    static final int[] TARGET_PERCENT = {60, 90, 80, 50, 100, 60, 40, 85, 95, 40};

    static final int MET = 0, NOT_MET = 1, PENDING = 2, EXCLUDED = 3;

    /** Order of the ImagingCounts record of the schema. */
    static final int SCANNED_IN_HOURS = 0, WITHIN_HOUR_IN_HOURS = 1, SCANNED_OUT_OF_HOURS = 2,
            WITHIN_HOUR_OUT_OF_HOURS = 3, THROMBOLYSIS_COHORT = 4, THROMBOLYSED = 5, TIA_HIGH_RISK = 6,
            TIA_2H = 7, TIA_6H = 8, TIA_MRI = 9;

    record Region(String code, String name) {
    }

    record PreviousRegion(String region, LocalDate until) {
    }

    record Network(String code, String name, String region, List<PreviousRegion> previousRegions) {
    }

    record Membership(String network, LocalDate from) {
    }

    record Trust(String code, String name, boolean esdTeam, List<Membership> memberships) {
    }

    /** What one trust-day view carries (the parts the reports use). */
    static final class Day {
        final long[][] counts = new long[10][4];
        final boolean[] present = new boolean[10];
        final TreeMap<Integer, Long> doorToScan = new TreeMap<>();
        final TreeMap<Integer, Long> scanToReport = new TreeMap<>();
        final TreeMap<Integer, Long> doorToNeedle = new TreeMap<>();
        final long[] imaging = new long[10];
        long tariffEpisodes;
        long earnedPence;
        long forgonePence;
    }

    /** A sum of days. */
    static final class Sum {
        final long[][] counts = new long[10][4];
        final TreeMap<Integer, Long> doorToScan = new TreeMap<>();
        final TreeMap<Integer, Long> scanToReport = new TreeMap<>();
        final TreeMap<Integer, Long> doorToNeedle = new TreeMap<>();
        final long[] imaging = new long[10];
        long tariffEpisodes;
        long earnedPence;
        long forgonePence;

        void add(Day day) {
            for (int m = 0; m < 10; m++) {
                for (int s = 0; s < 4; s++) {
                    counts[m][s] += day.counts[m][s];
                }
            }
            day.doorToScan.forEach((k, v) -> doorToScan.merge(k, v, Long::sum));
            day.scanToReport.forEach((k, v) -> scanToReport.merge(k, v, Long::sum));
            day.doorToNeedle.forEach((k, v) -> doorToNeedle.merge(k, v, Long::sum));
            for (int i = 0; i < 10; i++) {
                imaging[i] += day.imaging[i];
            }
            tariffEpisodes += day.tariffEpisodes;
            earnedPence += day.earnedPence;
            forgonePence += day.forgonePence;
        }

        long decided(int m) {
            return counts[m][MET] + counts[m][NOT_MET];
        }
    }

    final Map<String, Region> regions = new LinkedHashMap<>();
    final Map<String, Network> networks = new LinkedHashMap<>();
    final Map<String, Trust> trusts = new LinkedHashMap<>();
    /** trust -> date -> figures. */
    final Map<String, TreeMap<LocalDate, Day>> days = new HashMap<>();

    // ---- organisation at a time (asi-measures.md "Organisation at a time", README "Aggregates") ----

    /** Per trust, its network and that network's region on each date from BASE on (worked out once). */
    private static final LocalDate BASE = LocalDate.of(2008, 1, 1);
    private static final int SPAN = 365 * 7;
    private final Map<String, String[][]> cache = new HashMap<>();

    /** Forgets what was worked out from the reference data (call after changing it). */
    void clearCaches() {
        cache.clear();
    }

    private String[][] daysOf(String trust) {
        return cache.computeIfAbsent(trust, t -> {
            String[][] at = new String[2][SPAN];
            for (int i = 0; i < SPAN; i++) {
                LocalDate date = BASE.plusDays(i);
                at[0][i] = uncachedNetworkOf(t, date);
                at[1][i] = at[0][i] == null ? null : uncachedRegionOf(at[0][i], date);
            }
            return at;
        });
    }

    String networkOf(String trust, LocalDate date) {
        long i = date.toEpochDay() - BASE.toEpochDay();
        return i >= 0 && i < SPAN ? daysOf(trust)[0][(int) i] : uncachedNetworkOf(trust, date);
    }

    /** The region of the trust's network on the date. */
    String regionOfTrust(String trust, LocalDate date) {
        long i = date.toEpochDay() - BASE.toEpochDay();
        if (i >= 0 && i < SPAN) {
            return daysOf(trust)[1][(int) i];
        }
        String network = uncachedNetworkOf(trust, date);
        return network == null ? null : uncachedRegionOf(network, date);
    }

    /** The network whose membership is in force on the date (the latest one starting on or before it). */
    private String uncachedNetworkOf(String trust, LocalDate date) {
        String network = null;
        LocalDate best = null;
        for (Membership m : trusts.get(trust).memberships()) {
            if (!m.from().isAfter(date) && (best == null || !m.from().isBefore(best))) {
                best = m.from();
                network = m.network();
            }
        }
        return network;
    }

    /** A network's region on a date: the first previous region whose last date is on or after it, else the current. */
    String uncachedRegionOf(String network, LocalDate date) {
        Network n = networks.get(network);
        if (n == null) {
            return null;
        }
        List<PreviousRegion> previous = new ArrayList<>(n.previousRegions());
        previous.sort((a, b) -> a.until().compareTo(b.until()));
        for (PreviousRegion p : previous) {
            if (!date.isAfter(p.until())) {
                return p.region();
            }
        }
        return n.region();
    }

    enum Kind { TRUST, NETWORK, REGION, NATION }

    record Org(Kind kind, String code) {
        @Override
        public String toString() {
            return kind == Kind.NATION ? "nation" : kind.name().toLowerCase() + "/" + code;
        }
    }

    boolean belongs(String trust, Org org, LocalDate date) {
        switch (org.kind()) {
            case TRUST:
                return trust.equals(org.code());
            case NETWORK:
                return org.code().equals(networkOf(trust, date));
            case REGION:
                return org.code().equals(regionOfTrust(trust, date));
            default:
                return regionOfTrust(trust, date) != null;
        }
    }

    String nameOf(Org org) {
        return switch (org.kind()) {
            case TRUST -> trusts.get(org.code()).name();
            case NETWORK -> networks.get(org.code()).name();
            case REGION -> regions.get(org.code()).name();
            case NATION -> null;
        };
    }
}
