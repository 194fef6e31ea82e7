package org.asistream.ingest.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

    private static final long SHORT = TimeUnit.MILLISECONDS.toNanos(50);

    @Test
    void settledWhenEverySentEventIsAcknowledged() throws InterruptedException {
        Acknowledgements acknowledgements = sent(3);
        acknowledge(acknowledgements, 3);

        assertThat(acknowledgements.awaitAll(SHORT)).isTrue();
        assertThat(acknowledgements.acknowledged()).isEqualTo(3);
    }

    @Test
    void notSettledWhileOneEventIsUnanswered() throws InterruptedException {
        Acknowledgements acknowledgements = sent(3);
        acknowledge(acknowledgements, 2);

        assertThat(acknowledgements.awaitAll(SHORT)).isFalse();
        assertThat(acknowledgements.failure()).isEmpty();
    }

    @Test
    void answersBeforeTheLastSendDoNotSettleIt() throws InterruptedException {
        Acknowledgements acknowledgements = new Acknowledgements();
        acknowledgements.expectOne();
        acknowledge(acknowledgements, 1);

        assertThat(acknowledgements.awaitAll(SHORT)).isFalse();
        acknowledgements.allSent();
        assertThat(acknowledgements.awaitAll(SHORT)).isTrue();
    }

    @Test
    void firstFailureSettlesItAtOnceAsFailed() throws InterruptedException {
        Acknowledgements acknowledgements = sent(3);
        acknowledgements.onCompletion(null, new NotEnoughReplicasException("one replica"));

        assertThat(acknowledgements.failed()).isTrue();
        assertThat(acknowledgements.awaitAll(SHORT)).isFalse();
        assertThat(acknowledgements.failure()).containsInstanceOf(NotEnoughReplicasException.class);
    }

    private static Acknowledgements sent(int events) {
        Acknowledgements acknowledgements = new Acknowledgements();
        for (int i = 0; i < events; i++) {
            acknowledgements.expectOne();
        }
        acknowledgements.allSent();
        return acknowledgements;
    }

    private static void acknowledge(Acknowledgements acknowledgements, int events) {
        for (int i = 0; i < events; i++) {
            acknowledgements.onCompletion(null, null);
        }
    }
}
