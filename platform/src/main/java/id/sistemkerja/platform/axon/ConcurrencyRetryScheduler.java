package id.sistemkerja.platform.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when it lost an optimistic-concurrency race on its aggregate (two replicas appending the same
 * sequence number). Every other failure, a refused command above all, is final: retrying it would store nothing new
 * and only delay the answer.
 */
public class ConcurrencyRetryScheduler implements RetryScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyRetryScheduler.class);

    private final ScheduledExecutorService executor;
    private final int maxRetries;

    public ConcurrencyRetryScheduler(ScheduledExecutorService executor, int maxRetries) {
        this.executor = executor;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!isConcurrencyConflict(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        long delayMs = 10L * failures.size() + ThreadLocalRandom.current().nextLong(10);
        log.debug("Retrying {} after a concurrency conflict (attempt {})", commandMessage.getCommandName(), failures.size());
        executor.schedule(commandDispatch, delayMs, TimeUnit.MILLISECONDS);
        return true;
    }

    static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
