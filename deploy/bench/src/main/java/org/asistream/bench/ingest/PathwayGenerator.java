package org.asistream.bench.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.asistream.schemas.avro.Anticoagulation;
import org.asistream.schemas.avro.ArrivalMode;
import org.asistream.schemas.avro.BrainImaging;
import org.asistream.schemas.avro.Diagnosis;
import org.asistream.schemas.avro.Discharge;
import org.asistream.schemas.avro.DischargeDestination;
import org.asistream.schemas.avro.EventType;
import org.asistream.schemas.avro.ImagingModality;
import org.asistream.schemas.avro.PathwayEvent;
import org.asistream.schemas.avro.StrokeArrival;
import org.asistream.schemas.avro.StrokeDiagnosis;
import org.asistream.schemas.avro.Ward;
import org.asistream.schemas.avro.WardEntered;

/**
 * Whole stroke episodes of one trust as a trust's systems would publish them: arrival, scan, report, diagnosis,
 * stroke unit, sometimes thrombolysis, discharge and the six-month review; about eight events an episode, with the
 * field mix of real traffic.
 */
final class PathwayGenerator {

    private static final Instant FIRST_ARRIVAL = Instant.parse("2011-01-03T08:00:00Z");

    private final String trust;
    private final SplittableRandom random;
    private Instant clock = FIRST_ARRIVAL;

    PathwayGenerator(String trust, long seed) {
        this.trust = trust;
        this.random = new SplittableRandom(seed);
    }

    /** The next {@code count} events, whole episodes in order (the last episode may be cut short). */
    List<PathwayEvent> events(int count) {
        List<PathwayEvent> events = new ArrayList<>(count + 8);
        while (events.size() < count) {
            events.addAll(episode());
        }
        return events.subList(0, count);
    }

    private List<PathwayEvent> episode() {
        String episodeId = "ep-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        clock = clock.plus(Duration.ofMinutes(20 + random.nextInt(200)));
        Instant arrival = clock;
        List<PathwayEvent> events = new ArrayList<>();
        events.add(event(EventType.STROKE_ARRIVAL, episodeId, arrival,
                new StrokeArrival(ArrivalMode.values()[random.nextInt(3)], false)));
        Instant scan = arrival.plus(Duration.ofMinutes(15 + random.nextInt(120)));
        events.add(event(EventType.BRAIN_IMAGING, episodeId, scan,
                new BrainImaging(random.nextInt(10) == 0 ? ImagingModality.MRI : ImagingModality.CT)));
        events.add(event(EventType.IMAGING_REPORTED, episodeId, scan.plus(Duration.ofMinutes(20)), null));
        events.add(event(EventType.DIAGNOSIS, episodeId, scan.plus(Duration.ofMinutes(45)),
                new Diagnosis(random.nextInt(8) == 0 ? StrokeDiagnosis.HAEMORRHAGE : StrokeDiagnosis.INFARCTION)));
        events.add(event(EventType.WARD_ENTERED, episodeId, arrival.plus(Duration.ofHours(3)),
                new WardEntered(Ward.STROKE_UNIT)));
        if (random.nextInt(10) == 0) {
            events.add(event(EventType.THROMBOLYSIS, episodeId, scan.plus(Duration.ofMinutes(30)), null));
        }
        boolean inAf = random.nextInt(5) == 0;
        events.add(event(EventType.DISCHARGE, episodeId, arrival.plus(Duration.ofDays(3 + random.nextInt(20))),
                new Discharge(DischargeDestination.USUAL_RESIDENCE, inAf,
                        inAf ? Anticoagulation.ON_ANTICOAGULANT : null, random.nextBoolean(), random.nextBoolean())));
        events.add(event(EventType.FOLLOW_UP_REVIEW, episodeId, arrival.plus(Duration.ofDays(182)), null));
        return events;
    }

    private PathwayEvent event(EventType type, String episodeId, Instant occurredAt, Object details) {
        return PathwayEvent.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setType(type)
                .setEpisodeId(episodeId)
                .setTrust(trust)
                .setOccurredAt(occurredAt)
                .setOccurredAtOffsetSeconds(0)
                .setDetails(details)
                .build();
    }
}
