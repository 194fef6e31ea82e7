package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * The imaging figures of one high-risk TIA episode (the measure 5 cohort), attributed like measure 5.
 *
 * @param scannedWithin2Hours  its first brain scan ({@code TIA_INVESTIGATION} by CT or MRI) at most 2 h after first
 *                             contact
 * @param scannedWithin6Hours  the same within 6 h
 * @param investigatedWithMri  some investigation by MRI or MR angiography, at any time
 */
public record TiaFigures(
        AttributionKey attribution,
        boolean scannedWithin2Hours,
        boolean scannedWithin6Hours,
        boolean investigatedWithMri) {

    /** The figures, or null when the episode is not a high-risk TIA. */
    static TiaFigures of(EpisodeFacts facts) {
        PathwayEvent firstContact = facts.tiaFirstContact();
        if (firstContact == null || !HighRiskTia.isHighRisk(firstContact)) {
            return null;
        }
        Instant contactAt = firstContact.occurredAt();
        PathwayEvent scan = facts.earliest(EventType.TIA_INVESTIGATION,
                investigation -> investigation.method() != null && investigation.method().isBrainScan());
        return new TiaFigures(
                AttributionKey.of(firstContact),
                scan != null && !scan.occurredAt().isAfter(contactAt.plus(Duration.ofHours(2))),
                scan != null && !scan.occurredAt().isAfter(contactAt.plus(Duration.ofHours(6))),
                facts.any(EventType.TIA_INVESTIGATION,
                        investigation -> investigation.method() != null && investigation.method().isMagneticResonance()));
    }
}
