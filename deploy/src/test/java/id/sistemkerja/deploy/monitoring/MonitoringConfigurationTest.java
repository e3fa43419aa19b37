package id.sistemkerja.deploy.monitoring;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus rules and the Grafana dashboard are checked as code: {@code promtool} validates and unit-tests the
 * rules, every alert has a runbook, every query parses into metric names ({@link MetricsCatalogueSystemTest} checks
 * those names against what the running services expose).
 */
class MonitoringConfigurationTest {

    /** CI (`.ci/run`) installs promtool and sets this, so a missing promtool fails there instead of skipping. */
    private static final boolean PROMTOOL_REQUIRED = "1".equals(System.getenv("SIKERJA_REQUIRE_PROMTOOL"));

    @Test
    @DisplayName("the alert and recording rules pass `promtool check rules`")
    void rulesPassPromtoolCheck() throws Exception {
        Result result = promtool("check", "rules", MonitoringFiles.RULES.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    @DisplayName("the alerts fire (and stay quiet) as their promtool unit tests say")
    void alertsBehaveAsTheirUnitTestsSay() throws Exception {
        Result result = promtool("test", "rules", MonitoringFiles.RULE_TESTS.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    @DisplayName("every alert has a summary and a runbook section in docs/operations.md that its runbook_url names")
    void everyAlertHasARunbook() throws IOException {
        String operations = Files.readString(MonitoringFiles.OPERATIONS);
        List<MonitoringFiles.Rule> alerts = MonitoringFiles.rules().stream().filter(r -> r.alert() != null).toList();
        assertThat(alerts).isNotEmpty();
        for (MonitoringFiles.Rule alert : alerts) {
            assertThat(alert.annotations().path("summary").asText()).as(alert.alert() + " summary").isNotBlank();
            assertThat(alert.annotations().path("runbook_url").asText()).as(alert.alert() + " runbook_url")
                    .isEqualTo("docs/operations.md#" + alert.alert().toLowerCase());
            assertThat(operations).as("docs/operations.md has a section for " + alert.alert())
                    .contains("\n### " + alert.alert() + "\n");
        }
    }

    @Test
    @DisplayName("every rule and dashboard query reads at least one metric the parser recognises")
    void everyQueryReadsMetrics() {
        for (MonitoringFiles.Rule rule : MonitoringFiles.rules()) {
            assertThat(MonitoringFiles.metricNames(rule.expr())).as(rule.expr()).isNotEmpty();
        }
        List<String[]> queries = MonitoringFiles.dashboardQueries();
        assertThat(queries).hasSizeGreaterThan(5);
        for (String[] query : queries) {
            assertThat(MonitoringFiles.metricNames(query[1])).as(query[0]).isNotEmpty();
        }
        // the parser itself: functions, label names and label values are not metric names
        assertThat(MonitoringFiles.metricNames("histogram_quantile(0.99, sum by (service, le) "
                + "(rate(commandBus_successTimer_seconds_bucket{status=~\"5..\"}[5m]))) / up"))
                .containsExactly("commandBus_successTimer_seconds_bucket", "up");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result promtool(String... args) throws Exception {
        Path promtool = findOnPath("promtool");
        if (promtool == null) {
            if (PROMTOOL_REQUIRED) {
                throw new AssertionError("promtool is required (SIKERJA_REQUIRE_PROMTOOL=1) but not on the PATH");
            }
            System.out.println("[MonitoringConfigurationTest] promtool not installed (Debian package `prometheus`): "
                    + "skipping the promtool checks; .ci/run installs it");
            Assumptions.abort("promtool not installed");
        }
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(MonitoringFiles.RULES.getParent().toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static Path findOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
