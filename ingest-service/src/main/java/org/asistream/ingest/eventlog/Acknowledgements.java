package org.asistream.ingest.eventlog;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The broker's answers for the events of one request: one callback shared by all its sends (rather than a future per
 * event), settled when every sent event is acknowledged or the first one fails.
 */
final class Acknowledgements implements Callback {

    // Starts at one, held by the sender until it has sent everything, so an early answer cannot settle too soon.
    private final AtomicInteger outstanding = new AtomicInteger(1);
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final CountDownLatch settled = new CountDownLatch(1);

    void expectOne() {
        outstanding.incrementAndGet();
    }

    void allSent() {
        release();
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception == null) {
            acknowledged.incrementAndGet();
        } else if (failure.compareAndSet(null, exception)) {
            settled.countDown();
        }
        release();
    }

    boolean failed() {
        return failure.get() != null;
    }

    /** True when every sent event was acknowledged within {@code nanos}; false on a failure or when time ran out. */
    boolean awaitAll(long nanos) throws InterruptedException {
        return settled.await(Math.max(0, nanos), TimeUnit.NANOSECONDS) && failure.get() == null;
    }

    int acknowledged() {
        return acknowledged.get();
    }

    Optional<Exception> failure() {
        return Optional.ofNullable(failure.get());
    }

    private void release() {
        if (outstanding.decrementAndGet() == 0) {
            settled.countDown();
        }
    }
}
