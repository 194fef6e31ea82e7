package org.asistream.measures.oracle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * The spec's "Which events count" rule, for a whole feed:
 * <ol>
 *   <li>identical copies of an eventId count once;</li>
 *   <li>two different contents under one eventId: neither counts (this includes an eventId carried by two
 *       episodes: it counts in neither);</li>
 *   <li>within an episode, an event counts iff no counting event hides it (its {@code supersedes}, or a
 *       RETRACTION's {@code retracts}), recursively; references resolve within the episode only;</li>
 *   <li>events caught in a cycle do not count (and so hide nothing); what lies behind a cycle is judged normally
 *       once the cycle is settled.</li>
 * </ol>
 */
final class WhichEventsCount {

    private WhichEventsCount() {
    }

    /** The result: per episode, its counting events (facts and counting retractions alike). */
    record Selection(Map<String, List<PathwayEvent>> countingByEpisode, Set<String> idsSharedByEpisodes,
                     Set<String> conflictedIds) {

        /** Counting events that are facts (a RETRACTION is never a fact). */
        List<PathwayEvent> facts(String episodeId) {
            List<PathwayEvent> facts = new ArrayList<>();
            for (PathwayEvent e : countingByEpisode.getOrDefault(episodeId, List.of())) {
                if (e.type() != EventType.RETRACTION) {
                    facts.add(e);
                }
            }
            return facts;
        }
    }

    static Selection select(Collection<PathwayEvent> feed) {
        // eventId -> episodes that carry it
        Map<String, Set<String>> episodesOfId = new HashMap<>();
        // episode -> eventId -> distinct contents
        Map<String, Map<String, Set<PathwayEvent>>> contents = new TreeMap<>();
        for (PathwayEvent e : feed) {
            episodesOfId.computeIfAbsent(e.eventId(), id -> new HashSet<>()).add(e.episodeId());
            contents.computeIfAbsent(e.episodeId(), ep -> new TreeMap<>())
                    .computeIfAbsent(e.eventId(), id -> new LinkedHashSet<>()).add(e);
        }
        Set<String> shared = new HashSet<>();
        episodesOfId.forEach((id, episodes) -> {
            if (episodes.size() > 1) {
                shared.add(id);
            }
        });
        Set<String> conflicted = new HashSet<>();
        Map<String, List<PathwayEvent>> counting = new TreeMap<>();
        contents.forEach((episode, byId) -> {
            Map<String, PathwayEvent> log = new TreeMap<>();
            byId.forEach((id, copies) -> {
                if (copies.size() > 1) {
                    conflicted.add(id);
                } else if (!shared.contains(id)) {
                    log.put(id, copies.iterator().next());
                }
            });
            counting.put(episode, countingEventsOf(log));
        });
        return new Selection(counting, shared, conflicted);
    }

    /** The counting events of one episode's log (one content per eventId). */
    static List<PathwayEvent> countingEventsOf(Map<String, PathwayEvent> log) {
        // hiders.get(x): the events of the log that name x (supersedes, or a retraction's retracts)
        Map<String, List<String>> hiders = new HashMap<>();
        for (String id : log.keySet()) {
            hiders.put(id, new ArrayList<>());
        }
        for (PathwayEvent e : log.values()) {
            if (e.supersedes() != null && log.containsKey(e.supersedes())) {
                hiders.get(e.supersedes()).add(e.eventId());
            }
            if (e.type() == EventType.RETRACTION && e.retracts() != null && log.containsKey(e.retracts())) {
                hiders.get(e.retracts()).add(e.eventId());
            }
        }

        Map<String, Boolean> counts = new HashMap<>();
        while (true) {
            propagate(log.keySet(), hiders, counts);
            Set<String> undecided = new HashSet<>(log.keySet());
            undecided.removeAll(counts.keySet());
            if (undecided.isEmpty()) {
                break;
            }
            // Every undecided event has an undecided hider, so there are cycles among the undecided events. Settle
            // the cycles that nothing undecided lies in front of: their events do not count. Then judge again.
            for (Set<String> cycle : cyclesWithNothingUndecidedInFront(undecided, hiders)) {
                for (String id : cycle) {
                    counts.put(id, false);
                }
            }
        }

        List<PathwayEvent> result = new ArrayList<>();
        for (PathwayEvent e : log.values()) {
            if (counts.get(e.eventId())) {
                result.add(e);
            }
        }
        return result;
    }

    /** Decides whatever can be decided: hidden by a counting hider -> no; every hider decided not counting -> yes. */
    private static void propagate(Set<String> ids, Map<String, List<String>> hiders, Map<String, Boolean> counts) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String id : ids) {
                if (counts.containsKey(id)) {
                    continue;
                }
                boolean hiddenByCounting = false;
                boolean allHidersNotCounting = true;
                for (String hider : hiders.get(id)) {
                    Boolean hiderCounts = counts.get(hider);
                    if (Boolean.TRUE.equals(hiderCounts)) {
                        hiddenByCounting = true;
                    }
                    if (!Boolean.FALSE.equals(hiderCounts)) {
                        allHidersNotCounting = false;
                    }
                }
                if (hiddenByCounting) {
                    counts.put(id, false);
                    changed = true;
                } else if (allHidersNotCounting) {
                    counts.put(id, true);
                    changed = true;
                }
            }
        }
    }

    /**
     * The strongly connected components (cycles) of the "hides" graph restricted to the undecided events that no
     * undecided event outside them hides.
     */
    private static List<Set<String>> cyclesWithNothingUndecidedInFront(Set<String> undecided,
                                                                       Map<String, List<String>> hiders) {
        // reachable.get(x): undecided events that x can reach by following "x hides y" edges
        Map<String, Set<String>> hides = new HashMap<>();
        for (String id : undecided) {
            hides.put(id, new HashSet<>());
        }
        for (String target : undecided) {
            for (String hider : hiders.get(target)) {
                if (undecided.contains(hider)) {
                    hides.get(hider).add(target);
                }
            }
        }
        Map<String, Set<String>> reachable = new HashMap<>();
        for (String id : undecided) {
            Set<String> seen = new HashSet<>();
            List<String> stack = new ArrayList<>(hides.get(id));
            while (!stack.isEmpty()) {
                String next = stack.remove(stack.size() - 1);
                if (seen.add(next)) {
                    stack.addAll(hides.get(next));
                }
            }
            reachable.put(id, seen);
        }
        List<Set<String>> result = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : new java.util.TreeSet<>(undecided)) {
            if (placed.contains(id) || !reachable.get(id).contains(id)) {
                continue; // not on a cycle
            }
            Set<String> component = new HashSet<>();
            for (String other : undecided) {
                if (reachable.get(id).contains(other) && reachable.get(other).contains(id)) {
                    component.add(other);
                }
            }
            placed.addAll(component);
            boolean somethingInFront = false;
            for (String member : component) {
                for (String hider : hiders.get(member)) {
                    if (undecided.contains(hider) && !component.contains(hider)) {
                        somethingInFront = true;
                    }
                }
            }
            if (!somethingInFront) {
                result.add(component);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalStateException("undecided events without a cycle in front: " + undecided);
        }
        return result;
    }
}
