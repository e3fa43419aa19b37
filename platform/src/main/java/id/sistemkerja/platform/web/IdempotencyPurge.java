package id.sistemkerja.platform.web;

import id.sistemkerja.platform.idempotency.IdempotencyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes expired {@code Idempotency-Key}s every {@code sikerja.idempotency.purge-interval} (M3): without it the
 * table in the event-store database grows with every keyed POST. Several replicas purging at once is harmless.
 */
public class IdempotencyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final Duration interval;
    private volatile ScheduledExecutorService scheduler;

    public IdempotencyPurge(IdempotencyStore store, Duration interval) {
        this.store = store;
        this.interval = interval;
    }

    /** One purge; returns the number of keys deleted. */
    public int purgeNow() {
        int deleted = store.purgeExpired();
        if (deleted > 0) {
            log.debug("Purged {} expired idempotency keys", deleted);
        }
        return deleted;
    }

    public Duration interval() {
        return interval;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sikerja-idempotency-purge");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(() -> {
            try {
                purgeNow();
            } catch (RuntimeException e) {
                log.warn("Purging expired idempotency keys failed; next try in {}", interval, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
