package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Executes an {@link OrgPlan} through the gateway as a client would: departments and units in order, then each phase with
 * {@code parallelism} concurrent requests. Each step carries its stable {@code Idempotency-Key}; a final 409 (the
 * record exists from an earlier load) counts as done; what is not an answer yet (a key still in progress, a rate limit,
 * a fact not yet known, a brief outage) is retried with the same key, never counted as done. Anything else stops the
 * load with the problem the API returned.
 */
public final class OrgPlanLoader {

    /** Timings of one phase: steps, wall time and per-request latencies (nanoseconds). */
    public record PhaseStats(OrgPlan.Phase phase, int steps, long wallNanos, List<Long> latencies) {

        public double perSecond() {
            return wallNanos == 0 ? 0 : steps / (wallNanos / 1e9);
        }

        /** Latency percentile in milliseconds. */
        public double percentileMillis(double p) {
            return Percentiles.millis(latencies, p);
        }
    }

    public record Result(int created, int existing, Map<OrgPlan.Phase, PhaseStats> phases) {
    }

    private final ApiClient api;
    private final int parallelism;
    private final Duration patience;

    public OrgPlanLoader(ApiClient api, int parallelism) {
        this(api, parallelism, Duration.ofMinutes(3));
    }

    /** {@code patience}: how long one step may go unanswered (retried) before the load fails. */
    public OrgPlanLoader(ApiClient api, int parallelism, Duration patience) {
        this.api = api;
        this.parallelism = parallelism;
        this.patience = patience;
    }

    public Result load(OrgPlan plan) {
        String admin = api.devToken(plan.adminNip(), plan.agencyId(), "AGENCY_ADMIN");
        String ppk = api.devToken(plan.ppkSubject(), plan.agencyId(), "STAFFING_AUTHORITY");
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        count(send(admin, "/api/v1/agencies", plan.agencyBody(), plan.agencyId() + ":agency"), created, existing);
        Map<OrgPlan.Phase, PhaseStats> stats = new EnumMap<>(OrgPlan.Phase.class);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "sikerja-org-loader");
            t.setDaemon(true);
            return t;
        });
        try {
            for (OrgPlan.Phase phase : OrgPlan.Phase.values()) {
                List<OrgPlan.Step> steps = plan.steps().stream().filter(s -> s.phase() == phase).toList();
                if (steps.isEmpty()) {
                    continue;
                }
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>(steps.size()));
                long start = System.nanoTime();
                if (phase == OrgPlan.Phase.UNITS || parallelism == 1) {
                    for (OrgPlan.Step step : steps) {
                        run(step, admin, ppk, latencies, created, existing);
                    }
                } else {
                    List<Future<?>> futures = new ArrayList<>();
                    for (OrgPlan.Step step : steps) {
                        futures.add(pool.submit(() -> run(step, admin, ppk, latencies, created, existing)));
                    }
                    for (Future<?> future : futures) {
                        await(future);
                    }
                }
                stats.put(phase, new PhaseStats(phase, steps.size(), System.nanoTime() - start, List.copyOf(latencies)));
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(created.get(), existing.get(), stats);
    }

    private void run(OrgPlan.Step step, String admin, String ppk, List<Long> latencies, AtomicInteger created,
                     AtomicInteger existing) {
        long start = System.nanoTime();
        ApiClient.Response response = send(step.acting() == OrgPlan.Acting.PPK ? ppk : admin, step.path(),
                step.body(), step.key());
        latencies.add(System.nanoTime() - start);
        count(response, created, existing);
    }

    /**
     * Sends one step until it has an answer: 2xx (done), or a final 409 (the record exists from an earlier load).
     * Everything that is not an answer yet — a key still in progress from an interrupted earlier load, a fact not yet
     * in a replica, a rate limit, a service briefly unavailable, a lost connection — is sent again with the same key
     * for up to {@code patience}; it is never counted as loaded. Anything else stops the load with the problem the API
     * returned.
     */
    private ApiClient.Response send(String token, String path, Object body, String key) {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = null;
        for (int attempt = 0; ; attempt++) {
            ApiClient.Response response = null;
            try {
                response = api.post(path, token, body, key);
            } catch (java.io.UncheckedIOException e) {
                last = e.getMessage() + ": " + e.getCause().getMessage();
            }
            if (response != null) {
                if (response.ok() || response.exists()) {
                    return response;
                }
                if (!response.retryable() && response.status() != 500) {
                    throw new IllegalStateException("POST " + path + " " + body + " failed with " + response.status()
                            + " " + response.body());
                }
                last = response.status() + " " + response.body();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("POST " + path + " (Idempotency-Key " + key + ") has no answer after "
                        + patience.toSeconds() + " s; last: " + last);
            }
            long waitMillis = response != null && response.retryAfterSeconds().isPresent()
                    ? Math.max(100, response.retryAfterSeconds().getAsLong() * 1000 / 4)
                    : Math.min(2000, 100L << Math.min(attempt, 5));
            sleep(waitMillis);
        }
    }

    private static void count(ApiClient.Response response, AtomicInteger created, AtomicInteger existing) {
        boolean replayed = "true".equals(response.header("Idempotent-Replayed"));
        (response.status() == 409 || replayed ? existing : created).incrementAndGet();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
