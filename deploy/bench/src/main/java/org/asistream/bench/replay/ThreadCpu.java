package org.asistream.bench.replay;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time spent by this JVM's threads between two moments, split by thread name. Unlike wall time it barely depends
 * on what else the machine is doing, so it shows where a replay's cost goes.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    record Split(long streamNanos, long otherNanos) {
    }

    private final Map<Long, Long> startNanos;

    private ThreadCpu(Map<Long, Long> startNanos) {
        this.startNanos = startNanos;
    }

    static ThreadCpu start() {
        return new ThreadCpu(snapshot());
    }

    /** CPU used since {@link #start()} by threads whose name matches, and by all others (threads that ended are lost). */
    Split split(Predicate<String> matching) {
        long matched = 0;
        long other = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = THREADS.getThreadCpuTime(info.getThreadId());
            if (now < 0) {
                continue;
            }
            long used = now - startNanos.getOrDefault(info.getThreadId(), 0L);
            if (matching.test(info.getThreadName())) {
                matched += used;
            } else {
                other += used;
            }
        }
        return new Split(matched, other);
    }

    private static Map<Long, Long> snapshot() {
        Map<Long, Long> nanos = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            nanos.put(id, THREADS.getThreadCpuTime(id));
        }
        return nanos;
    }
}
