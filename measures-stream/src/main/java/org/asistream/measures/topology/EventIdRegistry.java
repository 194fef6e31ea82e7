package org.asistream.measures.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.asistream.measures.domain.episode.EventIdClaimants;
import org.asistream.schemas.Stores;
import org.asistream.schemas.avro.EventIdConflict;

/**
 * Keyed by eventId: remembers which episodes carry each eventId and, as soon as a second episode does, tells every
 * episode concerned (keyed by episode id, so the word reaches the task that folds that episode).
 */
final class EventIdRegistry implements Processor<String, String, String, EventIdConflict> {

    private ProcessorContext<String, EventIdConflict> context;
    private KeyValueStore<String, EventIdClaimants> claims;

    @Override
    public void init(ProcessorContext<String, EventIdConflict> context) {
        this.context = context;
        this.claims = context.getStateStore(Stores.EVENT_ID_CLAIMS);
    }

    @Override
    public void process(Record<String, String> claim) {
        String eventId = claim.key();
        EventIdClaimants before = claims.get(eventId);
        EventIdClaimants.Claim result = (before == null ? EventIdClaimants.none() : before).claimBy(claim.value());
        if (result.claimants().equals(before)) {
            return;
        }
        claims.put(eventId, result.claimants());
        for (String episodeId : result.toBeTold()) {
            context.forward(claim.withKey(episodeId).withValue(
                    new EventIdConflict(eventId, result.claimants().episodeIds())));
        }
    }
}
