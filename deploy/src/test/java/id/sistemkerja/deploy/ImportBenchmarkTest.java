package id.sistemkerja.deploy;

import id.sistemkerja.deploy.demo.ImportBenchmark;
import id.sistemkerja.deploy.demo.OrgBenchmark;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ImportBenchmark} against the system-test system (services, gateway, Kafka and the MongoDB stand-in in this
 * JVM; PostgreSQL beside it): a synthetic agency of 15,000 employees with their appointments and placements, as one
 * workbook, dry-run, imported and imported again through the API. Results go to stdout and
 * {@code target/benchmarks/import.txt}.
 * <p>
 * Run: {@code ./mvnw -B -o -Pbenchmarks -pl deploy -am verify -Dgroups=benchmark -Dtest=ImportBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (options: {@code -Dsikerja.bench.employees}, {@code .seed},
 * {@code -Dsikerja.bench.format=xlsx|csv}, {@code -Dsikerja.bench.via=gateway|org}: post the file through the gateway
 * or to org-service directly, {@code -Dsikerja.bench.phases=dry-run}: the dry run only).
 */
@Tag("benchmark")
class ImportBenchmarkTest {

    @Test
    @DisplayName("a 15,000-employee agency file imports through the API with a progress resource, and the same file "
            + "again records nothing")
    void importAtScale() throws Exception {
        SystemUnderTest sut = SystemUnderTest.get();
        String via = System.getProperty("sikerja.bench.via", "gateway");
        ImportBenchmark.Options options = new ImportBenchmark.Options(
                Integer.getInteger("sikerja.bench.employees", 15_000), Long.getLong("sikerja.bench.seed", 42L),
                "csv".equalsIgnoreCase(System.getProperty("sikerja.bench.format")) ? AgencyFileWriter.Format.CSV
                        : AgencyFileWriter.Format.XLSX,
                via.equals("org") ? sut.system().serviceUrl("org") : sut.system().gatewayUrl(),
                "dry-run".equals(System.getProperty("sikerja.bench.phases")));
        ImportBenchmark.Result result = new ImportBenchmark(sut.api(), options).run();
        List<String> report = new ArrayList<>(result.report());
        report.add("memory of the test JVM at the end: " + OrgBenchmark.memory());
        Path out = Path.of("target", "benchmarks", "import.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);

        int total = result.dryRun().path("rows").path("total").asInt();
        assertThat(total).isPositive();
        assertThat(result.dryRun().path("rows").path("valid").asInt()).isEqualTo(total);
        if (result.imported() == null) {
            return; // -Dsikerja.bench.phases=dry-run
        }
        assertThat(result.imported().path("state").asText()).isEqualTo("COMPLETED");
        assertThat(result.imported().path("rows").path("imported").asInt()).isEqualTo(total);
        assertThat(result.again().path("rows").path("alreadyImported").asInt()).isEqualTo(total);
    }
}
