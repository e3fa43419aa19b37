package id.sistemkerja.deploy;

import id.sistemkerja.deploy.demo.OrgBenchmark;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OrgBenchmark} against the system-test system (everything in this test JVM: services, gateway, Kafka and the
 * in-memory MongoDB stand-in; PostgreSQL beside it). Results go to stdout and {@code target/benchmarks/org.txt}.
 * <p>
 * Run: {@code ./mvnw -B -o -Pbenchmarks -pl deploy -am verify -Dgroups=benchmark -Dtest=OrgBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (options: {@code -Dsikerja.bench.employees}, {@code .seed},
 * {@code .parallelism}, {@code .rate}, {@code .seconds}).
 */
@Tag("benchmark")
class OrgBenchmarkTest {

    @Test
    @DisplayName("placement throughput and latency, and org-chart latency, for a synthetic agency")
    void orgAtScale() throws Exception {
        OrgBenchmark.Options options = new OrgBenchmark.Options(Integer.getInteger("sikerja.bench.employees", 15_000),
                Long.getLong("sikerja.bench.seed", 42L), Integer.getInteger("sikerja.bench.parallelism", 16),
                Integer.getInteger("sikerja.bench.rate", 50), Integer.getInteger("sikerja.bench.seconds", 60));
        List<String> report = new ArrayList<>(new OrgBenchmark(SystemUnderTest.get().api(), options).run());
        report.add("memory of the test JVM at the end: " + OrgBenchmark.memory());
        System.out.println(report.get(report.size() - 1));
        Path out = Path.of("target", "benchmarks", "org.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        assertThat(report).anyMatch(line -> line.startsWith("steady re-placements") && line.endsWith("failures 0"));
    }
}
