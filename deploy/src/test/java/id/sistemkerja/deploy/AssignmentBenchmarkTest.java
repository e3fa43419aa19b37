package id.sistemkerja.deploy;

import id.sistemkerja.deploy.demo.OrgBenchmark;
import id.sistemkerja.deploy.demo.Percentiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complete cross-unit flows through the gateway (bandung-2023): involvement request by the owning unit head → approval
 * by the appraiser where the employee sits (drafts the order) → order issued and numbered by the Kepala Perangkat
 * Daerah. Workers run flows back to back; all orders of the agency share one number counter (ASG-04).
 * <p>
 * Run: {@code ./mvnw -B -o -Pbenchmarks -pl deploy -am verify -Dgroups=benchmark -Dtest=AssignmentBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (options {@code -Dsikerja.bench.flows}, {@code .parallelism}).
 * Results go to stdout and {@code target/benchmarks/assignment.txt}.
 */
@Tag("benchmark")
class AssignmentBenchmarkTest {

    @Test
    @DisplayName("cross-unit flows per second (request → approval → order) with p50/p99 per step")
    void crossUnitFlows() throws Exception {
        int flows = Integer.getInteger("sikerja.bench.flows", 600);
        int parallelism = Integer.getInteger("sikerja.bench.parallelism", 8);
        SystemUnderTest sut = SystemUnderTest.get();
        ApiClient api = sut.api();
        AssignmentWorld w = new AssignmentWorld(sut, "kota-asg-bench", "bandung-2023");
        String requester = api.devToken(w.h2, w.agency, "EMPLOYEE");
        String approver = api.devToken(w.h1, w.agency, "EMPLOYEE");
        String issuer = api.devToken(w.k1, w.agency, "EMPLOYEE");
        Map<String, Object> request = Map.of("owningUnitId", w.u2, "targetUnitId", w.u1, "form", "INDIVIDUAL",
                "requestedNips", List.of(w.s1a), "terms", AssignmentWorld.terms());
        // warm-up
        runFlows(api, 20, 4, request, requester, approver, issuer);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Result r = runFlows(api, flows, parallelism, request, requester, approver, issuer);
        List<String> report = new ArrayList<>();
        report.add(String.format("cross-unit flows: %d in %.1f s with %d workers = %.1f flows/s, failures %d",
                flows, r.wallNanos / 1e9, parallelism, flows / (r.wallNanos / 1e9), r.failures.get()));
        for (String step : List.of("submit", "approve", "issue")) {
            List<Long> l = r.latencies.get(step);
            report.add(String.format("  %-8s p50 %.1f ms  p99 %.1f ms", step, Percentiles.millis(l, 50),
                    Percentiles.millis(l, 99)));
        }
        report.add("load average before the run: " + load + ", cores " + Runtime.getRuntime().availableProcessors());
        report.add("memory of the test JVM at the end: " + OrgBenchmark.memory());
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "assignment.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(r.failures.get()).isZero();
    }

    private record Result(long wallNanos, Map<String, List<Long>> latencies, AtomicInteger failures) {
    }

    private static Result runFlows(ApiClient api, int flows, int parallelism, Map<String, Object> request,
                                   String requester, String approver, String issuer) throws Exception {
        Map<String, List<Long>> latencies = Map.of("submit", Collections.synchronizedList(new ArrayList<>()),
                "approve", Collections.synchronizedList(new ArrayList<>()),
                "issue", Collections.synchronizedList(new ArrayList<>()));
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < flows; i++) {
            futures.add(pool.submit(() -> {
                ApiClient.Response submitted = timed(latencies.get("submit"),
                        () -> api.post("/api/v1/involvement-requests", requester, request));
                if (!submitted.ok()) {
                    failures.incrementAndGet();
                    return;
                }
                String id = submitted.json().path("requestId").asText();
                ApiClient.Response approved = timed(latencies.get("approve"),
                        () -> api.post("/api/v1/involvement-requests/" + id + "/approval", approver, Map.of()));
                if (!approved.ok()) {
                    failures.incrementAndGet();
                    return;
                }
                String orderId = approved.json().path("result").asText();
                ApiClient.Response issued = timed(latencies.get("issue"),
                        () -> api.post("/api/v1/assignment-orders/" + orderId + "/issue", issuer, Map.of()));
                if (!issued.ok()) {
                    failures.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return new Result(wall, latencies, failures);
    }

    private static ApiClient.Response timed(List<Long> into, java.util.function.Supplier<ApiClient.Response> call) {
        long t0 = System.nanoTime();
        ApiClient.Response response = call.get();
        into.add(System.nanoTime() - t0);
        return response;
    }
}
