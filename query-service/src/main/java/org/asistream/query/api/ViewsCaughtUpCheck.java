package org.asistream.query.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asistream.query.view.ViewStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the views have been read up to the end offsets found at startup; until then answers would be partial. */
@Readiness
@ApplicationScoped
public class ViewsCaughtUpCheck implements HealthCheck {

    @Inject
    ViewStore store;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("views caught up").status(store.caughtUp()).build();
    }
}
