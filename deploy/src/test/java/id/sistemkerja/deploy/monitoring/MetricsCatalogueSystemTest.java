package id.sistemkerja.deploy.monitoring;

import id.sistemkerja.deploy.ApiClient;
import id.sistemkerja.deploy.LocalSystem;
import id.sistemkerja.deploy.SystemUnderTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric an alert rule or a dashboard panel reads exists on the running system: the services' and the gateway's
 * {@code /actuator/prometheus} are scraped (after a little traffic: an accepted and a refused command, a query, Kafka
 * consumption) and each metric name the rules and panels use must be among the exposed series. A renamed meter or a
 * panel with a typo fails here instead of showing "no data" in production.
 */
class MetricsCatalogueSystemTest {

    /** Series Prometheus itself produces, not the applications. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();

    @Test
    @DisplayName("every metric used by an alert rule or a dashboard panel is exposed by the running services")
    void rulesAndDashboardsUseExposedMetrics() {
        generateTraffic();
        Map<String, String> used = new TreeMap<>(); // metric -> where it is used
        for (MonitoringFiles.Rule rule : MonitoringFiles.rules()) {
            MonitoringFiles.metricNames(rule.expr()).forEach(m -> used.putIfAbsent(m,
                    "rule " + (rule.alert() != null ? rule.alert() : rule.record())));
        }
        for (String[] query : MonitoringFiles.dashboardQueries()) {
            MonitoringFiles.metricNames(query[1]).forEach(m -> used.putIfAbsent(m, "panel " + query[0]));
        }
        used.keySet().removeAll(PROMETHEUS_OWN);
        used.keySet().removeIf(m -> m.contains(":")); // recording rules' own series (level:metric:operations)

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> exposed = exposedMetricNames();
            Map<String, String> missing = new LinkedHashMap<>(used);
            missing.keySet().removeAll(exposed);
            assertThat(missing).as("metrics used by rules/panels but exposed by no service").isEmpty();
        });
    }

    /** An accepted and a refused command, a query, and an event consumed by the other services. */
    private void generateTraffic() {
        String agency = "kota-metrics-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        assertThat(api.post("/api/v1/agencies", admin, Map.of("agencyId", agency, "name", "Pemerintah Kota Metrik"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/v1/agencies", admin, Map.of("agencyId", agency, "name", "Pemerintah Kota Metrik"))
                .status()).isEqualTo(409); // refused by the command side: commandBus failure counter
        api.get("/api/v1/agencies/" + agency, admin);
    }

    private Set<String> exposedMetricNames() {
        Set<String> names = new TreeSet<>();
        String operator = api.devToken("197801012005011001", "kota-bandung", "OPERATOR");
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("gateway", sut.system().gatewayUrl());
        for (String service : LocalSystem.SERVICES.keySet()) {
            targets.put(service, sut.system().serviceUrl(service));
        }
        targets.forEach((name, url) -> {
            ApiClient.Response scrape = new ApiClient(url).get("/actuator/prometheus", operator);
            assertThat(scrape.status()).as(name + " /actuator/prometheus").isEqualTo(200);
            for (String line : scrape.body().split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int end = 0;
                    while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                        end++;
                    }
                    names.add(line.substring(0, end));
                }
            }
        });
        return names;
    }
}
