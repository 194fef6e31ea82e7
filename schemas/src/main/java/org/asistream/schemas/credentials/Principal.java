package org.asistream.schemas.credentials;

/** An authenticated caller: a role and the code of its organisation ({@code org} is null for {@link Role#NATIONAL}). */
public record Principal(Role role, String org) {

    /** Only a trust's own token may publish events about its patients. */
    public boolean mayPublishFor(String trust) {
        return role == Role.TRUST && org.equals(trust);
    }
}
