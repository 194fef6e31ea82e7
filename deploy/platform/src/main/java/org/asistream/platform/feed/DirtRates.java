package org.asistream.platform.feed;

/**
 * How often the trusts' systems send what real systems send: each rate is the chance that one true event is affected.
 *
 * @param duplicates the event is sent twice (same eventId, same content), minutes apart, as after a timeout
 * @param late the event is sent hours or days after it happened instead of minutes
 * @param outOfOrder the event is sent just after the episode's next event (when that one is due within a day)
 * @param corrections the event was first sent with a wrong time, then corrected by an event that supersedes it
 * @param retractions a second, mistaken copy of the event was recorded and later withdrawn by a RETRACTION
 */
public record DirtRates(double duplicates, double late, double outOfOrder, double corrections, double retractions) {

    public static final DirtRates DEFAULT = new DirtRates(0.01, 0.02, 0.01, 0.01, 0.005);
    public static final DirtRates NONE = new DirtRates(0, 0, 0, 0, 0);

    public DirtRates {
        for (double rate : new double[] {duplicates, late, outOfOrder, corrections, retractions}) {
            NationalFigures.requireShare(rate);
        }
    }
}
