package org.asistream.schemas.json;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.schemas.avro.Anticoagulation;
import org.asistream.schemas.avro.ArrivalMode;
import org.asistream.schemas.avro.BrainImaging;
import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.DischargeDestination;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.ImagingModality;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.Retraction;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.avro.StrokeDiagnosis;
import org.asistream.schemas.avro.TiaFirstContact;
import org.asistream.schemas.avro.TiaInvestigation;
import org.asistream.schemas.avro.TiaInvestigationMethod;
import org.asistream.schemas.avro.TransferOut;
import org.asistream.schemas.avro.Ward;
import org.asistream.schemas.avro.WardEntered;

/** The type-specific fields of each event type: which there are, and how they map to the Avro details records. */
final class EventDetailsJson {

    static final int ABCD2_MIN = 0;
    static final int ABCD2_MAX = 7;
    // The symbols of each enumeration, listed once rather than for every event read.
    private static final List<ArrivalMode> ARRIVAL_MODES = List.of(ArrivalMode.values());
    private static final List<StrokeDiagnosis> STROKE_DIAGNOSES = List.of(StrokeDiagnosis.values());
    private static final List<Ward> WARDS = List.of(Ward.values());
    private static final List<ImagingModality> IMAGING_MODALITIES = List.of(ImagingModality.values());
    private static final List<TiaInvestigationMethod> TIA_INVESTIGATION_METHODS =
            List.of(TiaInvestigationMethod.values());
    private static final List<Anticoagulation> ANTICOAGULATIONS = List.of(Anticoagulation.values());
    private static final List<DischargeDestination> DISCHARGE_DESTINATIONS = List.of(DischargeDestination.values());

    static List<String> fieldsOf(EventType type) {
        return switch (type) {
            case STROKE_ARRIVAL -> List.of("arrivalMode", "inHospitalOnset");
            case DIAGNOSIS -> List.of("diagnosis");
            case WARD_ENTERED -> List.of("ward");
            case BRAIN_IMAGING -> List.of("modality");
            case TRANSFER_OUT -> List.of("toTrust");
            case DISCHARGE -> List.of("destination", "inAtrialFibrillation", "anticoagulation", "jointCarePlan",
                    "esdSupport");
            case TIA_FIRST_CONTACT -> List.of("abcd2");
            case TIA_INVESTIGATION -> List.of("method");
            case RETRACTION -> List.of("retracts");
            case IMAGING_REPORTED, THROMBOLYSIS, DEATH, PSYCHOLOGICAL_SUPPORT, FOLLOW_UP_REVIEW, TIA_TREATMENT_STARTED,
                    UNKNOWN -> List.of();
        };
    }

    /** The details record of a {@code type} event, or null when the type has none or a field was refused. */
    static Object read(EventType type, FieldReader fields) {
        return switch (type) {
            case STROKE_ARRIVAL -> {
                ArrivalMode mode = fields.oneOf("arrivalMode", ARRIVAL_MODES);
                boolean inHospitalOnset = fields.bool("inHospitalOnset", false);
                yield fields.hasErrors() ? null : new StrokeArrival(mode, inHospitalOnset);
            }
            case DIAGNOSIS -> {
                StrokeDiagnosis diagnosis = fields.oneOf("diagnosis", STROKE_DIAGNOSES);
                yield fields.hasErrors() ? null : new Diagnosis(diagnosis);
            }
            case WARD_ENTERED -> {
                Ward ward = fields.oneOf("ward", WARDS);
                yield fields.hasErrors() ? null : new WardEntered(ward);
            }
            case BRAIN_IMAGING -> {
                ImagingModality modality = fields.oneOf("modality", IMAGING_MODALITIES);
                yield fields.hasErrors() ? null : new BrainImaging(modality);
            }
            case TRANSFER_OUT -> {
                String toTrust = fields.text("toTrust");
                yield fields.hasErrors() ? null : new TransferOut(toTrust);
            }
            case DISCHARGE -> readDischarge(fields);
            case TIA_FIRST_CONTACT -> {
                Integer abcd2 = fields.integer("abcd2", ABCD2_MIN, ABCD2_MAX);
                yield fields.hasErrors() ? null : new TiaFirstContact(abcd2);
            }
            case TIA_INVESTIGATION -> {
                TiaInvestigationMethod method = fields.oneOf("method", TIA_INVESTIGATION_METHODS);
                yield fields.hasErrors() ? null : new TiaInvestigation(method);
            }
            case RETRACTION -> {
                String retracts = fields.uuid("retracts");
                yield fields.hasErrors() ? null : new Retraction(retracts);
            }
            case IMAGING_REPORTED, THROMBOLYSIS, DEATH, PSYCHOLOGICAL_SUPPORT, FOLLOW_UP_REVIEW, TIA_TREATMENT_STARTED,
                    UNKNOWN -> null;
        };
    }

    private static Discharge readDischarge(FieldReader fields) {
        DischargeDestination destination = fields.oneOf("destination", DISCHARGE_DESTINATIONS);
        Boolean inAtrialFibrillation = fields.bool("inAtrialFibrillation");
        Anticoagulation anticoagulation = fields.optionalOneOf("anticoagulation", ANTICOAGULATIONS);
        if (Boolean.TRUE.equals(inAtrialFibrillation) && !fields.has("anticoagulation")) {
            fields.reject("anticoagulation", ValidationMessages.anticoagulationRequiredInAf(ANTICOAGULATIONS));
        }
        Boolean jointCarePlan = fields.bool("jointCarePlan");
        Boolean esdSupport = fields.bool("esdSupport");
        return fields.hasErrors() ? null
                : new Discharge(destination, inAtrialFibrillation, anticoagulation, jointCarePlan, esdSupport);
    }

    static void write(PathwayEvent event, ObjectNode json) {
        switch (event.getType()) {
            case STROKE_ARRIVAL -> {
                StrokeArrival arrival = detailsOf(event, StrokeArrival.class);
                json.put("arrivalMode", arrival.getArrivalMode().name());
                json.put("inHospitalOnset", arrival.getInHospitalOnset());
            }
            case DIAGNOSIS -> json.put("diagnosis", detailsOf(event, Diagnosis.class).getDiagnosis().name());
            case WARD_ENTERED -> json.put("ward", detailsOf(event, WardEntered.class).getWard().name());
            case BRAIN_IMAGING -> json.put("modality", detailsOf(event, BrainImaging.class).getModality().name());
            case TRANSFER_OUT -> json.put("toTrust", detailsOf(event, TransferOut.class).getToTrust());
            case DISCHARGE -> {
                Discharge discharge = detailsOf(event, Discharge.class);
                json.put("destination", discharge.getDestination().name());
                json.put("inAtrialFibrillation", discharge.getInAtrialFibrillation());
                if (discharge.getAnticoagulation() != null) {
                    json.put("anticoagulation", discharge.getAnticoagulation().name());
                }
                json.put("jointCarePlan", discharge.getJointCarePlan());
                json.put("esdSupport", discharge.getEsdSupport());
            }
            case TIA_FIRST_CONTACT -> json.put("abcd2", detailsOf(event, TiaFirstContact.class).getAbcd2());
            case TIA_INVESTIGATION -> json.put("method", detailsOf(event, TiaInvestigation.class).getMethod().name());
            case RETRACTION -> json.put("retracts", detailsOf(event, Retraction.class).getRetracts());
            case IMAGING_REPORTED, THROMBOLYSIS, DEATH, PSYCHOLOGICAL_SUPPORT, FOLLOW_UP_REVIEW,
                    TIA_TREATMENT_STARTED -> {
            }
            case UNKNOWN -> throw new IllegalArgumentException("event " + event.getEventId()
                    + " has a type from a later schema version, which has no JSON form here");
        }
    }

    private static <D> D detailsOf(PathwayEvent event, Class<D> type) {
        if (!type.isInstance(event.getDetails())) {
            throw new IllegalArgumentException("a " + event.getType() + " event needs " + type.getSimpleName()
                    + " details, but event " + event.getEventId() + " has " + event.getDetails());
        }
        return type.cast(event.getDetails());
    }

    private EventDetailsJson() {
    }
}
