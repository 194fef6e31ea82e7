package org.asistream.query.view;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.asistream.query.organisation.DateSpan;
import org.asistream.query.organisation.Organisation;
import org.asistream.query.organisation.OrganisationIndex;
import org.asistream.schemas.avro.ReferenceEntry;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceData;

/**
 * The views of this instance: every trust's day figures (with month sums), data quality, the platform clock and the
 * organisation reference data, as materialised from the view topics.
 *
 * <p>One thread writes, in batches: {@code put...} calls followed by {@link #publish()}, which brings the month sums
 * up to date, stamps the changed trusts with a new version and tells the listeners. Any number of threads read.
 * Aggregates are never stored: a network, region or the nation is summed at read time over the trusts that belonged
 * to it on each date, so a change of the reference data re-attributes the past.
 */
public final class ViewStore {

    private final Clock wallClock;
    private final Map<String, TrustHistory> trusts = new ConcurrentHashMap<>();
    private final Map<String, DataQuality> dataQuality = new ConcurrentHashMap<>();
    private final Map<String, Long> trustVersions = new ConcurrentHashMap<>();
    private final List<Consumer<ViewChange>> listeners = new CopyOnWriteArrayList<>();
    private volatile OrganisationIndex organisations = OrganisationIndex.EMPTY;
    private volatile Instant platformClock;
    private volatile boolean caughtUp;

    // Owned by the writing thread.
    private final Map<String, ReferenceEntry> reference = new LinkedHashMap<>();
    private final Map<String, Instant> partitionClocks = new HashMap<>();
    private final Map<String, Set<YearMonth>> changedMonths = new HashMap<>();
    private final Set<String> changedTrusts = new HashSet<>();
    private boolean referenceChanged;
    private boolean clockChanged;
    private long version;

    public ViewStore(Clock wallClock) {
        this.wallClock = wallClock;
    }

    // ---- writing (one thread) ----

    /** Sets one trust-day's figures; null (a tombstone) removes the day. */
    public void putTrustDay(String trust, LocalDate day, Figures figures) {
        trusts.computeIfAbsent(trust, code -> new TrustHistory()).putDay(day, figures);
        changedMonths.computeIfAbsent(trust, code -> new HashSet<>()).add(YearMonth.from(day));
        changedTrusts.add(trust);
    }

    /** Sets one trust's data quality; null removes it. */
    public void putDataQuality(String trust, DataQuality quality) {
        if (quality == null) {
            dataQuality.remove(trust);
        } else {
            dataQuality.put(trust, quality);
        }
        changedTrusts.add(trust);
    }

    /** Sets the clock of one events-topic partition (key {@code partition-N}); null removes it. */
    public void putPartitionClock(String partition, Instant at) {
        if (at == null) {
            partitionClocks.remove(partition);
        } else {
            partitionClocks.put(partition, at);
        }
        clockChanged = true;
    }

    /** Sets one reference-data entry (key {@code region:R1}, {@code network:N1}, {@code trust:T01}); null removes it. */
    public void putReference(String key, ReferenceEntry entry) {
        if (entry == null) {
            reference.remove(key);
        } else {
            reference.put(key, entry);
        }
        referenceChanged = true;
    }

    /** Ends a batch: makes its changes visible as one, then tells the listeners what changed. */
    public void publish() {
        if (changedTrusts.isEmpty() && !referenceChanged && !clockChanged) {
            return;
        }
        // While loading at startup nobody reads, so the month sums wait for markCaughtUp(): one refresh per month
        // instead of one per batch that touched it.
        if (caughtUp) {
            refreshChangedMonths();
        }
        version++;
        for (String trust : changedTrusts) {
            trustVersions.put(trust, version);
        }
        if (referenceChanged) {
            organisations = OrganisationIndex.of(OrganisationHierarchy.of(ReferenceData.of(reference.values())));
        }
        if (clockChanged) {
            platformClock = partitionClocks.values().stream().min(Instant::compareTo).orElse(null);
        }
        ViewChange change = new ViewChange(changedTrusts, referenceChanged, clockChanged);
        changedTrusts.clear();
        referenceChanged = false;
        clockChanged = false;
        listeners.forEach(listener -> listener.accept(change));
    }

    /** Called once the views have been read up to the end offsets found at startup (and published). */
    public void markCaughtUp() {
        refreshChangedMonths();
        caughtUp = true;
    }

    private void refreshChangedMonths() {
        changedMonths.forEach((trust, months) -> months.forEach(trusts.get(trust)::refreshMonth));
        changedMonths.clear();
    }

    // ---- reading (any thread) ----

    /** False while the views are still being loaded at startup; answers would be incomplete. */
    public boolean caughtUp() {
        return caughtUp;
    }

    public OrganisationIndex organisations() {
        return organisations;
    }

    public AsOf asOf() {
        Instant clock = platformClock;
        return clock != null ? new AsOf(clock, true)
                : new AsOf(wallClock.instant().truncatedTo(ChronoUnit.SECONDS), false);
    }

    /**
     * Adds a trust's figures from {@code first} to {@code last} (inclusive), counting only the dates on which it
     * belonged to {@code under}.
     */
    public void addTrustFigures(FiguresSum sum, String trust, Organisation under, LocalDate first, LocalDate last,
                                OrganisationIndex index) {
        TrustHistory history = trusts.get(trust);
        if (history == null) {
            return;
        }
        for (DateSpan span : index.spansOf(trust, under)) {
            span.intersect(first, last).ifPresent(days -> history.addTo(sum, days.first(), days.last()));
        }
    }

    public Optional<DataQuality> dataQualityOf(String trust) {
        return Optional.ofNullable(dataQuality.get(trust));
    }

    /**
     * A number that grows whenever the figures or data quality of a trust that ever belonged to the organisation
     * change. (A change of the reference data replaces the {@link #organisations()} index instead.)
     */
    public long versionOf(Organisation org, OrganisationIndex index) {
        long latest = 0;
        for (String trust : index.trustsOf(org)) {
            latest = Math.max(latest, trustVersions.getOrDefault(trust, 0L));
        }
        return latest;
    }

    /** A number that grows whenever the trust's figures or data quality change. */
    public long versionOf(String trust) {
        return trustVersions.getOrDefault(trust, 0L);
    }

    public void onChange(Consumer<ViewChange> listener) {
        listeners.add(listener);
    }
}
