package id.sistemkerja.deploy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production manifests (deploy/production) as the security review asks (M9, H4, L7): services reachable only
 * through the gateway, TLS in front, non-root read-only pods, authenticated and encrypted Kafka, MongoDB and
 * PostgreSQL, one secret per service, no open monitoring and no default Grafana login.
 */
class ProductionManifestsTest {

    private static final Path PRODUCTION = Path.of("production");
    private static final List<String> SERVICES = List.of("org-service", "assignment-service", "team-service",
            "performance-service");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kubernetes() throws IOException {
        String text = Files.readString(PRODUCTION.resolve("kubernetes/sikerja.yaml"));
        return StreamSupport.stream(new Yaml().loadAll(text).spliterator(), false)
                .map(o -> (Map<String, Object>) o).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    private static List<Map<String, Object>> kind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    private static String name(Map<String, Object> doc) {
        return (String) map(doc, "metadata").get("name");
    }

    @Test
    @DisplayName("M9 every service and the gateway have a NetworkPolicy, the namespace denies other ingress, and the gateway is behind TLS")
    @SuppressWarnings("unchecked")
    void networkPoliciesAndTls() throws IOException {
        List<Map<String, Object>> docs = kubernetes();
        List<String> policies = kind(docs, "NetworkPolicy").stream().map(ProductionManifestsTest::name).toList();
        assertThat(policies).contains("default-deny-ingress", "gateway").containsAll(SERVICES);
        Map<String, Object> deny = kind(docs, "NetworkPolicy").stream().filter(d -> name(d).equals("default-deny-ingress"))
                .findFirst().orElseThrow();
        assertThat(map(deny, "spec", "podSelector")).isEmpty();
        for (String service : SERVICES) {
            Map<String, Object> policy = kind(docs, "NetworkPolicy").stream().filter(d -> name(d).equals(service))
                    .findFirst().orElseThrow();
            List<Map<String, Object>> ingress = (List<Map<String, Object>>) map(policy, "spec").get("ingress");
            assertThat(ingress.toString()).as(service + " admits the gateway").contains("app=gateway");
        }
        Map<String, Object> ingress = kind(docs, "Ingress").get(0);
        assertThat((List<?>) map(ingress, "spec").get("tls")).isNotEmpty();
        assertThat(kind(docs, "Service").stream().map(d -> map(d, "spec").get("type")))
                .allMatch(t -> t == null || "ClusterIP".equals(t));
    }

    @Test
    @DisplayName("M9 L7 pods run as non-root with a read-only root file system and mount only their own audit key")
    @SuppressWarnings("unchecked")
    void podsAndSecrets() throws IOException {
        for (Map<String, Object> deployment : kind(kubernetes(), "Deployment")) {
            Map<String, Object> pod = map(deployment, "spec", "template", "spec");
            assertThat(map(pod, "securityContext").get("runAsNonRoot")).as(name(deployment)).isEqualTo(true);
            for (Map<String, Object> container : (List<Map<String, Object>>) pod.get("containers")) {
                Map<String, Object> security = map(container, "securityContext");
                assertThat(security.get("readOnlyRootFilesystem")).as(name(deployment)).isEqualTo(true);
                assertThat(security.get("allowPrivilegeEscalation")).as(name(deployment)).isEqualTo(false);
                String env = String.valueOf(container.get("env"));
                assertThat(env).as(name(deployment)).doesNotContain("sikerja-audit-keys");
            }
            String volumes = String.valueOf(pod.get("volumes"));
            if (SERVICES.contains(name(deployment))) {
                String own = name(deployment).replace("-service", "");
                assertThat(volumes).contains("secretName=sikerja-" + own).contains("items=")
                        .doesNotContain("sikerja-audit-keys");
            }
        }
    }

    @Test
    @DisplayName("H4 Kubernetes: Kafka SASL_SSL, MongoDB credentials from secrets, PostgreSQL sslmode=verify-full; tokens from configured issuers with an audience")
    @SuppressWarnings("unchecked")
    void kubernetesInfrastructureSecured() throws IOException {
        List<Map<String, Object>> docs = kubernetes();
        Map<String, Object> common = map(kind(docs, "ConfigMap").get(0), "data");
        assertThat(common.get("SPRING_KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
        assertThat(common.get("SIKERJA_SECURITY_TOKENS_AUDIENCES")).isEqualTo("sikerja-api");
        assertThat(common.keySet()).anyMatch(k -> k.startsWith("SIKERJA_SECURITY_TOKENS_ISSUERS_"));
        for (Map<String, Object> deployment : kind(docs, "Deployment")) {
            if (!SERVICES.contains(name(deployment))) {
                continue;
            }
            String env = String.valueOf(((List<Map<String, Object>>) map(deployment, "spec", "template", "spec")
                    .get("containers")).get(0).get("env"));
            assertThat(env).contains("sslmode=verify-full").contains("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")
                    .containsPattern("_MONGO_URI, valueFrom=\\{secretKeyRef");
        }
    }

    @Test
    @DisplayName("M9 H4 compose: only the gateway is published to the network, monitoring on loopback, Grafana has no default login, infrastructure authenticated over TLS")
    @SuppressWarnings("unchecked")
    void compose() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(PRODUCTION.resolve("docker-compose.yml")));
        Map<String, Object> services = map(compose, "services");
        List<String> published = new ArrayList<>();
        services.forEach((name, value) -> {
            Object ports = ((Map<String, Object>) value).get("ports");
            if (ports instanceof List<?> list) {
                list.stream().map(String::valueOf).filter(p -> !p.startsWith("127.0.0.1:"))
                        .forEach(p -> published.add(name + " " + p));
            }
        });
        assertThat(published).containsExactly("gateway 8080:8080");
        Map<String, Object> grafana = map(services, "grafana", "environment");
        assertThat(String.valueOf(grafana.get("GF_SECURITY_ADMIN_PASSWORD"))).contains(":?");
        assertThat(grafana.get("GF_AUTH_ANONYMOUS_ENABLED")).isEqualTo("false");
        assertThat(String.valueOf(map(services, "kafka", "environment").get("KAFKA_LISTENERS"))).contains("SASL_SSL")
                .doesNotContain("PLAINTEXT://:9092");
        assertThat(String.valueOf(map(services, "mongo").get("command"))).contains("--auth", "requireTLS");
        assertThat(String.valueOf(map(services, "postgres").get("command"))).contains("ssl=on");
        for (String service : SERVICES) {
            String env = String.valueOf(map(services, service, "environment"));
            assertThat(env).as(service).contains("sslmode=verify-full").contains("tls=true");
        }
    }

    @Test
    @DisplayName("L7 services have no default database credentials")
    void noDefaultCredentials() throws IOException {
        for (String service : SERVICES) {
            String config = Files.readString(Path.of("..", service, "src/main/resources", service + ".yml"));
            assertThat(config).as(service).doesNotContain("DB_USER:").doesNotContain("DB_PASSWORD:");
        }
    }
}
