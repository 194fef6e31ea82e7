package org.asistream.query.view;

import java.util.Set;

/**
 * What one batch of view records changed.
 *
 * @param trusts        trusts whose day figures or data quality changed
 * @param organisations the reference data changed, so any aggregate may have
 * @param clock         the platform clock moved
 */
public record ViewChange(Set<String> trusts, boolean organisations, boolean clock) {

    public ViewChange {
        trusts = Set.copyOf(trusts);
    }
}
