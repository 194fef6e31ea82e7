package org.asistream.ingest.intake;

import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.asistream.ingest.IngestSettings;
import org.asistream.ingest.api.ProblemType;
import org.asistream.ingest.eventlog.EventLog;
import org.asistream.ingest.metrics.IngestMetrics;
import org.asistream.ingest.reference.OrganisationRegistry;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;

/**
 * A trust publishing a batch of events: check the caller may publish, read and judge the whole batch, then append
 * it to the event log and return only once the broker has acknowledged every event.
 */
@Singleton
public class EventIntake {

    private final BatchReader reader;
    private final OrganisationRegistry registry;
    private final EventLog eventLog;
    private final IngestMetrics metrics;
    private final Clock clock;

    @Inject
    EventIntake(IngestSettings settings, OrganisationRegistry registry, EventLog eventLog, IngestMetrics metrics) {
        this.reader = new BatchReader(settings.maxEvents(), settings.maxBytes().asLongValue());
        this.registry = registry;
        this.eventLog = eventLog;
        this.metrics = metrics;
        this.clock = Clock.systemUTC();
    }

    /** @return how many events were appended; throws a problem for every refusal */
    public int publish(Principal caller, BatchFormat format, InputStream body) {
        if (caller.role() != Role.TRUST) {
            throw ProblemType.NOT_A_PUBLISHER.because("only a trust's token may publish events; this is a "
                    + caller.role() + " token" + (caller.org() == null ? "" : " of " + caller.org())
                    + ", which may only read");
        }
        OrganisationRegistry.Snapshot organisations = registry.require();
        List<JsonNode> batch = reader.read(body, format);
        List<PathwayEvent> events = new BatchValidator(caller.org(), organisations.hierarchy())
                .validate(batch, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        eventLog.append(events);
        metrics.accepted(caller.org(), events.size());
        return events.size();
    }
}
