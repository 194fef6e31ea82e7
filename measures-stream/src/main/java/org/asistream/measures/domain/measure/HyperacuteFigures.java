package org.asistream.measures.domain.measure;

import java.time.Duration;
import java.time.Instant;

import org.asistream.measures.domain.episode.EpisodeFacts;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.time.BankHolidays;
import org.asistream.measures.domain.time.LondonTime;

/**
 * The imaging and treatment figures of one stroke episode in the measure 4a cohort that is not excluded (neither an
 * in-hospital stroke nor a mimic), attributed like measure 4a. Minutes are whole minutes rounded down, and a fact
 * timed before the instant it is measured from counts as 0 minutes.
 *
 * @param clockStartInHours   the clock started Mon-Fri 08:00-18:00 London time, not on a bank holiday
 * @param doorToScanMinutes   clock start to first brain scan; null without a scan
 * @param scanToReportMinutes first brain scan to the first {@code IMAGING_REPORTED}; null without both
 * @param doorToNeedleMinutes clock start to first thrombolysis; null if not thrombolysed
 */
public record HyperacuteFigures(
        AttributionKey attribution,
        boolean clockStartInHours,
        Integer doorToScanMinutes,
        Integer scanToReportMinutes,
        Integer doorToNeedleMinutes) {

    /** The figures, or null when the episode is not in their cohort. */
    static HyperacuteFigures of(EpisodeFacts facts, BankHolidays bankHolidays) {
        if (!facts.isStroke() || facts.isInHospitalStroke()) {
            return null;
        }
        PathwayEvent clockStart = facts.clockStart();
        Instant door = clockStart.occurredAt();
        PathwayEvent scan = facts.counted(EventType.BRAIN_IMAGING);
        return new HyperacuteFigures(
                AttributionKey.of(clockStart),
                LondonTime.isInHours(door, bankHolidays),
                minutesUntil(door, scan),
                scan == null ? null : minutesUntil(scan.occurredAt(), facts.counted(EventType.IMAGING_REPORTED)),
                minutesUntil(door, facts.counted(EventType.THROMBOLYSIS)));
    }

    public boolean thrombolysed() {
        return doorToNeedleMinutes != null;
    }

    private static Integer minutesUntil(Instant from, PathwayEvent fact) {
        if (fact == null) {
            return null;
        }
        long minutes = Duration.between(from, fact.occurredAt()).toMinutes();
        return (int) Math.max(0, Math.min(minutes, Integer.MAX_VALUE));
    }
}
