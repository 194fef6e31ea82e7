package org.asistream.measures.domain.episode;

import java.util.Arrays;
import java.util.List;

import org.asistream.measures.domain.event.EventType;
import org.asistream.measures.domain.event.PathwayEvent;

/**
 * Decides which events of an episode count. An event hides the event it supersedes and, for a retraction, the one
 * it retracts; an event counts exactly when no counting event hides it. References to eventIds outside the episode
 * hide nothing. One counting hider is enough to hide an event, even one on a cycle of references (so retracting a
 * member of a cycle breaks it, even when the retraction itself counts only because a cycle in front of it does not);
 * events on a cycle that nothing decides do not count (nor hide anything).
 */
final class CountingEvents {

    private static final int NONE = -1;

    private CountingEvents() {
    }

    /** For events sorted by eventId (one per id): whether each one counts. */
    static boolean[] resolve(List<PathwayEvent> events) {
        int n = events.size();
        boolean[] counting = new boolean[n];
        if (!anyReference(events)) {
            Arrays.fill(counting, true);
            return counting;
        }
        int[] supersedes = new int[n];
        int[] retracts = new int[n];
        int[] unresolvedHiders = new int[n];
        for (int i = 0; i < n; i++) {
            PathwayEvent event = events.get(i);
            supersedes[i] = target(events, event.supersedes());
            retracts[i] = event.type() == EventType.RETRACTION ? target(events, event.retracts()) : NONE;
            countHider(unresolvedHiders, supersedes[i]);
            countHider(unresolvedHiders, retracts[i]);
        }
        new Evaluation(counting, supersedes, retracts, unresolvedHiders).run();
        return counting;
    }

    private static boolean anyReference(List<PathwayEvent> events) {
        for (PathwayEvent event : events) {
            if (event.supersedes() != null || event.type() == EventType.RETRACTION) {
                return true;
            }
        }
        return false;
    }

    private static int target(List<PathwayEvent> events, String eventId) {
        if (eventId == null) {
            return NONE;
        }
        int index = EpisodeLog.indexOf(events, eventId);
        return index < 0 ? NONE : index;
    }

    private static void countHider(int[] unresolvedHiders, int target) {
        if (target != NONE) {
            unresolvedHiders[target]++;
        }
    }

    /**
     * Topological evaluation (Kahn's algorithm): an event is decided as hidden as soon as one of its hiders counts,
     * and as counting once all its hiders are decided and none counts. What is left undecided lies on a cycle or
     * behind one; the first cycles (those no other undecided event hides) are then decided as not counting, which
     * unblocks what lies behind them, and so on.
     */
    private static final class Evaluation {
        private final boolean[] counting;
        private final int[] supersedes;
        private final int[] retracts;
        private final int[] unresolvedHiders;
        private final boolean[] hidden;
        private final boolean[] decided;
        private final int[] ready;
        private int readyCount;
        private int decidedCount;

        Evaluation(boolean[] counting, int[] supersedes, int[] retracts, int[] unresolvedHiders) {
            this.counting = counting;
            this.supersedes = supersedes;
            this.retracts = retracts;
            this.unresolvedHiders = unresolvedHiders;
            int n = counting.length;
            this.hidden = new boolean[n];
            this.decided = new boolean[n];
            this.ready = new int[n];
        }

        void run() {
            for (int i = 0; i < counting.length; i++) {
                if (unresolvedHiders[i] == 0) {
                    ready[readyCount++] = i;
                }
            }
            drain();
            while (decidedCount < counting.length) {
                decideFirstCycles();
                drain();
            }
        }

        private void drain() {
            while (readyCount > 0) {
                int event = ready[--readyCount];
                if (!decided[event]) { // an event on a cycle may be queued after it was decided
                    decide(event, !hidden[event]);
                }
            }
        }

        private void decide(int event, boolean counts) {
            decided[event] = true;
            decidedCount++;
            counting[event] = counts;
            release(supersedes[event], counts);
            release(retracts[event], counts);
        }

        /** Each event is queued at most once: when a counting hider hides it, or when its last hider is decided. */
        private void release(int target, boolean hiderCounts) {
            if (target == NONE || decided[target]) {
                return;
            }
            unresolvedHiders[target]--;
            if (hidden[target]) {
                return; // already queued, hidden
            }
            if (hiderCounts) {
                hidden[target] = true;
                ready[readyCount++] = target;
            } else if (unresolvedHiders[target] == 0) {
                ready[readyCount++] = target;
            }
        }

        /**
         * Decides as not counting the cycles that no other undecided event hides: the first cycles in the order of
         * references. A cycle behind them waits until what they unblock is decided, since a counting event may yet
         * hide one of its members and so break it. When {@link #drain()} stops short, every undecided event has an
         * undecided hider, so at least one such cycle exists and each round decides something.
         */
        private void decideFirstCycles() {
            int n = counting.length;
            boolean[][] hides = new boolean[n][]; // hides[i][j]: undecided i hides undecided j, directly or through others
            for (int i = 0; i < n; i++) {
                if (!decided[i]) {
                    hides[i] = hiddenThrough(i);
                }
            }
            boolean[] first = new boolean[n];
            for (int i = 0; i < n; i++) {
                first[i] = hides[i] != null && hides[i][i] && hiddenOnlyByItsOwnCycle(i, hides);
            }
            for (int i = 0; i < n; i++) {
                if (first[i]) {
                    decide(i, false);
                }
            }
        }

        /** True when every undecided event that hides {@code event} is on a cycle with it. */
        private static boolean hiddenOnlyByItsOwnCycle(int event, boolean[][] hides) {
            for (int other = 0; other < hides.length; other++) {
                if (hides[other] != null && hides[other][event] && !hides[event][other]) {
                    return false;
                }
            }
            return true;
        }

        /** The undecided events that {@code start} hides, following references through undecided events. */
        private boolean[] hiddenThrough(int start) {
            int n = counting.length;
            boolean[] reached = new boolean[n];
            int[] stack = new int[2 * n + 2];
            int top = 0;
            stack[top++] = supersedes[start];
            stack[top++] = retracts[start];
            while (top > 0) {
                int event = stack[--top];
                if (event == NONE || decided[event] || reached[event]) {
                    continue;
                }
                reached[event] = true;
                stack[top++] = supersedes[event];
                stack[top++] = retracts[event];
            }
            return reached;
        }
    }
}
