package id.sistemkerja.deploy.faults;

import id.sistemkerja.deploy.ApiClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak (docs/reliability.md): the local launcher as its own process, its capacity measured with the fault
 * harness's workload run flat out, then {@code sikerja.soak.minutes} (30) at half that rate while heap and processor
 * lag are sampled every 30 s. Run: {@code ./mvnw -B -Psoak verify -pl deploy -am}. Results:
 * {@code deploy/target/soak/<time>/report.md}.
 */
@Tag("soak")
class SoakTest {

    private static final int MINUTES = Integer.getInteger("sikerja.soak.minutes", 30);
    private static final Pattern LAG = Pattern.compile("sikerja_processor_lag_events\\{[^}]*\\} ([0-9.E+-]+)");

    @Test
    @DisplayName("30 minutes at half the measured capacity: every command acknowledged, the read side keeps up, heap "
            + "and processor lag stay flat")
    void soak() throws Exception {
        Path root = Path.of("target", "soak", LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                "yyyyMMdd-HHmmss"))).toAbsolutePath();
        StringBuilder report = new StringBuilder("# Soak\n\n");
        try (LauncherProcess launcher = new LauncherProcess(root.resolve("data"), root.resolve("launcher.log"),
                List.of("--no-demo", "--set=gateway.sikerja.gateway.requests-per-second=5000",
                        "--set=gateway.sikerja.gateway.burst=10000")).start()) {
            assertThat(launcher.awaitOutput("SiKerja is ready", Duration.ofMinutes(5))).isTrue();
            ApiClient api = new ApiClient(launcher.gatewayUrl());
            FaultWorld world = new FaultWorld("kota-soak-" + UUID.randomUUID().toString().substring(0, 6), 3);
            world.setUp(api);
            Thread.sleep(20_000);

            // capacity: the workload flat out with 8 clients for 90 s (first 30 s discarded)
            LoadGenerator probe = new LoadGenerator(api, world, 8, Duration.ofMinutes(2), 0);
            probe.start();
            Thread.sleep(30_000);
            long before = probe.acknowledged();
            Thread.sleep(60_000);
            double capacity = (probe.acknowledged() - before) / 60.0;
            probe.stop();
            double rate = capacity / 2 / 6; // work items per second (six commands each)
            report.append(String.format(Locale.ROOT, "Capacity (8 clients, flat out): %.1f commands/s; soak at half: "
                    + "%.2f work items/s = %.1f commands/s for %d minutes.%n%n", capacity, rate, rate * 6, MINUTES));
            Thread.sleep(60_000); // let the read side drain the capacity burst

            LoadGenerator soak = new LoadGenerator(api, world, 8, Duration.ofMinutes(2), rate);
            report.append("| minute | acknowledged | heap used (MiB) | old-gen live after GC (MiB) | processor lag "
                    + "(sum, events) | max lag of one processor |\n|---|---|---|---|---|---|\n");
            List<double[]> samples = new ArrayList<>();
            long start = System.nanoTime();
            soak.start();
            while (System.nanoTime() - start < Duration.ofMinutes(MINUTES).toNanos()) {
                Thread.sleep(30_000);
                double minute = (System.nanoTime() - start) / 60e9;
                double[] lag = lag(api, launcher);
                double heap = metric(api, launcher, "jvm.memory.used?tag=area:heap") / 1048576.0;
                double live = metric(api, launcher, "jvm.gc.live.data.size") / 1048576.0;
                samples.add(new double[]{minute, soak.acknowledged(), heap, live, lag[0], lag[1]});
                report.append(String.format(Locale.ROOT, "| %.1f | %d | %.0f | %.0f | %.0f | %.0f |%n", minute,
                        soak.acknowledged(), heap, live, lag[0], lag[1]));
                Files.createDirectories(root);
                Files.writeString(root.resolve("report.md"), report.toString());
            }
            soak.stop();
            report.append("\nClient outcomes: ").append(soak.summary()).append('\n');
            Files.writeString(root.resolve("report.md"), report.toString());
            System.out.println(report);
            assertThat(soak.summary().get("refused")).isZero();
            assertThat(samples).isNotEmpty();
        }
    }

    /** Sum and maximum of every service's processor lag gauges. */
    private static double[] lag(ApiClient api, LauncherProcess launcher) {
        double sum = 0;
        double max = 0;
        for (String port : List.of("ORG_SERVICE_PORT", "ASSIGNMENT_SERVICE_PORT", "TEAM_SERVICE_PORT",
                "PERFORMANCE_SERVICE_PORT")) {
            String text = new ApiClient("http://127.0.0.1:" + launcher.port(port)).get("/actuator/prometheus", null)
                    .body();
            Matcher m = LAG.matcher(text);
            while (m.find()) {
                double value = Double.parseDouble(m.group(1));
                sum += value;
                max = Math.max(max, value);
            }
        }
        return new double[]{sum, max};
    }

    /**
     * A JVM-wide gauge (all applications share the launcher's heap) from org-service's Prometheus text, summed over
     * its series: {@code jvm_memory_used_bytes} with {@code area="heap"}, or {@code jvm_gc_live_data_size_bytes}.
     */
    private static double metric(ApiClient api, LauncherProcess launcher, String name) {
        String text = new ApiClient("http://127.0.0.1:" + launcher.port("ORG_SERVICE_PORT"))
                .get("/actuator/prometheus", null).body();
        String series = name.startsWith("jvm.memory.used") ? "jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\}"
                : "jvm_gc_live_data_size_bytes(\\{[^}]*\\})?";
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(text);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            sum += Double.parseDouble(m.group(m.groupCount()));
            found = true;
        }
        return found ? sum : Double.NaN;
    }
}
