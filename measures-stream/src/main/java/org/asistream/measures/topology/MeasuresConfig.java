package org.asistream.measures.topology;

import java.time.Duration;

import org.asistream.measures.domain.time.BankHolidays;

/**
 * What the topology needs to know beyond its input: England's bank holidays (for in-hours vs out-of-hours), how
 * often the per-trust feed activity is published, and where the state stores keep their data.
 *
 * @param persistentStores RocksDB stores (the application); false keeps them in memory, which the
 *                         TopologyTestDriver tests use because the driver commits, and so flushes RocksDB, after
 *                         every record. Both kinds are backed by the same changelog topics.
 */
public record MeasuresConfig(BankHolidays bankHolidays, Duration activityFlushInterval, boolean persistentStores) {

    public static MeasuresConfig defaults() {
        return new MeasuresConfig(EnglandBankHolidays.DEFAULT, Duration.ofSeconds(1), true);
    }

    public MeasuresConfig withInMemoryStores() {
        return new MeasuresConfig(bankHolidays, activityFlushInterval, false);
    }
}
