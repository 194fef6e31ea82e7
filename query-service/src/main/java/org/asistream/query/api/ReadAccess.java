package org.asistream.query.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.asistream.query.organisation.Level;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.OrganisationIndex;
import org.asistream.query.organisation.OrganisationScope;
import org.asistream.query.organisation.Sight;
import org.asistream.query.view.ViewStore;

/**
 * The checks every read makes, in order: the views are loaded (else 503 with Retry-After, rather than waiting), the
 * organisation exists (else 404), and the caller may see it as far as the resource needs (else 403).
 */
@ApplicationScoped
public class ReadAccess {

    /** Loading the views takes seconds; a client retrying after this is likely to find them ready. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    ViewStore store;

    @Inject
    Caller caller;

    public Organisation organisation(String level, String code, Sight needed) {
        requireReady();
        Level parsed = Level.ofPath(level).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND,
                "there is no level '" + level + "': use trusts, networks or regions, or /v1/nation/..."));
        return check(new Organisation(parsed, code), needed);
    }

    public Organisation nation(Sight needed) {
        requireReady();
        return check(Organisation.NATION, needed);
    }

    /** How much of the organisation the caller may see; only for organisations already checked. */
    public Sight sightOf(Organisation org) {
        return OrganisationScope.sightOf(caller.principal(), org, store.organisations());
    }

    public void requireReady() {
        if (!store.caughtUp()) {
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "the views are still loading from Kafka; retry shortly", RETRY_AFTER_SECONDS);
        }
    }

    private Organisation check(Organisation org, Sight needed) {
        OrganisationIndex index = store.organisations();
        if (!index.exists(org)) {
            throw new ProblemException(Response.Status.NOT_FOUND, "there is no " + describe(org)
                    + " in the reference data");
        }
        Sight sight = OrganisationScope.sightOf(caller.principal(), org, index);
        if (!sight.allows(needed)) {
            throw new ProblemException(Response.Status.FORBIDDEN, sight == Sight.TOTALS
                    ? "this token may see only the totals of " + describe(org) + ", not its trusts one by one"
                    : "this token may not see " + describe(org));
        }
        return org;
    }

    private static String describe(Organisation org) {
        return switch (org.level()) {
            case TRUSTS -> "trust " + org.code();
            case NETWORKS -> "network " + org.code();
            case REGIONS -> "region " + org.code();
            case NATION -> "nation";
        };
    }
}
