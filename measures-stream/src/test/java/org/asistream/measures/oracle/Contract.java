package org.asistream.measures.oracle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Calls the topology tests' {@code AvroEventFixtures.throughTheContract} (package-private), so that the events
 * compared are the ones the stream would see after the trip through the Avro contract.
 */
final class Contract {

    private static final Method THROUGH_THE_CONTRACT;

    static {
        try {
            Class<?> fixtures = Class.forName("org.asistream.measures.topology.AvroEventFixtures");
            THROUGH_THE_CONTRACT = fixtures.getDeclaredMethod("throughTheContract", PathwayEvent.class);
            THROUGH_THE_CONTRACT.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Contract() {
    }

    static PathwayEvent through(PathwayEvent event) {
        try {
            return (PathwayEvent) THROUGH_THE_CONTRACT.invoke(null, event);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
