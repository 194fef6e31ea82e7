package org.asistream.ingest.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.asistream.ingest.auth.Caller;
import org.asistream.ingest.intake.BatchFormat;
import org.asistream.ingest.metrics.IngestMetrics;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every refusal into an application/problem+json response, and counts it. */
public class ProblemResponses {

    @Inject
    Caller caller;

    @Inject
    IngestMetrics metrics;

    @ServerExceptionMapper
    public Response problem(ProblemException refusal) {
        metrics.rejected(caller.organisation(), refusal.type(), refusal.refusedEvents());
        Response.ResponseBuilder response = Response.status(refusal.type().status())
                .type(Problem.MEDIA_TYPE)
                .entity(refusal.problem());
        refusal.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE.because("send a JSON array of events as "
                + "Content-Type: application/json, or one event per line as Content-Type: "
                + BatchFormat.NDJSON_MEDIA_TYPE));
    }
}
