package org.asistream.ingest.reference;

import java.util.Optional;

import jakarta.inject.Singleton;
import org.asistream.ingest.api.ProblemType;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;

/**
 * The organisations the platform knows, as last read from the reference-data topic. Empty until the
 * {@link ReferenceTopicFollower} has read the topic to its end once; after that it always holds a complete registry.
 */
@Singleton
public class OrganisationRegistry {

    /** The registry at one moment: the records as published and the hierarchy built from them. */
    public record Snapshot(ReferenceData data, OrganisationHierarchy hierarchy) {
    }

    private volatile Snapshot current;

    void update(ReferenceData data) {
        current = new Snapshot(data, OrganisationHierarchy.of(data));
    }

    public boolean isLoaded() {
        return current != null;
    }

    public Optional<Snapshot> snapshot() {
        return Optional.ofNullable(current);
    }

    /** The current registry, or a 503 refusal while it has not been read yet (the service just started). */
    public Snapshot require() {
        Snapshot snapshot = current;
        if (snapshot == null) {
            throw ProblemType.REFERENCE_DATA_UNAVAILABLE
                    .because("the service has not finished reading the reference data from Kafka; retry shortly")
                    .withHeader("Retry-After", "5");
        }
        return snapshot;
    }
}
