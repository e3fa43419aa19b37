package id.sistemkerja.deploy.faults;

import id.sistemkerja.deploy.ApiClient;
import id.sistemkerja.deploy.faults.Checks.SentCommand;
import id.sistemkerja.deploy.faults.FaultWorld.Command;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Clients of the SiKerja API as they should behave: each worker runs work items ({@link FaultWorld#item}) one after the
 * other, each command with its own {@code Idempotency-Key}, and sends a command again <em>with the same key</em> while
 * it has no answer: no connection or a timeout, a 5xx, a 429, or a 409 that says retry (key in progress, fact not yet
 * known, concurrent change). A 2xx is an acknowledgement and is recorded; anything else is a final refusal, also
 * recorded. A command that stays unanswered for {@code patience} is given up (recorded as unanswered).
 * <p>
 * {@code ratePerSecond} > 0 paces the starts of work items across all workers (the soak); 0 runs flat out.
 */
public final class LoadGenerator {

    /** One command as the client experienced it. */
    public record Outcome(Command command, int status, boolean acknowledged, long sentNanos, long answeredNanos,
                          int attempts) {

        public SentCommand sent() {
            return new SentCommand(command.service(), command.principal(), command.key(), command.what() + " "
                    + command.key(), acknowledged);
        }
    }

    private final ApiClient api;
    private final FaultWorld world;
    private final int workers;
    private final Duration patience;
    private final double ratePerSecond;
    private final AtomicLong nextItem = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong lastAckNanos = new AtomicLong();
    private final ConcurrentLinkedQueue<Outcome> history = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean paused;
    private final AtomicLong busy = new AtomicLong();
    private long startNanos;

    public LoadGenerator(ApiClient api, FaultWorld world, int workers, Duration patience, double ratePerSecond) {
        this.api = api;
        this.world = world;
        this.workers = workers;
        this.patience = patience;
        this.ratePerSecond = ratePerSecond;
    }

    public synchronized void start() {
        running = true;
        startNanos = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(this::work, "load-" + w);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Stops starting new work items and waits until every worker finished (or gave up) the item it was on. */
    public void pause(Duration timeout) throws InterruptedException {
        paused = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (busy.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    public void resume() {
        paused = false;
    }

    public void stop() throws InterruptedException {
        running = false;
        paused = false;
        for (Thread thread : threads) {
            thread.join(patience.toMillis() + 10_000);
        }
    }

    public List<Outcome> history() {
        return List.copyOf(history);
    }

    public long acknowledged() {
        return acknowledged.get();
    }

    /** {@link System#nanoTime} of the latest acknowledgement (0 before the first). */
    public long lastAckNanos() {
        return lastAckNanos.get();
    }

    private void work() {
        while (running) {
            if (paused) {
                sleep(100);
                continue;
            }
            busy.incrementAndGet();
            try {
                if (paused || !running) {
                    continue;
                }
                long item = nextItem.getAndIncrement();
                if (ratePerSecond > 0) {
                    long due = startNanos + (long) (item / ratePerSecond * 1e9);
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                runItem(item);
            } finally {
                busy.decrementAndGet();
            }
        }
    }

    private void runItem(long item) {
        List<Command> commands = world.item(item);
        for (int c = 0; c < commands.size(); c++) {
            Outcome outcome = send(commands.get(c));
            history.add(outcome);
            if (c < 3 && !outcome.acknowledged()) {
                // the employee's registration, appointment and placement depend on each other: stop this item
                return;
            }
        }
    }

    private Outcome send(Command command) {
        String token = world.token(api, command.principal());
        long sent = System.nanoTime();
        long deadline = sent + patience.toNanos();
        int attempts = 0;
        int status = 0;
        while (true) {
            attempts++;
            ApiClient.Response response = null;
            try {
                response = api.post(command.path(), token, command.body(), command.key());
                status = response.status();
            } catch (UncheckedIOException | IllegalStateException noAnswer) {
                status = 0; // no connection, reset or timeout: the command may or may not have run; retry
            }
            if (response != null && response.ok()) {
                long now = System.nanoTime();
                acknowledged.incrementAndGet();
                lastAckNanos.accumulateAndGet(now, Math::max);
                return new Outcome(command, status, true, sent, now, attempts);
            }
            boolean retry = response == null || response.retryable() || response.status() >= 500;
            if (!retry || System.nanoTime() > deadline) {
                return new Outcome(command, status, false, sent, System.nanoTime(), attempts);
            }
            long wait = response != null && response.retryAfterSeconds().isPresent()
                    ? Math.min(1000, response.retryAfterSeconds().getAsLong() * 1000)
                    : Math.min(1000, 50L << Math.min(attempts, 4));
            sleep(wait);
        }
    }

    /** Counts of outcomes: acknowledged, refused (final non-2xx answer), unanswered (given up). */
    public Map<String, Long> summary() {
        long acked = history.stream().filter(Outcome::acknowledged).count();
        long unanswered = history.stream().filter(o -> !o.acknowledged() && o.status() == 0).count();
        return Map.of("acknowledged", acked, "refused", history.size() - acked - unanswered, "unanswered",
                unanswered);
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
