package org.asistream.measures.topology;

import java.util.Map;
import java.util.TreeMap;

/**
 * The requests of one trust that the ingest service refused, summed: the requests, the events they turned away, and
 * the reasons (requests per problem, events per problem and field). The trust's data-quality view shows them beside
 * its dead letters.
 */
public record TrustRejections(long requests, long events, Map<String, Long> reasons) {

    public static final TrustRejections NONE = new TrustRejections(0, 0, Map.of());

    /** One more refused request: its problem counts the request, each of its event reasons the events refused so. */
    public TrustRejections plus(String problem, long refusedEvents, Map<String, Long> eventReasons) {
        Map<String, Long> summed = new TreeMap<>(reasons);
        summed.merge(problem, 1L, Long::sum);
        eventReasons.forEach((reason, count) -> summed.merge(reason, count, Long::sum));
        return new TrustRejections(requests + 1, events + refusedEvents, summed);
    }
}
