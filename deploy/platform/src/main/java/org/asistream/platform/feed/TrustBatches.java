package org.asistream.platform.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asistream.schemas.avro.PathwayEvent;

/** Gathers events into one batch per trust (a request carries one trust's events, under its token). */
final class TrustBatches {

    private final int batchSize;
    private final TrustBatchSenders senders;
    private final Map<String, List<PathwayEvent>> open = new LinkedHashMap<>();

    TrustBatches(int batchSize, TrustBatchSenders senders) {
        this.batchSize = batchSize;
        this.senders = senders;
    }

    void add(PathwayEvent event) throws InterruptedException {
        String trust = event.getTrust();
        List<PathwayEvent> batch = open.computeIfAbsent(trust, code -> new ArrayList<>());
        batch.add(event);
        if (batch.size() >= batchSize) {
            open.remove(trust);
            senders.send(trust, batch);
        }
    }

    /** Sends every batch begun, however small. */
    void flush() throws InterruptedException {
        for (Map.Entry<String, List<PathwayEvent>> batch : open.entrySet()) {
            senders.send(batch.getKey(), batch.getValue());
        }
        open.clear();
    }
}
