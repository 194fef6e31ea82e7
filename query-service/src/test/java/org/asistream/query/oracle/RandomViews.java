package org.asistream.query.oracle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.asistream.query.oracle.OracleData.Day;
import org.asistream.query.oracle.OracleData.Membership;
import org.asistream.query.oracle.OracleData.Network;
import org.asistream.query.oracle.OracleData.PreviousRegion;
import org.asistream.query.oracle.OracleData.Region;
import org.asistream.query.oracle.OracleData.Trust;

/** Random reference data and trust-day figures over 2010-2011, reproducible from a seed. */
final class RandomViews {

    static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2011, 12, 31);

    private RandomViews() {
    }

    static LocalDate randomDate(Random random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(random.nextInt((int) days + 1));
    }

    /** Interesting clock readings (London midnights around clock changes, month ends) or a random instant. */
    static Instant randomAsOf(Random random) {
        String[] edges = {"2011-03-31T22:59:59Z", "2011-03-31T23:00:00Z", "2011-10-30T23:59:59Z",
            "2011-10-31T00:00:00Z", "2011-03-26T23:59:59Z", "2011-12-31T23:59:59Z", "2011-01-01T00:00:00Z",
            "2011-06-30T23:00:00Z", "2011-02-28T23:59:59Z"};
        if (random.nextInt(3) == 0) {
            return Instant.parse(edges[random.nextInt(edges.length)]);
        }
        long from = Instant.parse("2011-01-10T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2011-12-31T23:59:59Z").getEpochSecond();
        return Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
    }

    static OracleData generate(Random random) {
        OracleData data = new OracleData();
        int regions = 2 + random.nextInt(2);
        for (int r = 1; r <= regions; r++) {
            data.regions.put("R" + r, new Region("R" + r, "Region " + r));
        }
        int networks = 3 + random.nextInt(2);
        for (int n = 1; n <= networks; n++) {
            String region = "R" + (1 + random.nextInt(regions));
            List<PreviousRegion> previous = new ArrayList<>();
            if (n == networks || random.nextInt(4) == 0) {
                // the network moved region (once or twice)
                LocalDate until = randomDate(random, LocalDate.of(2010, 2, 1), LocalDate.of(2011, 10, 31));
                if (random.nextBoolean()) {
                    LocalDate earlier = randomDate(random, FIRST_DAY, until.minusDays(1));
                    previous.add(new PreviousRegion("R" + (1 + random.nextInt(regions)), earlier));
                }
                String old = "R" + (1 + random.nextInt(regions));
                if (old.equals(region)) {
                    old = "R" + (1 + (Integer.parseInt(region.substring(1)) % regions));
                }
                previous.add(new PreviousRegion(old, until));
            }
            data.networks.put("N" + n, new Network("N" + n, "Network " + n, region, previous));
        }
        int trusts = 8 + random.nextInt(5);
        // volume per trust: expected episodes per measure per day
        double[] volume = new double[trusts + 1];
        for (int t = 1; t <= trusts; t++) {
            String code = String.format("T%02d", t);
            List<Membership> memberships = new ArrayList<>();
            LocalDate opened = random.nextInt(5) == 0
                    ? randomDate(random, FIRST_DAY, LocalDate.of(2011, 8, 1)) : LocalDate.of(2000, 1, 1);
            memberships.add(new Membership("N" + (1 + random.nextInt(networks)), opened));
            int moves = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
            LocalDate from = opened.isBefore(FIRST_DAY) ? FIRST_DAY : opened;
            for (int i = 0; i < moves && from.isBefore(LAST_DAY.minusDays(2)); i++) {
                from = randomDate(random, from.plusDays(1), LAST_DAY);
                memberships.add(new Membership("N" + (1 + random.nextInt(networks)), from));
            }
            if (memberships.size() == 3 && random.nextBoolean()) {
                // moved away and back again
                memberships.set(2, new Membership(memberships.get(0).network(), memberships.get(2).from()));
            }
            // some trusts that opened later already sent figures before their first membership
            boolean dataBeforeOpening = opened.isAfter(FIRST_DAY) && random.nextInt(3) == 0;
            boolean copy = t == 2 || (t > 2 && random.nextInt(6) == 0);
            if (copy) {
                // T02 (and some others) copy T01's membership so that ties happen inside one organisation
                memberships = new ArrayList<>(data.trusts.get("T01").memberships());
            }
            data.trusts.put(code, new Trust(code, "Trust " + t, random.nextBoolean(), memberships));
            double[] volumes = {0.02, 0.05, 0.1, 0.3, 0.6, 1.0, 2.0};
            volume[t] = volumes[random.nextInt(volumes.length)];

            TreeMap<LocalDate, Day> days = new TreeMap<>();
            if (copy) {
                int factor = t == 2 ? 1 : 1 + random.nextInt(3);
                for (var e : data.days.get("T01").entrySet()) {
                    days.put(e.getKey(), scaled(e.getValue(), factor));
                }
            } else {
                double[] metShare = new double[10];
                for (int m = 0; m < 10; m++) {
                    double[] shares = {0.0, 0.25, 0.4, 0.5, 0.6, 0.8, 0.9, 0.95, 1.0, random.nextDouble()};
                    metShare[m] = shares[random.nextInt(shares.length)];
                }
                for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
                    if ((d.isBefore(opened) && !dataBeforeOpening) || random.nextDouble() > Math.min(1, volume[t] * 3)) {
                        continue;
                    }
                    days.put(d, randomDay(random, Math.max(1, volume[t]), metShare));
                }
            }
            data.days.put(code, days);
        }
        return data;
    }

    private static Day scaled(Day day, int factor) {
        Day copy = new Day();
        for (int m = 0; m < 10; m++) {
            copy.present[m] = day.present[m];
            for (int s = 0; s < 4; s++) {
                copy.counts[m][s] = day.counts[m][s] * factor;
            }
        }
        day.doorToScan.forEach((k, v) -> copy.doorToScan.put(k, v * factor));
        day.scanToReport.forEach((k, v) -> copy.scanToReport.put(k, v * factor));
        day.doorToNeedle.forEach((k, v) -> copy.doorToNeedle.put(k, v * factor));
        for (int i = 0; i < 10; i++) {
            copy.imaging[i] = day.imaging[i] * factor;
        }
        copy.tariffEpisodes = day.tariffEpisodes * factor;
        copy.earnedPence = day.earnedPence * factor;
        copy.forgonePence = day.forgonePence * factor;
        return copy;
    }

    static Day randomDay(Random random, double volume, double[] metShare) {
        Day day = new Day();
        for (int m = 0; m < 10; m++) {
            if (random.nextInt(4) == 0) {
                continue; // a measure with no episode is absent from the view
            }
            day.present[m] = true;
            int episodes = 1 + random.nextInt((int) Math.ceil(volume * 2));
            for (int e = 0; e < episodes; e++) {
                double u = random.nextDouble();
                int state = u < 0.08 ? OracleData.PENDING : u < 0.14 ? OracleData.EXCLUDED
                        : random.nextDouble() < metShare[m] ? OracleData.MET : OracleData.NOT_MET;
                day.counts[m][state]++;
            }
        }
        histogram(random, day.doorToScan, 240);
        histogram(random, day.scanToReport, 600);
        histogram(random, day.doorToNeedle, 180);
        long inHours = random.nextInt(4), outOfHours = random.nextInt(4), cohort = random.nextInt(5),
                tia = random.nextInt(3);
        day.imaging[OracleData.SCANNED_IN_HOURS] = inHours;
        day.imaging[OracleData.WITHIN_HOUR_IN_HOURS] = inHours == 0 ? 0 : random.nextInt((int) inHours + 1);
        day.imaging[OracleData.SCANNED_OUT_OF_HOURS] = outOfHours;
        day.imaging[OracleData.WITHIN_HOUR_OUT_OF_HOURS] = outOfHours == 0 ? 0 : random.nextInt((int) outOfHours + 1);
        day.imaging[OracleData.THROMBOLYSIS_COHORT] = cohort;
        day.imaging[OracleData.THROMBOLYSED] = cohort == 0 ? 0 : random.nextInt((int) cohort + 1);
        day.imaging[OracleData.TIA_HIGH_RISK] = tia;
        day.imaging[OracleData.TIA_2H] = tia == 0 ? 0 : random.nextInt((int) tia + 1);
        day.imaging[OracleData.TIA_6H] = Math.min(tia, day.imaging[OracleData.TIA_2H] + random.nextInt(2));
        day.imaging[OracleData.TIA_MRI] = tia == 0 ? 0 : random.nextInt((int) tia + 1);
        long tariffEpisodes = random.nextInt(3);
        day.tariffEpisodes = tariffEpisodes;
        for (int e = 0; e < tariffEpisodes; e++) {
            boolean highRisk = random.nextBoolean();
            long earned = 45_000 + (random.nextBoolean() && highRisk ? 9_200 : 0) + (random.nextBoolean() ? 9_200 : 0);
            day.earnedPence += earned;
            day.forgonePence += (highRisk ? 63_400 : 54_200) - earned;
        }
        return day;
    }

    private static void histogram(Random random, TreeMap<Integer, Long> histogram, int maxMinutes) {
        int entries = random.nextInt(3);
        for (int i = 0; i < entries; i++) {
            // often the same few minutes, so that equal values and cumulative edges happen
            int minute = random.nextBoolean() ? random.nextInt(6) * 10 : random.nextInt(maxMinutes);
            histogram.merge(minute, 1L + random.nextInt(2), Long::sum);
        }
    }
}
