package org.asistream.query.organisation;

/** How much of an organisation a caller may see. */
public enum Sight {
    /** The organisation's totals and each of its trusts: league tables, funnels, per-trust data quality. */
    ALL,
    /** Only the organisation's totals (measures, trajectories): an aggregate above the caller's own organisation. */
    TOTALS,
    NONE;

    /** Whether a caller with this sight may read something that needs {@code needed} (ALL or TOTALS). */
    public boolean allows(Sight needed) {
        return this == ALL || (this == TOTALS && needed == TOTALS);
    }
}
