package org.asistream.ingest.api;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.asistream.ingest.auth.Caller;
import org.asistream.ingest.intake.BatchFormat;
import org.asistream.ingest.metrics.IngestMetrics;
import org.asistream.ingest.rejections.RefusalReasons;
import org.asistream.ingest.rejections.RejectionLog;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every refusal into an application/problem+json response, and counts it; a trust's refused publication is
 * also written to the rejections topic, for its data-quality view.
 */
public class ProblemResponses {

    private static final Clock CLOCK = Clock.systemUTC();

    @Inject
    Caller caller;

    @Inject
    IngestMetrics metrics;

    @Inject
    RejectionLog rejectionLog;

    @ServerExceptionMapper
    public Response problem(ProblemException refusal, ContainerRequestContext request) {
        metrics.rejected(caller.organisation(), refusal.type(), refusal.refusedEvents());
        if (isPublication(request)) {
            caller.trust().ifPresent(trust -> rejectionLog.record(
                    RefusalReasons.of(trust, CLOCK.instant().truncatedTo(ChronoUnit.MILLIS), refusal)));
        }
        Response.ResponseBuilder response = Response.status(refusal.type().status())
                .type(Problem.MEDIA_TYPE)
                .entity(refusal.problem());
        refusal.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, ContainerRequestContext request) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE.because("send a JSON array of events as "
                + "Content-Type: application/json, or one event per line as Content-Type: "
                + BatchFormat.NDJSON_MEDIA_TYPE), request);
    }

    /** Refusals of other requests (reading the reference data) say nothing of the trust's feed. */
    private static boolean isPublication(ContainerRequestContext request) {
        return HttpMethod.POST.equals(request.getMethod()) && EventsResource.PATH.equals(request.getUriInfo().getPath());
    }
}
