package org.asistream.measures.topology.serde;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.asistream.measures.domain.event.Anticoagulation;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.ImagingModality;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;
import org.asistream.measures.domain.measure.AttributionKey;
import org.asistream.measures.domain.measure.MissingFact;
import org.asistream.measures.domain.view.Contribution;
import org.asistream.measures.domain.view.MeasureStates;

/** The binary layout of domain values inside the stream's state stores and repartition topics. */
final class DomainCodec {

    static void writeEvent(BinaryWriter out, PathwayEvent event) {
        out.writeString(event.eventId())
                .writeNullableEnum(event.type())
                .writeString(event.episodeId())
                .writeString(event.trust())
                .writeNullableInstant(event.occurredAt())
                .writeNullableString(event.supersedes())
                .writeNullableEnum(event.arrivalMode())
                .writeNullableBoolean(event.inHospitalOnset())
                .writeNullableEnum(event.diagnosis())
                .writeNullableEnum(event.ward())
                .writeNullableEnum(event.modality())
                .writeNullableString(event.toTrust())
                .writeNullableEnum(event.destination())
                .writeNullableBoolean(event.inAtrialFibrillation())
                .writeNullableEnum(event.anticoagulation())
                .writeNullableBoolean(event.jointCarePlan())
                .writeNullableBoolean(event.esdSupport())
                .writeNullableInt(event.abcd2())
                .writeNullableEnum(event.method())
                .writeNullableString(event.retracts());
    }

    static PathwayEvent readEvent(BinaryReader in) {
        String eventId = in.readString();
        EventType type = in.readNullableEnum(EventType.class);
        return PathwayEvent.builder(type)
                .eventId(eventId)
                .episodeId(in.readString())
                .trust(in.readString())
                .occurredAt(in.readNullableInstant())
                .supersedes(in.readNullableString())
                .arrivalMode(in.readNullableEnum(ArrivalMode.class))
                .inHospitalOnset(in.readNullableBoolean())
                .diagnosis(in.readNullableEnum(StrokeDiagnosis.class))
                .ward(in.readNullableEnum(Ward.class))
                .modality(in.readNullableEnum(ImagingModality.class))
                .toTrust(in.readNullableString())
                .destination(in.readNullableEnum(DischargeDestination.class))
                .inAtrialFibrillation(in.readNullableBoolean())
                .anticoagulation(in.readNullableEnum(Anticoagulation.class))
                .jointCarePlan(in.readNullableBoolean())
                .esdSupport(in.readNullableBoolean())
                .abcd2(in.readNullableInt())
                .method(in.readNullableEnum(TiaInvestigationMethod.class))
                .retracts(in.readNullableString())
                .build();
    }

    static void writeContribution(BinaryWriter out, Contribution c) {
        out.writeString(c.bucket().trust())
                .writeInt((int) c.bucket().day().toEpochDay())
                .writeInt(c.states().packed())
                .writeNullableInt(c.doorToScanMinutes())
                .writeNullableInt(c.scanToReportMinutes())
                .writeNullableInt(c.doorToNeedleMinutes())
                .writeBoolean(c.clockStartInHours())
                .writeBoolean(c.tiaScannedWithin2Hours())
                .writeBoolean(c.tiaScannedWithin6Hours())
                .writeBoolean(c.tiaInvestigatedWithMri())
                .writeBoolean(c.tariffDue())
                .writeLong(c.tariffEarnedPence())
                .writeLong(c.tariffForgonePence())
                .writeInt(c.missingFacts().size());
        for (MissingFact fact : c.missingFacts()) {
            out.writeEnum(fact);
        }
    }

    static Contribution readContribution(BinaryReader in) {
        AttributionKey bucket = new AttributionKey(in.readString(), LocalDate.ofEpochDay(in.readInt()));
        MeasureStates states = new MeasureStates(in.readInt());
        Integer doorToScan = in.readNullableInt();
        Integer scanToReport = in.readNullableInt();
        Integer doorToNeedle = in.readNullableInt();
        boolean inHours = in.readBoolean();
        boolean tia2h = in.readBoolean();
        boolean tia6h = in.readBoolean();
        boolean tiaMri = in.readBoolean();
        boolean tariffDue = in.readBoolean();
        long earned = in.readLong();
        long forgone = in.readLong();
        int facts = in.readInt();
        Set<MissingFact> missing = EnumSet.noneOf(MissingFact.class);
        for (int i = 0; i < facts; i++) {
            missing.add(in.readEnum(MissingFact.class));
        }
        return new Contribution(bucket, states, doorToScan, scanToReport, doorToNeedle, inHours, tia2h, tia6h, tiaMri,
                tariffDue, earned, forgone, missing);
    }

    private DomainCodec() {
    }
}
