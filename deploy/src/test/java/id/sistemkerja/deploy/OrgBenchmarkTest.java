package id.sistemkerja.deploy;

import id.sistemkerja.deploy.demo.OrgPlan;
import id.sistemkerja.deploy.demo.OrgPlanLoader;
import id.sistemkerja.deploy.demo.Percentiles;
import id.sistemkerja.deploy.demo.SyntheticAgencyGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Org-service at agency scale, through the gateway: a synthetic agency (default 15,000 employees, seed 42) is loaded
 * with {@link OrgPlanLoader} (its placement phase measures placement commands per second at full load); then
 * re-placements at a steady rate measure placement latency (p50/p99, from the scheduled send time, so a slow answer
 * is not hidden by the next request waiting); then the org chart of the whole agency is fetched repeatedly.
 * Results go to stdout and {@code target/benchmarks/org.txt}.
 * <p>
 * Run: {@code ./mvnw -B -o -Pbenchmarks -pl deploy -am verify -Dgroups=benchmark -Dtest=OrgBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (options: {@code -Dsikerja.bench.employees}, {@code .parallelism},
 * {@code .rate}, {@code .seconds}, {@code .seed}).
 */
@Tag("benchmark")
class OrgBenchmarkTest {

    private final int employees = Integer.getInteger("sikerja.bench.employees", 15_000);
    private final int parallelism = Integer.getInteger("sikerja.bench.parallelism", 16);
    private final int rate = Integer.getInteger("sikerja.bench.rate", 50);
    private final int seconds = Integer.getInteger("sikerja.bench.seconds", 60);
    private final long seed = Long.getLong("sikerja.bench.seed", 42L);

    @Test
    @DisplayName("placement throughput and latency, and org-chart latency, for a synthetic agency")
    void orgAtScale() throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        ApiClient api = sut.api();
        String agency = "bench-" + seed + "-" + Long.toString(System.currentTimeMillis(), 36);
        List<String> report = new ArrayList<>();
        report.add("date: " + LocalDateTime.now() + "; JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, -Xmx" + Runtime.getRuntime().maxMemory() / 1048576
                + "m; agency " + agency + " (" + employees + " employees, seed " + seed + ")");

        OrgPlan plan = SyntheticAgencyGenerator.generate(agency, employees, seed);
        OrgPlanLoader.Result loaded = new OrgPlanLoader(api, parallelism).load(plan);
        loaded.phases().values().forEach(p -> report.add(String.format(Locale.ROOT,
                "load %-12s %6d requests in %6.1f s = %6.1f/s  p50 %6.1f ms  p99 %6.1f ms  (parallelism %d)",
                p.phase(), p.steps(), p.wallNanos() / 1e9, p.perSecond(), p.percentileMillis(50),
                p.percentileMillis(99), p.phase() == OrgPlan.Phase.UNITS ? 1 : parallelism)));
        report.add("memory after load: " + memory());

        String admin = api.devToken(plan.adminNip(), agency, "AGENCY_ADMIN");
        long placed = plan.steps().stream().filter(s -> s.phase() == OrgPlan.Phase.PLACEMENTS).count();
        long waitStart = System.nanoTime();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(5)).until(() -> {
            ApiClient.Response chart = api.get("/api/v1/agencies/" + agency + "/org-chart?asOf=2024-06-01", admin);
            return chart.status() == 200 && chart.json().path("employeesPlaced").asLong() == placed;
        });
        report.add(String.format(Locale.ROOT, "read side caught up %.1f s after the last placement was accepted",
                (System.nanoTime() - waitStart) / 1e9));

        report.add(steadyReplacements(api, plan));
        report.add(orgChart(api, admin, agency));
        report.add("memory at the end: " + memory());
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "org.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(loaded.phases().get(OrgPlan.Phase.PLACEMENTS).steps()).isEqualTo((int) placed);
    }

    /** Re-places Bidang staff under another appraiser of their unit at a fixed rate (open loop). */
    private String steadyReplacements(ApiClient api, OrgPlan plan) throws InterruptedException {
        String ppk = api.devToken(plan.ppkSubject(), plan.agencyId(), "STAFFING_AUTHORITY");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (OrgPlan.Step step : plan.steps()) {
            if (step.phase() != OrgPlan.Phase.PLACEMENTS || bodies.size() >= rate * seconds) {
                continue;
            }
            String unit = (String) step.body().get("unitId");
            String appraiser = (String) step.body().get("appraiserPositionId");
            if (appraiser.endsWith(":kapus")) {
                continue;
            }
            String next = appraiser.equals(unit + ":kabid") ? unit + ":kasi" : unit + ":kabid";
            bodies.add(Map.of("nip", step.body().get("nip"), "unitId", unit, "appraiserPositionId", next,
                    "effectiveFrom", "2025-01-02", "decreeNumber", "800/bench"));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(bodies.size());
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            Map<String, Object> body = bodies.get(i);
            workers.submit(() -> {
                try {
                    ApiClient.Response response = api.post("/api/v1/placements", ppk, body);
                    if (response.status() != 201) {
                        failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - due);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double wall = (System.nanoTime() - start) / 1e9;
        workers.shutdown();
        return String.format(Locale.ROOT, "steady re-placements: %d at %d/s target, %.1f/s achieved over %.1f s, "
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d", bodies.size(), rate,
                bodies.size() / wall, wall, Percentiles.millis(latencies, 50), Percentiles.millis(latencies, 99),
                Percentiles.millis(latencies, 100), failures.get());
    }

    private String orgChart(ApiClient api, String admin, String agency) {
        List<Long> latencies = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            ApiClient.Response chart = api.get("/api/v1/agencies/" + agency + "/org-chart", admin);
            long elapsed = System.nanoTime() - start;
            assertThat(chart.status()).isEqualTo(200);
            if (i >= 5) {
                latencies.add(elapsed); // the first five warm up
            }
            bytes = chart.body().length();
        }
        return String.format(Locale.ROOT, "org chart (%d employees): %d requests after 5 warm-up, p50 %.1f ms, "
                        + "p99 %.1f ms, %d KiB of JSON", employees, latencies.size(), Percentiles.millis(latencies, 50),
                Percentiles.millis(latencies, 99), bytes / 1024);
    }

    /** Resident and peak memory of this JVM (which hosts the services, the gateway, Kafka and the MongoDB stand-in). */
    private static String memory() {
        String rss = "?";
        String hwm = "?";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = line.substring(6).trim();
                } else if (line.startsWith("VmHWM:")) {
                    hwm = line.substring(6).trim();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        Runtime runtime = Runtime.getRuntime();
        return "JVM RSS " + rss + " (peak " + hwm + "), heap used "
                + (runtime.totalMemory() - runtime.freeMemory()) / 1048576 + " MiB of " + runtime.totalMemory() / 1048576
                + " MiB committed";
    }
}
