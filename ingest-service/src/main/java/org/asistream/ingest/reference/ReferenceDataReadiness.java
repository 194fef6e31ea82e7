package org.asistream.ingest.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the reference data has been read: without it no event can be checked for a known trust. */
@Readiness
@ApplicationScoped
public class ReferenceDataReadiness implements HealthCheck {

    @Inject
    OrganisationRegistry registry;

    @Override
    public HealthCheckResponse call() {
        return registry.snapshot()
                .map(snapshot -> HealthCheckResponse.named("Reference data").up()
                        .withData("trusts", snapshot.data().trusts().size())
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("Reference data").down()
                        .withData("reason", "not read from the reference-data topic yet")
                        .build());
    }
}
