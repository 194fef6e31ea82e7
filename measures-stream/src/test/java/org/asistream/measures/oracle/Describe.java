package org.asistream.measures.oracle;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.asistream.measures.domain.event.PathwayEvent;

/** A one-line readable form of an event, for failure reports. */
final class Describe {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx EEE");

    private Describe() {
    }

    static String event(PathwayEvent e) {
        List<String> fields = new ArrayList<>();
        add(fields, "supersedes", e.supersedes());
        add(fields, "retracts", e.retracts());
        add(fields, "mode", e.arrivalMode());
        add(fields, "inHospitalOnset", e.inHospitalOnset());
        add(fields, "diagnosis", e.diagnosis());
        add(fields, "ward", e.ward());
        add(fields, "modality", e.modality());
        add(fields, "toTrust", e.toTrust());
        add(fields, "destination", e.destination());
        add(fields, "af", e.inAtrialFibrillation());
        add(fields, "anticoagulation", e.anticoagulation());
        add(fields, "jointCarePlan", e.jointCarePlan());
        add(fields, "esd", e.esdSupport());
        add(fields, "abcd2", e.abcd2());
        add(fields, "method", e.method());
        return e.eventId() + " " + e.type() + " " + e.trust() + " " + e.occurredAt() + " (London "
                + LOCAL.format(e.occurredAt().atZone(London.ZONE)) + ") " + String.join(" ", fields);
    }

    private static void add(List<String> fields, String name, Object value) {
        if (value != null) {
            fields.add(name + "=" + value);
        }
    }
}
