package org.asistream.measures.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.DischargeDestination;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.ImagingModality;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.TiaInvestigationMethod;
import org.asistream.measures.domain.event.Ward;
import org.asistream.measures.domain.measure.EpisodeAssessment;
import org.asistream.measures.domain.measure.EpisodeAssessor;
import org.asistream.measures.domain.time.BankHolidays;

/**
 * Test script for one episode: each method records an event at the current trust with the next eventId (the
 * episode id followed by "-e01", "-e02", ... so ties by eventId follow the script, and two episodes never share an
 * eventId) and returns it. Times are ISO-8601 with an offset.
 */
public final class Pathway {

    public static final String FIRST_TRUST = "RA1";
    public static final String SECOND_TRUST = "RB2";
    public static final BankHolidays BANK_HOLIDAYS_2011 = BankHolidays.of(
            LocalDate.of(2011, 1, 3), LocalDate.of(2011, 4, 22),
            LocalDate.of(2011, 4, 25), LocalDate.of(2011, 4, 29),
            LocalDate.of(2011, 5, 2), LocalDate.of(2011, 5, 30),
            LocalDate.of(2011, 8, 29), LocalDate.of(2011, 12, 26),
            LocalDate.of(2011, 12, 27));

    private final String episodeId;
    private final List<PathwayEvent> events = new ArrayList<>();
    private String trust = FIRST_TRUST;
    private int sequence;

    private Pathway(String episodeId) {
        this.episodeId = episodeId;
    }

    public static Pathway episode() {
        return new Pathway("EPISODE-0001");
    }

    public static Pathway episode(String episodeId) {
        return new Pathway(episodeId);
    }

    public static Instant t(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant();
    }

    /** Later events are published by this trust. */
    public Pathway atTrust(String trust) {
        this.trust = trust;
        return this;
    }

    public PathwayEvent arrival(String at) {
        return arrival(at, ArrivalMode.AMBULANCE);
    }

    public PathwayEvent arrival(String at, ArrivalMode mode) {
        return record(EventType.STROKE_ARRIVAL, at, event -> event.arrivalMode(mode).inHospitalOnset(false));
    }

    public PathwayEvent inHospitalOnset(String at) {
        return record(EventType.STROKE_ARRIVAL, at,
                event -> event.arrivalMode(ArrivalMode.AMBULANCE).inHospitalOnset(true));
    }

    public PathwayEvent diagnosis(String at, StrokeDiagnosis diagnosis) {
        return record(EventType.DIAGNOSIS, at, event -> event.diagnosis(diagnosis));
    }

    public PathwayEvent ward(String at, Ward ward) {
        return record(EventType.WARD_ENTERED, at, event -> event.ward(ward));
    }

    public PathwayEvent scan(String at) {
        return record(EventType.BRAIN_IMAGING, at, event -> event.modality(ImagingModality.CT));
    }

    public PathwayEvent report(String at) {
        return record(EventType.IMAGING_REPORTED, at, UnaryOperator.identity());
    }

    public PathwayEvent thrombolysis(String at) {
        return record(EventType.THROMBOLYSIS, at, UnaryOperator.identity());
    }

    public PathwayEvent transferOut(String at, String toTrust) {
        return record(EventType.TRANSFER_OUT, at, event -> event.toTrust(toTrust));
    }

    /** A discharge home, not in AF, with a joint care plan and ESD support. */
    public PathwayEvent discharge(String at) {
        return discharge(at, UnaryOperator.identity());
    }

    /** A discharge with the defaults of {@link #discharge(String)} changed by {@code details}. */
    public PathwayEvent discharge(String at, UnaryOperator<PathwayEvent.Builder> details) {
        return record(EventType.DISCHARGE, at, event -> details.apply(event
                .destination(DischargeDestination.USUAL_RESIDENCE)
                .inAtrialFibrillation(false)
                .jointCarePlan(true)
                .esdSupport(true)));
    }

    public PathwayEvent death(String at) {
        return record(EventType.DEATH, at, UnaryOperator.identity());
    }

    public PathwayEvent psychologicalSupport(String at) {
        return record(EventType.PSYCHOLOGICAL_SUPPORT, at, UnaryOperator.identity());
    }

    public PathwayEvent review(String at) {
        return record(EventType.FOLLOW_UP_REVIEW, at, UnaryOperator.identity());
    }

    public PathwayEvent tiaContact(String at, Integer abcd2) {
        return record(EventType.TIA_FIRST_CONTACT, at, event -> event.abcd2(abcd2));
    }

    public PathwayEvent tiaInvestigation(String at, TiaInvestigationMethod method) {
        return record(EventType.TIA_INVESTIGATION, at, event -> event.method(method));
    }

    public PathwayEvent tiaTreatment(String at) {
        return record(EventType.TIA_TREATMENT_STARTED, at, UnaryOperator.identity());
    }

    /** A correction: a new event superseding {@code original}, with its content changed by {@code change}. */
    public PathwayEvent correct(PathwayEvent original, UnaryOperator<PathwayEvent.Builder> change) {
        PathwayEvent correction = change.apply(original.toBuilder()
                .eventId(nextEventId())
                .trust(trust)
                .supersedes(original.eventId())).build();
        events.add(correction);
        return correction;
    }

    public PathwayEvent retract(String at, String eventId) {
        return record(EventType.RETRACTION, at, event -> event.retracts(eventId));
    }

    public PathwayEvent retract(String at, PathwayEvent target) {
        return retract(at, target.eventId());
    }

    /** Any event of this episode, built by {@code details} from the envelope. */
    public PathwayEvent record(EventType type, String at, UnaryOperator<PathwayEvent.Builder> details) {
        PathwayEvent event = details.apply(PathwayEvent.builder(type)
                .eventId(nextEventId())
                .episodeId(episodeId)
                .trust(trust)
                .occurredAt(t(at))).build();
        events.add(event);
        return event;
    }

    public List<PathwayEvent> events() {
        return List.copyOf(events);
    }

    public EpisodeLog log() {
        EpisodeLog log = new EpisodeLog();
        events.forEach(log::add);
        return log;
    }

    public EpisodeAssessment assessAt(String now) {
        return new EpisodeAssessor(BANK_HOLIDAYS_2011).assess(log(), t(now));
    }

    private String nextEventId() {
        return eventId(++sequence);
    }

    /** The eventId of the n-th event recorded (from 1), for a test that refers to an event before recording it. */
    public String eventId(int n) {
        return String.format("%s-e%02d", episodeId, n);
    }
}
