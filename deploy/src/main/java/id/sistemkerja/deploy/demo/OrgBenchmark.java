package id.sistemkerja.deploy.demo;

import id.sistemkerja.deploy.ApiClient;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Org-service at agency scale, through a gateway: a synthetic agency ({@link SyntheticAgencyGenerator}) is loaded with
 * {@link OrgPlanLoader} (its placement phase measures placement commands per second at full load); then Bidang staff
 * are re-placed at a steady rate (latency from the scheduled send time, so a slow answer is not hidden by the next
 * request waiting: open loop); then the whole agency's org chart is fetched repeatedly.
 * <p>
 * Against a running local system: {@code java -cp deploy/target/sikerja-local.jar
 * -Dloader.main=id.sistemkerja.deploy.demo.OrgBenchmark org.springframework.boot.loader.launch.PropertiesLauncher
 * http://127.0.0.1:8080 [employees] [seed] [parallelism] [rate/s] [seconds]} (see docs/benchmarks.md). The
 * {@code @Tag("benchmark")} test {@code OrgBenchmarkTest} runs the same against the system-test system.
 */
public final class OrgBenchmark {

    /** What to run. */
    public record Options(int employees, long seed, int parallelism, int rate, int seconds) {
    }

    private final ApiClient api;
    private final Options options;

    public OrgBenchmark(ApiClient api, Options options) {
        this.api = api;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        Options options = new Options(arg(args, 1, 15_000), arg(args, 2, 42), arg(args, 3, 16), arg(args, 4, 50),
                arg(args, 5, 60));
        List<String> report = new OrgBenchmark(new ApiClient(gateway), options).run();
        Path out = Path.of("target", "benchmarks", "org-" + System.currentTimeMillis() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** Runs the benchmark; returns (and prints as it goes) the report lines. */
    public List<String> run() throws InterruptedException {
        String agency = "bench-" + options.seed() + "-" + Long.toString(System.currentTimeMillis(), 36);
        List<String> report = new ArrayList<>();
        line(report, "date " + LocalDateTime.now() + "; gateway " + api.baseUrl() + "; agency " + agency + " ("
                + options.employees() + " employees, seed " + options.seed() + ")");

        OrgPlan plan = SyntheticAgencyGenerator.generate(agency, options.employees(), options.seed());
        OrgPlanLoader.Result loaded = new OrgPlanLoader(api, options.parallelism()).load(plan);
        loaded.phases().values().forEach(p -> line(report, String.format(Locale.ROOT,
                "load %-12s %6d requests in %6.1f s = %6.1f/s  p50 %6.1f ms  p99 %6.1f ms  (parallelism %d)",
                p.phase(), p.steps(), p.wallNanos() / 1e9, p.perSecond(), p.percentileMillis(50),
                p.percentileMillis(99), p.phase() == OrgPlan.Phase.UNITS ? 1 : options.parallelism())));

        String admin = api.devToken(plan.adminNip(), agency, "AGENCY_ADMIN");
        long placed = plan.steps().stream().filter(s -> s.phase() == OrgPlan.Phase.PLACEMENTS).count();
        long waitStart = System.nanoTime();
        long deadline = waitStart + Duration.ofMinutes(30).toNanos();
        while (true) {
            ApiClient.Response chart = api.get("/api/v1/agencies/" + agency + "/org-chart?asOf=2024-06-01", admin);
            if (chart.status() == 200 && chart.json().path("employeesPlaced").asLong() == placed) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read side did not catch up within 30 minutes");
            }
            Thread.sleep(5000);
        }
        line(report, String.format(Locale.ROOT, "read side caught up %.1f s after the last placement was accepted "
                + "(polled every 5 s)", (System.nanoTime() - waitStart) / 1e9));
        line(report, steadyReplacements(plan));
        line(report, orgChart(admin, agency));
        return report;
    }

    private static void line(List<String> report, String line) {
        System.out.println("[org benchmark] " + line);
        report.add(line);
    }

    /** Re-places Bidang staff under another appraiser of their unit at a fixed rate (open loop). */
    private String steadyReplacements(OrgPlan plan) throws InterruptedException {
        String ppk = api.devToken(plan.ppkSubject(), plan.agencyId(), "STAFFING_AUTHORITY");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (OrgPlan.Step step : plan.steps()) {
            if (step.phase() != OrgPlan.Phase.PLACEMENTS || bodies.size() >= options.rate() * options.seconds()) {
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
        long intervalNanos = 1_000_000_000L / options.rate();
        long start = System.nanoTime();
        for (int i = 0; i < bodies.size(); i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
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
                        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms, failures %d", bodies.size(), options.rate(),
                bodies.size() / wall, wall, Percentiles.millis(latencies, 50), Percentiles.millis(latencies, 99),
                Percentiles.millis(latencies, 100), failures.get());
    }

    private String orgChart(String admin, String agency) {
        List<Long> latencies = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            ApiClient.Response chart = api.get("/api/v1/agencies/" + agency + "/org-chart", admin);
            long elapsed = System.nanoTime() - start;
            if (chart.status() != 200) {
                throw new IllegalStateException("org chart answered " + chart.status() + " " + chart.body());
            }
            if (i >= 5) {
                latencies.add(elapsed); // the first five warm up
            }
            bytes = chart.body().length();
        }
        return String.format(Locale.ROOT, "org chart (%d employees): %d sequential requests after 5 warm-up, "
                        + "p50 %.1f ms, p99 %.1f ms, %d KiB of JSON", options.employees(), latencies.size(),
                Percentiles.millis(latencies, 50), Percentiles.millis(latencies, 99), bytes / 1024);
    }

    /** Resident and peak memory of this JVM, from /proc (Linux). */
    public static String memory() {
        String rss = "?";
        String hwm = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    rss = l.substring(6).trim();
                } else if (l.startsWith("VmHWM:")) {
                    hwm = l.substring(6).trim();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        Runtime runtime = Runtime.getRuntime();
        return "JVM RSS " + rss + " (peak " + hwm + "), heap used " + (runtime.totalMemory() - runtime.freeMemory())
                / 1048576 + " MiB of " + runtime.totalMemory() / 1048576 + " MiB committed (max "
                + runtime.maxMemory() / 1048576 + " MiB)";
    }
}
