package org.asistream.measures.domain.measure;

import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * The 2011/12 TIA best-practice tariff of one TIA episode (any risk), attributed like measure 5, in pence. It is due
 * once first contact + 24 h has passed or measure 5 is met: GBP 450 base, + GBP 92 when measure 5 is met, + GBP 92
 * when an MRI or MR angiography investigation took place at most 24 h after first contact.
 *
 * @param maximumPence GBP 634 for a high-risk patient, GBP 542 otherwise (an unknown ABCD2 score is not high risk)
 */
public record TiaTariff(AttributionKey attribution, long earnedPence, long maximumPence) {

    public static final long BASE_PENCE = 45_000;
    public static final long SUPPLEMENT_PENCE = 9_200;

    public long forgonePence() {
        return maximumPence - earnedPence;
    }

    /** The instant after which the tariff is due even when measure 5 is not met. */
    static Instant dueAfter(PathwayEvent firstContact) {
        return firstContact.occurredAt().plus(HighRiskTia.WINDOW);
    }

    /** The tariff, or null without a first contact or while it is not yet due. */
    static TiaTariff of(EpisodeFacts facts, MeasureOutcome highRiskTia, Instant now) {
        PathwayEvent firstContact = facts.tiaFirstContact();
        if (firstContact == null) {
            return null;
        }
        Instant windowEnd = dueAfter(firstContact);
        boolean treatedInTime = highRiskTia != null && highRiskTia.state() == OutcomeState.MET;
        if (!treatedInTime && !now.isAfter(windowEnd)) {
            return null;
        }
        boolean magneticResonance = facts.any(EventType.TIA_INVESTIGATION,
                investigation -> investigation.method() != null
                        && investigation.method().isMagneticResonance()
                        && !investigation.occurredAt().isAfter(windowEnd));
        long earned = BASE_PENCE
                + (treatedInTime ? SUPPLEMENT_PENCE : 0)
                + (magneticResonance ? SUPPLEMENT_PENCE : 0);
        long maximum = BASE_PENCE + SUPPLEMENT_PENCE + (HighRiskTia.isHighRisk(firstContact) ? SUPPLEMENT_PENCE : 0);
        return new TiaTariff(AttributionKey.of(firstContact), earned, maximum);
    }
}
