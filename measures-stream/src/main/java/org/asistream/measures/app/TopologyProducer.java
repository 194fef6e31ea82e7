package org.asistream.measures.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.streams.Topology;
import org.asistream.measures.domain.time.BankHolidays;
import org.asistream.measures.topology.EnglandBankHolidays;
import org.asistream.measures.topology.MeasuresConfig;
import org.asistream.measures.topology.MeasuresTopology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hands the pure topology to Quarkus, which runs it with the configuration in application.properties. */
@ApplicationScoped
public class TopologyProducer {

    @ConfigProperty(name = "asi.bank-holidays-file")
    Optional<Path> bankHolidaysFile;

    @ConfigProperty(name = "asi.data-quality.flush-interval", defaultValue = "PT1S")
    Duration dataQualityFlushInterval;

    @ConfigProperty(name = "asi.recent-episodes-per-task", defaultValue = "" + MeasuresConfig.DEFAULT_RECENT_EPISODES_PER_TASK)
    int recentEpisodesPerTask;

    @Produces
    public Topology topology() {
        BankHolidays holidays = bankHolidaysFile.map(EnglandBankHolidays::fromFile).orElse(EnglandBankHolidays.DEFAULT);
        return MeasuresTopology.buildTopology(new MeasuresConfig(holidays, dataQualityFlushInterval, recentEpisodesPerTask, true));
    }
}
