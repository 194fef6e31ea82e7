package org.asistream.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.report.LeagueTableReport;
import org.asistream.query.report.LeagueTableRow;
import org.asistream.query.report.Reports;
import org.asistream.query.statistics.Measure;
import org.asistream.query.view.ViewStore;
import org.jboss.logging.Logger;

/**
 * The open league-table streams. Whenever the views change, every open table is recomputed (answers that did not
 * change come from the cache) and pushed to its client if any row differs from what the client last received, so a
 * change reaches the page within {@link #CHECK_EVERY_MS} ms of the view record being read. A comment is sent every
 * {@link #HEARTBEAT_EVERY_S} s so that proxies keep the connection open and closed clients are noticed.
 */
@Startup
@ApplicationScoped
public class LeagueTableStreams {

    static final long CHECK_EVERY_MS = 50;
    static final long HEARTBEAT_EVERY_S = 15;
    static final String EVENT = "league-table";
    private static final Logger LOG = Logger.getLogger(LeagueTableStreams.class);

    @Inject
    Reports reports;

    @Inject
    ViewStore store;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry meters;

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean viewsChanged = new AtomicBoolean();
    private final AtomicLong eventIds = new AtomicLong();
    private ScheduledExecutorService pusher;

    private final class Subscription {
        final Organisation org;
        final String period;
        final Measure measure;
        final SseEventSink sink;
        final Sse sse;
        volatile List<LeagueTableRow> lastRows;

        Subscription(Organisation org, String period, Measure measure, SseEventSink sink, Sse sse) {
            this.org = org;
            this.period = period;
            this.measure = measure;
            this.sink = sink;
            this.sse = sse;
        }

        void pushIfChanged() {
            LeagueTableReport table = reports.leagueTable(org, period, measure);
            if (!table.rows().equals(lastRows)) {
                lastRows = table.rows();
                send(sse.newEventBuilder().name(EVENT).id(Long.toString(eventIds.incrementAndGet()))
                        .data(serialise(table)).build());
            }
        }

        void send(OutboundSseEvent event) {
            if (sink.isClosed()) {
                subscriptions.remove(this);
                return;
            }
            sink.send(event).exceptionally(failure -> {
                close();
                return null;
            });
        }

        void close() {
            subscriptions.remove(this);
            sink.close();
        }
    }

    @PostConstruct
    void start() {
        store.onChange(change -> viewsChanged.set(true));
        pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "league-table-streams");
            thread.setDaemon(true);
            return thread;
        });
        pusher.scheduleWithFixedDelay(this::pushChanges, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
        pusher.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_EVERY_S, HEARTBEAT_EVERY_S, TimeUnit.SECONDS);
        Gauge.builder("asi.query.league.table.streams", subscriptions, Set::size)
                .description("Open league-table event streams").register(meters);
    }

    @PreDestroy
    void stop() {
        pusher.shutdownNow();
        subscriptions.forEach(Subscription::close);
    }

    /**
     * Sends the current table at once, then every changed one. A bad period throws here, before anything is sent,
     * so the client gets an ordinary error answer.
     */
    public void open(Organisation org, String period, Measure measure, SseEventSink sink, Sse sse) {
        Subscription subscription = new Subscription(org, period, measure, sink, sse);
        reports.leagueTable(org, period, measure);
        subscriptions.add(subscription);
        pusher.execute(subscription::pushIfChanged);
    }

    private void pushChanges() {
        if (!viewsChanged.getAndSet(false)) {
            return;
        }
        for (Subscription subscription : subscriptions) {
            try {
                subscription.pushIfChanged();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Closing the league-table stream of %s: its table can no longer be computed",
                        subscription.org);
                subscription.close();
            }
        }
    }

    private void heartbeat() {
        for (Subscription subscription : subscriptions) {
            subscription.send(subscription.sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    private String serialise(LeagueTableReport table) {
        try {
            return json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a league table is always serialisable", e);
        }
    }
}
