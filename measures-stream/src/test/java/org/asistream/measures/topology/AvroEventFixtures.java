package org.asistream.measures.topology;

import java.time.Instant;

import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.schemas.avro.Anticoagulation;
import org.asistream.schemas.avro.ArrivalMode;
import org.asistream.schemas.avro.BrainImaging;
import org.asistream.schemas.avro.ClockTick;
import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.DischargeDestination;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.ImagingModality;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.Retraction;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.avro.StrokeDiagnosis;
import org.asistream.schemas.avro.TiaFirstContact;
import org.asistream.schemas.avro.TiaInvestigation;
import org.asistream.schemas.avro.TiaInvestigationMethod;
import org.asistream.schemas.avro.TransferOut;
import org.asistream.schemas.avro.Ward;
import org.asistream.schemas.avro.WardEntered;
import org.asistream.schemas.serde.SingleObjectCodec;

/** Turns the domain tests' events into the records a trust's events become on the events topic. */
final class AvroEventFixtures {

    private static final SingleObjectCodec<PathwayLogRecord> CODEC = SingleObjectCodec.of(PathwayLogRecord.class);

    static byte[] encode(PathwayEvent event) {
        return CODEC.encode(new PathwayLogRecord(toAvro(event)));
    }

    static byte[] tick(Instant at) {
        return CODEC.encode(new PathwayLogRecord(new ClockTick(at, "test")));
    }

    /** The event as the stream sees it after the trip through the contract (absent booleans become false). */
    static PathwayEvent throughTheContract(PathwayEvent event) {
        return AvroEvents.toDomain(toAvro(event));
    }

    static org.asistream.schemas.avro.PathwayEvent toAvro(PathwayEvent e) {
        return org.asistream.schemas.avro.PathwayEvent.newBuilder()
                .setEventId(e.eventId())
                .setType(EventType.valueOf(e.type().name()))
                .setEpisodeId(e.episodeId())
                .setTrust(e.trust())
                .setOccurredAt(e.occurredAt())
                .setOccurredAtOffsetSeconds(0)
                .setSupersedes(e.supersedes())
                .setReceivedAt(null)
                .setDetails(details(e))
                .build();
    }

    private static Object details(PathwayEvent e) {
        return switch (e.type()) {
            case STROKE_ARRIVAL -> new StrokeArrival(ArrivalMode.valueOf(e.arrivalMode().name()),
                    Boolean.TRUE.equals(e.inHospitalOnset()));
            case DIAGNOSIS -> new Diagnosis(StrokeDiagnosis.valueOf(e.diagnosis().name()));
            case WARD_ENTERED -> new WardEntered(Ward.valueOf(e.ward().name()));
            case BRAIN_IMAGING -> new BrainImaging(ImagingModality.valueOf(e.modality().name()));
            case TRANSFER_OUT -> new TransferOut(e.toTrust());
            case DISCHARGE -> new Discharge(DischargeDestination.valueOf(e.destination().name()),
                    Boolean.TRUE.equals(e.inAtrialFibrillation()),
                    e.anticoagulation() == null ? null : Anticoagulation.valueOf(e.anticoagulation().name()),
                    Boolean.TRUE.equals(e.jointCarePlan()), Boolean.TRUE.equals(e.esdSupport()));
            // The contract requires a score; a domain test's missing score goes out as 0 (not high risk).
            case TIA_FIRST_CONTACT -> new TiaFirstContact(e.abcd2() == null ? 0 : e.abcd2());
            case TIA_INVESTIGATION -> new TiaInvestigation(TiaInvestigationMethod.valueOf(e.method().name()));
            case RETRACTION -> new Retraction(e.retracts());
            default -> null;
        };
    }

    private AvroEventFixtures() {
    }
}
