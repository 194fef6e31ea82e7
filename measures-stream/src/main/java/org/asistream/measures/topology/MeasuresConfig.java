package org.asistream.measures.topology;

import java.time.Duration;

import org.asistream.measures.domain.time.BankHolidays;

/**
 * What the topology needs to know beyond its input: England's bank holidays (for in-hours vs out-of-hours) and how
 * often the per-trust feed activity is published.
 */
public record MeasuresConfig(BankHolidays bankHolidays, Duration activityFlushInterval) {

    public static MeasuresConfig defaults() {
        return new MeasuresConfig(EnglandBankHolidays.DEFAULT, Duration.ofSeconds(1));
    }
}
