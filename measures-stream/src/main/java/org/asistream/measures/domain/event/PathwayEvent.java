package org.asistream.measures.domain.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One immutable fact about an episode, as the domain sees it: the envelope plus the type-specific fields, which are
 * null when the type does not carry them. Two events are the same content exactly when they are {@code equals}, which
 * is how a retry (a duplicate) is told from a reused {@code eventId} (a conflict).
 *
 * @param supersedes the eventId of an event of the same episode that this one corrects, or null
 * @param retracts   for a {@link EventType#RETRACTION}: the eventId it withdraws
 */
public record PathwayEvent(
        String eventId,
        EventType type,
        String episodeId,
        String trust,
        Instant occurredAt,
        String supersedes,
        ArrivalMode arrivalMode,
        Boolean inHospitalOnset,
        StrokeDiagnosis diagnosis,
        Ward ward,
        ImagingModality modality,
        String toTrust,
        DischargeDestination destination,
        Boolean inAtrialFibrillation,
        Anticoagulation anticoagulation,
        Boolean jointCarePlan,
        Boolean esdSupport,
        Integer abcd2,
        TiaInvestigationMethod method,
        String retracts) {

    /** Earliest {@code occurredAt} first, ties broken by the smaller eventId (the spec's order for "first"). */
    public static final Comparator<PathwayEvent> EARLIEST_FIRST =
            Comparator.comparing(PathwayEvent::occurredAt).thenComparing(PathwayEvent::eventId);

    public PathwayEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static Builder builder(EventType type) {
        return new Builder(type);
    }

    /** A builder holding this event's content, to derive a correction or a variant from it. */
    public Builder toBuilder() {
        return new Builder(type).eventId(eventId).episodeId(episodeId).trust(trust).occurredAt(occurredAt)
                .supersedes(supersedes).arrivalMode(arrivalMode).inHospitalOnset(inHospitalOnset)
                .diagnosis(diagnosis).ward(ward).modality(modality).toTrust(toTrust).destination(destination)
                .inAtrialFibrillation(inAtrialFibrillation).anticoagulation(anticoagulation)
                .jointCarePlan(jointCarePlan).esdSupport(esdSupport).abcd2(abcd2).method(method)
                .retracts(retracts);
    }

    /** True when this event comes strictly before {@code other} in {@link #EARLIEST_FIRST} order. */
    public boolean isEarlierThan(PathwayEvent other) {
        int byTime = occurredAt.compareTo(other.occurredAt);
        return byTime < 0 || byTime == 0 && eventId.compareTo(other.eventId) < 0;
    }

    /** Builds a {@link PathwayEvent}; only the envelope fields are required. */
    public static final class Builder {
        private String eventId;
        private EventType type;
        private String episodeId;
        private String trust;
        private Instant occurredAt;
        private String supersedes;
        private ArrivalMode arrivalMode;
        private Boolean inHospitalOnset;
        private StrokeDiagnosis diagnosis;
        private Ward ward;
        private ImagingModality modality;
        private String toTrust;
        private DischargeDestination destination;
        private Boolean inAtrialFibrillation;
        private Anticoagulation anticoagulation;
        private Boolean jointCarePlan;
        private Boolean esdSupport;
        private Integer abcd2;
        private TiaInvestigationMethod method;
        private String retracts;

        private Builder(EventType type) {
            this.type = type;
        }

        public Builder type(EventType type) {
            this.type = type;
            return this;
        }

        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder episodeId(String episodeId) {
            this.episodeId = episodeId;
            return this;
        }

        public Builder trust(String trust) {
            this.trust = trust;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder supersedes(String supersedes) {
            this.supersedes = supersedes;
            return this;
        }

        public Builder arrivalMode(ArrivalMode arrivalMode) {
            this.arrivalMode = arrivalMode;
            return this;
        }

        public Builder inHospitalOnset(Boolean inHospitalOnset) {
            this.inHospitalOnset = inHospitalOnset;
            return this;
        }

        public Builder diagnosis(StrokeDiagnosis diagnosis) {
            this.diagnosis = diagnosis;
            return this;
        }

        public Builder ward(Ward ward) {
            this.ward = ward;
            return this;
        }

        public Builder modality(ImagingModality modality) {
            this.modality = modality;
            return this;
        }

        public Builder toTrust(String toTrust) {
            this.toTrust = toTrust;
            return this;
        }

        public Builder destination(DischargeDestination destination) {
            this.destination = destination;
            return this;
        }

        public Builder inAtrialFibrillation(Boolean inAtrialFibrillation) {
            this.inAtrialFibrillation = inAtrialFibrillation;
            return this;
        }

        public Builder anticoagulation(Anticoagulation anticoagulation) {
            this.anticoagulation = anticoagulation;
            return this;
        }

        public Builder jointCarePlan(Boolean jointCarePlan) {
            this.jointCarePlan = jointCarePlan;
            return this;
        }

        public Builder esdSupport(Boolean esdSupport) {
            this.esdSupport = esdSupport;
            return this;
        }

        public Builder abcd2(Integer abcd2) {
            this.abcd2 = abcd2;
            return this;
        }

        public Builder method(TiaInvestigationMethod method) {
            this.method = method;
            return this;
        }

        public Builder retracts(String retracts) {
            this.retracts = retracts;
            return this;
        }

        public PathwayEvent build() {
            return new PathwayEvent(eventId, type, episodeId, trust, occurredAt, supersedes, arrivalMode,
                    inHospitalOnset, diagnosis, ward, modality, toTrust, destination, inAtrialFibrillation,
                    anticoagulation, jointCarePlan, esdSupport, abcd2, method, retracts);
        }
    }
}
