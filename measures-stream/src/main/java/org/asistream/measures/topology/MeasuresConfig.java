package org.asistream.measures.topology;

import java.time.Duration;

import org.asistream.measures.domain.time.BankHolidays;

/**
 * What the topology needs to know beyond its input: England's bank holidays (for in-hours vs out-of-hours), how
 * often the per-trust feed activity is published, and where the state stores keep their data.
 *
 * @param recentEpisodesPerTask how many episodes' states each task keeps decoded in memory in front of its store
 *                              (an episode's events arrive over days: a few thousand covers the active ones)
 * @param persistentStores RocksDB stores (the application); false keeps them in memory, which the
 *                         TopologyTestDriver tests use because the driver commits, and so flushes RocksDB, after
 *                         every record. Both kinds are backed by the same changelog topics.
 */
public record MeasuresConfig(BankHolidays bankHolidays, Duration activityFlushInterval, int recentEpisodesPerTask,
                             boolean persistentStores) {

    public static final int DEFAULT_RECENT_EPISODES_PER_TASK = 4_000;

    public static MeasuresConfig defaults() {
        return new MeasuresConfig(EnglandBankHolidays.DEFAULT, Duration.ofSeconds(1), DEFAULT_RECENT_EPISODES_PER_TASK,
                true);
    }

    public MeasuresConfig withInMemoryStores() {
        return new MeasuresConfig(bankHolidays, activityFlushInterval, recentEpisodesPerTask, false);
    }

    public MeasuresConfig withRecentEpisodesPerTask(int entries) {
        return new MeasuresConfig(bankHolidays, activityFlushInterval, entries, persistentStores);
    }
}
