package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;

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
 * {@code parallelism} concurrent requests. Each step carries its stable {@code Idempotency-Key}; a 409 (the record
 * exists from an earlier load) counts as done, a 429 (rate limit) is retried after {@code Retry-After}. Anything else
 * stops the load with the problem the API returned.
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

    public OrgPlanLoader(ApiClient api, int parallelism) {
        this.api = api;
        this.parallelism = parallelism;
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

    private ApiClient.Response send(String token, String path, Object body, String key) {
        for (int attempt = 0; ; attempt++) {
            ApiClient.Response response = api.post(path, token, body, key);
            if (response.status() == 429 && attempt < 100) {
                sleep(response.header("Retry-After"));
                continue;
            }
            if (response.ok() || response.status() == 409) {
                return response;
            }
            throw new IllegalStateException("POST " + path + " " + body + " failed with " + response.status() + " "
                    + response.body());
        }
    }

    private static void count(ApiClient.Response response, AtomicInteger created, AtomicInteger existing) {
        boolean replayed = "true".equals(response.header("Idempotent-Replayed"));
        (response.status() == 409 || replayed ? existing : created).incrementAndGet();
    }

    private static void sleep(String retryAfter) {
        try {
            Thread.sleep(retryAfter == null ? 1000 : Math.max(100, Long.parseLong(retryAfter) * 1000 / 4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (NumberFormatException e) {
            // fall through with no wait
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
