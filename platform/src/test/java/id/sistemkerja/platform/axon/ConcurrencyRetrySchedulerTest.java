package id.sistemkerja.platform.axon;

import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyRetrySchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConcurrencyRetryScheduler scheduler = new ConcurrencyRetryScheduler(executor, 3);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            @SuppressWarnings("unchecked")
            Class<? extends Throwable>[] chain = new Class[]{ConcurrencyException.class};
            failures.add(chain);
        }
        return failures;
    }

    @Test
    @DisplayName("a command that lost an optimistic-concurrency race is dispatched again")
    void retriesConcurrencyConflicts() throws InterruptedException {
        CountDownLatch redispatched = new CountDownLatch(1);
        boolean scheduled = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new RuntimeException("wrapped", new ConcurrencyException("sequence 3 taken")), failures(1),
                redispatched::countDown);
        assertThat(scheduled).isTrue();
        assertThat(redispatched.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("a refused command is final and never retried")
    void doesNotRetryRefusals() {
        boolean scheduled = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                ProblemException.rule("ASG-07", "Pasal 8(3)", "purpose", "purpose is required"), failures(1), () -> {
                });
        assertThat(scheduled).isFalse();
    }

    @Test
    @DisplayName("concurrency retries stop after the configured number")
    void givesUpAfterMaxRetries() {
        boolean scheduled = scheduler.scheduleRetry(GenericCommandMessage.asCommandMessage("cmd"),
                new ConcurrencyException("again"), failures(4), () -> {
                });
        assertThat(scheduled).isFalse();
    }
}
