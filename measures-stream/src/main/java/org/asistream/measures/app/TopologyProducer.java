package org.asistream.measures.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.streams.Topology;
import org.asistream.measures.topology.MeasuresTopology;

/** Hands the pure topology to Quarkus, which runs it with the configuration in application.properties. */
@ApplicationScoped
public class TopologyProducer {

    @Produces
    public Topology topology() {
        return MeasuresTopology.buildTopology();
    }
}
