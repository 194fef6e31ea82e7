package org.asistream.measures.oracle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.asistream.measures.domain.event.ArrivalMode;
import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.ImagingModality;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.event.StrokeDiagnosis;
import org.asistream.measures.domain.event.Ward;

/**
 * Episodes whose events are tangled in many supersedes/retracts references (chains, corrections of corrections,
 * retractions of retractions, self-references, cycles, references to unknown ids), with facts whose counting shows in
 * the views: scans at distinct minutes (door-to-scan, 4a, 4b), stroke-unit entries (measure 2), diagnoses (mimic or
 * not), thrombolysis. (Rarely, about 1 feed in 300, such a tangle holds a cycle that an event freed by another
 * cycle breaks, the known disagreement of the oracle branch's report; the seeds used here do not.)
 */
final class ReferenceTangles {

    private static final Instant START = Instant.parse("2011-02-07T10:00:00Z"); // a Monday, in hours

    private ReferenceTangles() {
    }

    static List<PathwayEvent> feed(int episodes, Random random) {
        List<PathwayEvent> feed = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            for (PathwayEvent e : episode("RT-" + i, START.plus(Duration.ofDays(i)), random)) {
                feed.add(Contract.through(e));
            }
        }
        return feed;
    }

    private static List<PathwayEvent> episode(String id, Instant start, Random random) {
        int size = 5 + random.nextInt(8);
        List<PathwayEvent.Builder> builders = new ArrayList<>();
        List<EventType> types = new ArrayList<>();
        types.add(EventType.STROKE_ARRIVAL);
        builders.add(PathwayEvent.builder(EventType.STROKE_ARRIVAL).trust("T1").occurredAt(start)
                .arrivalMode(ArrivalMode.AMBULANCE).inHospitalOnset(false));
        for (int i = 1; i < size; i++) {
            Instant at = start.plus(Duration.ofMinutes(7L * i + random.nextInt(5) * 40L));
            PathwayEvent.Builder b = switch (random.nextInt(6)) {
                case 0, 1 -> PathwayEvent.builder(EventType.BRAIN_IMAGING).modality(ImagingModality.CT);
                case 2 -> PathwayEvent.builder(EventType.RETRACTION);
                case 3 -> PathwayEvent.builder(EventType.WARD_ENTERED)
                        .ward(random.nextBoolean() ? Ward.STROKE_UNIT : Ward.CRITICAL_CARE);
                case 4 -> PathwayEvent.builder(EventType.DIAGNOSIS)
                        .diagnosis(random.nextBoolean() ? StrokeDiagnosis.NOT_STROKE : StrokeDiagnosis.INFARCTION);
                default -> PathwayEvent.builder(EventType.THROMBOLYSIS);
            };
            builders.add(b.trust("T1").occurredAt(at));
            types.add(b.eventId("x").episodeId("x").build().type());
        }
        // references, to any event of the episode (earlier, later, itself) or to no event of it
        for (int i = 1; i < size; i++) {
            PathwayEvent.Builder b = builders.get(i);
            if (types.get(i) == EventType.RETRACTION) {
                b.retracts(target(id, size, random));
                if (random.nextInt(4) == 0) {
                    b.supersedes(target(id, size, random));
                }
            } else if (random.nextInt(10) < 6) {
                b.supersedes(target(id, size, random));
            }
        }
        List<PathwayEvent> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            events.add(builders.get(i).eventId(id + "-" + (char) ('a' + i)).episodeId(id).build());
        }
        return events;
    }

    private static String target(String id, int size, Random random) {
        int i = random.nextInt(size + 1);
        return i == size ? "unknown-" + random.nextInt(100) : id + "-" + (char) ('a' + i);
    }
}
