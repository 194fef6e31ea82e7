package org.asistream.query.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.asistream.query.organisation.Level;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.Sight;
import org.asistream.query.report.QueryParameters;
import org.asistream.query.report.Reports;
import org.asistream.query.statistics.Measure;

/**
 * The preamble every organisation resource shares: the organisation its path names (or the nation), checked by
 * {@link ReadAccess} against the views and the caller's scope; the measure parameter; and the answer. An answer still
 * in the {@link Reports} cache, with its JSON written, is sent from the event loop; anything to compute or write
 * first runs on a worker thread, so that the event loop never waits for a sum. Only the checks use the request's
 * caller, and they run before any hand-over.
 */
@ApplicationScoped
public class OrganisationQuery {

    static final String LEVEL = "trusts, networks or regions";
    static final String RANKED_LEVEL = "networks or regions";
    static final String PERIOD = "A month 2011-03, a quarter 2011-Q1, a financial year FY2010 (April 2010 to March "
            + "2011), last-30-days or last-12-months (rolling windows end with asOf)";
    static final String MEASURE = "A measure id: 1, 2, 3, 4a, 4b, 5, 6, 7, 8 or 9";

    @Inject
    ReadAccess access;

    @Inject
    Reports reports;

    @Inject
    JsonAnswers json;

    /** The organisation of {@code /v1/{level}/{code}/...}, or the nation for {@code /v1/nation/...} (level null). */
    Organisation organisation(String level, String code, Sight needed) {
        return level == null ? access.nation(needed) : access.organisation(level, code, needed);
    }

    /** A league table ranks the trusts of something larger than a trust. */
    Organisation ranked(String level, String code) {
        if (Level.TRUSTS.path().equals(level)) {
            throw new ProblemException(Response.Status.NOT_FOUND,
                    "a league table ranks the trusts of a network, a region or the nation, not of a trust");
        }
        return organisation(level, code, Sight.ALL);
    }

    /** Whether the caller may see only the organisation's totals, not its trusts one by one. */
    boolean totalsOnly(Organisation org) {
        return access.sightOf(org) != Sight.ALL;
    }

    static Measure measure(String text, boolean required) {
        return QueryParameters.measure(text, required);
    }

    Reports reports() {
        return reports;
    }

    /**
     * The answer as JSON. {@code question} must not use the request's caller: it may run on a worker thread.
     */
    Uni<Response> answer(Supplier<?> question) {
        Object cached = reports.fromCacheOnly(question);
        Response written = cached == null ? null : json.okIfWritten(cached);
        if (written != null) {
            return Uni.createFrom().item(written);
        }
        return Uni.createFrom().item(() -> json.ok(question.get()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
