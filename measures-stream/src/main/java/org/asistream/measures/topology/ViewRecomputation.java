package org.asistream.measures.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asistream.measures.domain.episode.EpisodeLog;
import org.asistream.measures.domain.episode.EventIdClaimants;
import org.asistream.measures.domain.event.PathwayEvent;
import org.asistream.measures.domain.measure.AttributionKey;
import org.asistream.measures.domain.measure.EpisodeAssessor;
import org.asistream.measures.domain.time.BankHolidays;
import org.asistream.measures.domain.view.Contribution;
import org.asistream.measures.domain.view.MeasureCounts;
import org.asistream.schemas.avro.PathwayLogRecord;
import org.asistream.schemas.avro.TrustDayView;

/**
 * The trust-day views computed from scratch, with no stream: every episode's events in a log (an eventId that events
 * of two episodes carry counts in neither), each episode assessed once at the final clock, the contributions summed.
 * What the stream publishes must always equal this, so tests and operators check the published views against it.
 */
public final class ViewRecomputation {

    /** From the records of the events topic as they are (clock ticks are skipped). */
    public static Map<String, TrustDayView> fromEventLog(Collection<PathwayLogRecord> records, Instant now,
                                                         BankHolidays holidays) {
        List<org.asistream.schemas.avro.PathwayEvent> events = new ArrayList<>();
        for (PathwayLogRecord record : records) {
            if (record.getEntry() instanceof org.asistream.schemas.avro.PathwayEvent event) {
                events.add(event);
            }
        }
        return fromContractEvents(events, now, holidays);
    }

    /** From the contract's events (an event of a type unknown to this version is skipped, as the stream skips it). */
    public static Map<String, TrustDayView> fromContractEvents(Collection<org.asistream.schemas.avro.PathwayEvent> events,
                                                               Instant now, BankHolidays holidays) {
        List<PathwayEvent> domainEvents = new ArrayList<>(events.size());
        for (org.asistream.schemas.avro.PathwayEvent event : events) {
            try {
                domainEvents.add(AvroEvents.toDomain(event));
            } catch (IllegalArgumentException unknownType) {
                // Dead-lettered by the stream: counts nowhere.
            }
        }
        return fromScratch(domainEvents, now, holidays);
    }

    public static Map<String, TrustDayView> fromScratch(Collection<PathwayEvent> events, Instant now, BankHolidays holidays) {
        Map<String, EpisodeLog> logs = new HashMap<>();
        Map<String, EventIdClaimants> claims = new HashMap<>();
        for (PathwayEvent event : events) {
            logs.computeIfAbsent(event.episodeId(), id -> new EpisodeLog()).add(event);
            EventIdClaimants known = claims.getOrDefault(event.eventId(), EventIdClaimants.none());
            claims.put(event.eventId(), known.claimBy(event.episodeId()).claimants());
        }
        claims.forEach((eventId, claimants) -> {
            if (claimants.shared()) {
                claimants.episodeIds().forEach(episodeId -> logs.get(episodeId).markConflicted(eventId));
            }
        });
        EpisodeAssessor assessor = new EpisodeAssessor(holidays);
        Map<AttributionKey, MeasureCounts> buckets = new TreeMap<>();
        for (EpisodeLog log : logs.values()) {
            for (Contribution contribution : Contribution.of(assessor.assess(log, now))) {
                buckets.computeIfAbsent(contribution.bucket(), key -> new MeasureCounts()).add(contribution);
            }
        }
        Map<String, TrustDayView> views = new TreeMap<>();
        buckets.forEach((bucket, counts) -> {
            if (!counts.isEmpty()) {
                views.put(TrustDayViews.key(bucket.trust(), bucket.day()),
                        TrustDayViews.toView(bucket.trust(), bucket.day(), counts));
            }
        });
        return views;
    }

    private ViewRecomputation() {
    }
}
