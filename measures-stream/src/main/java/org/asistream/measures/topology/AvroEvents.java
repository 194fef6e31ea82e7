package org.asistream.measures.topology;

import java.time.Instant;

import org.asistream.measures.domain.event.Anticoagulation;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.ImagingModality;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;
import org.asistream.schemas.avro.BrainImaging;
import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.Retraction;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.avro.TiaFirstContact;
import org.asistream.schemas.avro.TiaInvestigation;
import org.asistream.schemas.avro.TransferOut;
import org.asistream.schemas.avro.WardEntered;

/**
 * Maps the Avro event of the contract to the domain's event. The offset the trust wrote and the time of receipt are
 * left out: they are not part of what an event says, so a retry received later is still a duplicate.
 */
final class AvroEvents {

    /** @throws IllegalArgumentException when the event's type is one this version does not know */
    static PathwayEvent toDomain(org.asistream.schemas.avro.PathwayEvent avro) {
        if (avro.getType() == org.asistream.schemas.avro.EventType.UNKNOWN) {
            throw new IllegalArgumentException("event type unknown to this version of the stream");
        }
        PathwayEvent.Builder event = PathwayEvent.builder(EventType.valueOf(avro.getType().name()))
                .eventId(avro.getEventId())
                .episodeId(avro.getEpisodeId())
                .trust(avro.getTrust())
                .occurredAt(avro.getOccurredAt())
                .supersedes(avro.getSupersedes());
        Object details = avro.getDetails();
        if (details instanceof StrokeArrival arrival) {
            event.arrivalMode(ArrivalMode.valueOf(arrival.getArrivalMode().name()))
                    .inHospitalOnset(arrival.getInHospitalOnset());
        } else if (details instanceof Diagnosis diagnosis) {
            event.diagnosis(StrokeDiagnosis.valueOf(diagnosis.getDiagnosis().name()));
        } else if (details instanceof WardEntered ward) {
            event.ward(Ward.valueOf(ward.getWard().name()));
        } else if (details instanceof BrainImaging imaging) {
            event.modality(ImagingModality.valueOf(imaging.getModality().name()));
        } else if (details instanceof TransferOut transfer) {
            event.toTrust(transfer.getToTrust());
        } else if (details instanceof Discharge discharge) {
            event.destination(DischargeDestination.valueOf(discharge.getDestination().name()))
                    .inAtrialFibrillation(discharge.getInAtrialFibrillation())
                    .anticoagulation(discharge.getAnticoagulation() == null ? null
                            : Anticoagulation.valueOf(discharge.getAnticoagulation().name()))
                    .jointCarePlan(discharge.getJointCarePlan())
                    .esdSupport(discharge.getEsdSupport());
        } else if (details instanceof TiaFirstContact contact) {
            event.abcd2(contact.getAbcd2());
        } else if (details instanceof TiaInvestigation investigation) {
            event.method(TiaInvestigationMethod.valueOf(investigation.getMethod().name()));
        } else if (details instanceof Retraction retraction) {
            event.retracts(retraction.getRetracts());
        }
        return event.build();
    }

    static Instant receivedAt(org.asistream.schemas.avro.PathwayEvent avro) {
        return avro.getReceivedAt();
    }

    private AvroEvents() {
    }
}
