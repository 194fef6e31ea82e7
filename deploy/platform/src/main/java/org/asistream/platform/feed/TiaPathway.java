package org.asistream.platform.feed;

import static org.asistream.schemas.avro.EventType.TIA_FIRST_CONTACT;
import static org.asistream.schemas.avro.EventType.TIA_INVESTIGATION;
import static org.asistream.schemas.avro.EventType.TIA_TREATMENT_STARTED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.TiaFirstContact;
import org.asistream.schemas.avro.TiaInvestigation;
import org.asistream.schemas.avro.TiaInvestigationMethod;

/**
 * One TIA patient, from first contact with the trust's TIA service to investigation and treatment. High-risk patients
 * (ABCD2 4 or more) are seen faster; low-risk ones wait for a routine clinic.
 */
final class TiaPathway {

    /** Share of patients with each ABCD2 score from 0 to 7 (about two thirds high risk, as referred to clinics). */
    private static final List<Double> ABCD2_SHARES = List.of(0.02, 0.05, 0.10, 0.18, 0.25, 0.22, 0.13, 0.05);
    private static final int HIGH_RISK_FROM = 4;
    private static final double BRAIN_SCANNED = 0.9;
    private static final double CAROTIDS_IMAGED = 0.85;
    private static final double TREATED = 0.95;
    private static final List<TiaInvestigationMethod> CAROTID_METHODS = List.of(TiaInvestigationMethod.CAROTID_DOPPLER,
            TiaInvestigationMethod.CT_ANGIOGRAPHY, TiaInvestigationMethod.MR_ANGIOGRAPHY);
    private static final List<Double> CAROTID_METHOD_SHARES = List.of(0.8, 0.1, 0.1);
    private static final Duration INVESTIGATION_POOR = Duration.ofHours(48);
    private static final Duration INVESTIGATION_GOOD = Duration.ofHours(5);
    private static final Duration TREATMENT_POOR = Duration.ofHours(30);
    private static final Duration TREATMENT_GOOD = Duration.ofHours(2);
    private static final double LOW_RISK_INVESTIGATION_SLOWER = 4;
    private static final double LOW_RISK_TREATMENT_SLOWER = 2;

    List<PathwayEvent> simulate(String episodeId, TrustProfile trust, Instant firstContact, Chance chance) {
        EpisodeFacts facts = new EpisodeFacts(episodeId, chance);
        int abcd2 = chance.pick(ABCD2_SHARES);
        facts.record(trust, firstContact, TIA_FIRST_CONTACT, new TiaFirstContact(abcd2));
        boolean highRisk = abcd2 >= HIGH_RISK_FROM;
        Quality quality = trust.qualityAt(firstContact);
        double slowdown = trust.slowdownAt(firstContact, quality);
        Duration investigation = quality.delay(INVESTIGATION_POOR, INVESTIGATION_GOOD,
                slowdown * (highRisk ? 1 : LOW_RISK_INVESTIGATION_SLOWER));
        if (chance.happens(BRAIN_SCANNED)) {
            TiaInvestigationMethod scan = chance.happens(quality.probability(0.15, 0.6))
                    ? TiaInvestigationMethod.MRI : TiaInvestigationMethod.CT;
            facts.record(trust, chance.after(firstContact, investigation, 1.1), TIA_INVESTIGATION,
                    new TiaInvestigation(scan));
        }
        if (chance.happens(CAROTIDS_IMAGED)) {
            facts.record(trust, chance.after(firstContact, investigation, 1.1), TIA_INVESTIGATION,
                    new TiaInvestigation(chance.pick(CAROTID_METHODS, CAROTID_METHOD_SHARES)));
        }
        if (chance.happens(TREATED)) {
            Duration treatment = quality.delay(TREATMENT_POOR, TREATMENT_GOOD,
                    slowdown * (highRisk ? 1 : LOW_RISK_TREATMENT_SLOWER));
            facts.record(trust, chance.after(firstContact, treatment, 1.0), TIA_TREATMENT_STARTED, null);
        }
        return facts.inTimeOrder();
    }
}
