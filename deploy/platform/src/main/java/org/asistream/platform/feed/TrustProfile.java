package org.asistream.platform.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.asistream.schemas.avro.Trust;

/**
 * One synthetic trust: how big it is and how well it performs. Its quality starts from its standing among the
 * trusts, climbs towards its own ceiling from April 2010 (the ASI baseline) at its own pace and wavers a little, so
 * league tables differ between trusts and move over time.
 *
 * @param size relative admissions, from 0.43 to 2.3 (about five to one); the trust's share is its size over the sum
 * @param standing the trust's rank among all trusts, from 0 (worst) to 1 (best), evenly spread
 * @param ceiling the quality the trust tends to
 * @param improvementPerYear how fast it closes the gap to its ceiling (a rate per year)
 * @param outOfHoursPenalty how much slower its time-critical care is at night and at weekends (0.5: 50% slower at
 *     quality 0, half that at quality 1)
 */
record TrustProfile(String code, boolean esdTeam, double size, double standing, double ceiling,
        double improvementPerYear, double wobblePhase, double outOfHoursPenalty) {

    private static final Instant TRAJECTORY_START = London.startOf(LocalDate.of(2010, 4, 1));

    private static final double YEAR_SECONDS = Duration.ofDays(365).toSeconds() + Duration.ofHours(6).toSeconds();
    private static final double WOBBLE = 0.03;
    private static final double WOBBLE_YEARS = 1.5;
    private static final double LOWEST = 0.02;
    private static final double HIGHEST = 0.99;

    /** A profile for every trust of the registry, drawn from the seed. */
    static List<TrustProfile> of(List<Trust> trusts, long seed) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < trusts.size(); i++) {
            ranks.add(i);
        }
        Collections.shuffle(ranks, new Random(Chance.mix(seed, 0x57A4D)));
        List<TrustProfile> profiles = new ArrayList<>();
        for (int i = 0; i < trusts.size(); i++) {
            Trust trust = trusts.get(i);
            Chance chance = Chance.seeded(seed, trust.getCode().hashCode());
            profiles.add(new TrustProfile(trust.getCode(), trust.getEsdTeam(),
                    Math.exp(chance.uniform(-0.85, 0.85)),
                    (ranks.get(i) + 0.5) / trusts.size(),
                    chance.uniform(0.75, 1.0),
                    chance.uniform(0.3, 1.2),
                    chance.uniform(0, 2 * Math.PI),
                    chance.uniform(0.2, 1.2)));
        }
        return profiles;
    }

    Quality qualityAt(Instant time) {
        double years = (time.getEpochSecond() - TRAJECTORY_START.getEpochSecond()) / YEAR_SECONDS;
        double baseline = 0.1 + 0.6 * standing;
        // Before April 2010 a trust stays at its baseline.
        double level = ceiling - (ceiling - baseline) * Math.exp(-improvementPerYear * Math.max(0, years))
                + WOBBLE * Math.sin(2 * Math.PI * years / WOBBLE_YEARS + wobblePhase);
        return new Quality(Math.max(LOWEST, Math.min(HIGHEST, level)));
    }

    /** How many times longer time-critical care takes at this moment; better trusts lose less out of hours. */
    double slowdownAt(Instant time, Quality quality) {
        return London.inHours(time) ? 1 : 1 + outOfHoursPenalty * (1 - quality.level() / 2);
    }

    /** Multiplies the national thrombolysis rate: from 0.5 to 1.5 by standing, 1 on average over the trusts. */
    double thrombolysisFactor() {
        return 0.5 + standing;
    }
}
