package org.asistream.measures.topology;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Episodes by the next deadline at which time alone changes them, in a store ordered by deadline: the key is the
 * deadline's epoch milliseconds (sign bit flipped, big-endian, so byte order is time order) followed by the episode
 * id. A clock tick takes every entry whose deadline is strictly before the new time.
 */
final class DeadlineIndex {

    private static final byte[] PRESENT = new byte[0];

    private final KeyValueStore<Bytes, byte[]> store;

    DeadlineIndex(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
    }

    void move(String episodeId, Instant from, Instant to) {
        if (from != null) {
            store.delete(key(from.toEpochMilli(), episodeId));
        }
        if (to != null) {
            store.put(key(to.toEpochMilli(), episodeId), PRESENT);
        }
    }

    /** Removes and returns the episodes whose deadline is strictly before {@code now}, earliest first. */
    List<String> takeDueBefore(Instant now) {
        List<Bytes> due = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> entries = store.range(prefix(Long.MIN_VALUE), prefix(now.toEpochMilli()))) {
            entries.forEachRemaining(entry -> due.add(entry.key));
        }
        List<String> episodes = new ArrayList<>(due.size());
        for (Bytes key : due) {
            store.delete(key);
            byte[] bytes = key.get();
            episodes.add(new String(bytes, Long.BYTES, bytes.length - Long.BYTES, StandardCharsets.UTF_8));
        }
        return episodes;
    }

    private static Bytes prefix(long millis) {
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(millis ^ Long.MIN_VALUE).array());
    }

    private static Bytes key(long millis, String episodeId) {
        byte[] id = episodeId.getBytes(StandardCharsets.UTF_8);
        return Bytes.wrap(ByteBuffer.allocate(Long.BYTES + id.length).putLong(millis ^ Long.MIN_VALUE).put(id).array());
    }
}
