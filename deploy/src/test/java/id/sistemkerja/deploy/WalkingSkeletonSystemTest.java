package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.test.KafkaTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton, end to end through the gateway: an agency and an employee registered in org-service become
 * JSON events in PostgreSQL and integration events on Kafka, and assignment-service's replica knows the employee.
 */
class WalkingSkeletonSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("org event in PostgreSQL as JSON -> integration event on Kafka -> assignment-service replica, through the gateway")
    void employeeFlowsFromOrgToAssignment() throws Exception {
        String agency = "kota-skeleton-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        assertThat(api.post("/api/v1/agencies", admin, Map.of("agencyId", agency, "name", "Pemerintah Kota Uji"))
                .status()).isEqualTo(201);
        String nip = "199001202015031" + String.format("%03d", 1 + (int) (Math.random() * 998));
        ApiClient.Response created = api.post("/api/v1/employees", admin, Map.of("nip", nip, "fullName",
                "Asep Sunandar", "employmentType", "PNS", "rank", "III_A", "education", "D3"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Correlation-Id")).isNotBlank();

        JdbcTemplate orgDb = new JdbcTemplate(orgDataSource());
        Map<String, Object> row = orgDb.queryForMap(
                "SELECT payload, metadata FROM domainevententry WHERE aggregateidentifier = ?", nip);
        JsonNode payload = json.readTree(row.get("payload").toString());
        JsonNode metadata = json.readTree(row.get("metadata").toString());
        assertThat(payload.get("fullName").asText()).isEqualTo("Asep Sunandar");
        assertThat(metadata.get("actor").asText()).isEqualTo("197801012005011001");
        assertThat(metadata.get("correlationId").asText()).isEqualTo(created.header("X-Correlation-Id"));

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                sut.infrastructure().kafkaBootstrapServers(), Topics.ORG_EVENTS,
                rs -> rs.stream().anyMatch(r -> nip.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> nip.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("org.EmployeeRegistered");
        assertThat(new String(record.headers().lastHeader(EventHeaders.AGENCY).value(), StandardCharsets.UTF_8))
                .isEqualTo(agency);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/employees/" + nip + "/assignments", admin).status() == 200);
        ApiClient.Response known = api.get("/api/v1/employees/" + nip + "/assignments", admin);
        assertThat(known.json().get("employee").get("fullName").asText()).isEqualTo("Asep Sunandar");
        assertThat(known.json().get("employee").get("agencyId").asText()).isEqualTo(agency);

        String otherAgency = api.devToken("197902022006041002", "kota-lain", "AGENCY_ADMIN");
        assertThat(api.get("/api/v1/employees/" + nip + "/assignments", otherAgency).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("every application reports health UP with its PostgreSQL, Kafka and MongoDB components")
    void healthUpWithInfrastructureComponents() {
        // the components are shown to operators only (L2); anonymous callers see the status
        String operator = api.devToken("ops-01", null, "OPERATOR");
        for (String service : LocalSystem.SERVICES.keySet()) {
            ApiClient direct = new ApiClient(sut.system().serviceUrl(service));
            assertThat(direct.get("/actuator/health", null).json().has("components")).as(service).isFalse();
            JsonNode health = direct.get("/actuator/health", operator).json();
            assertThat(health.get("status").asText()).as(service).isEqualTo("UP");
            assertThat(health.get("components").get("db").get("status").asText()).as(service).isEqualTo("UP");
            assertThat(health.get("components").get("kafka").get("status").asText()).as(service).isEqualTo("UP");
            assertThat(health.get("components").get("mongo").get("status").asText()).as(service).isEqualTo("UP");
        }
        assertThat(sut.api().get("/actuator/health", null).json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    @DisplayName("the gateway refuses calls without a valid token with 401 problem+json")
    void gatewayRequiresToken() {
        ApiClient.Response response = api.get("/api/v1/employees/199001202015031003", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        ApiClient.Response forged = api.get("/api/v1/employees/199001202015031003", "not.a.jwt");
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a POST through the gateway repeated with the same Idempotency-Key creates one record")
    void idempotencyThroughGateway() {
        String agency = "kota-idem-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        api.post("/api/v1/agencies", admin, Map.of("agencyId", agency, "name", "Pemerintah Kota Idem"));
        String nip = "198807082012122" + String.format("%03d", 1 + (int) (Math.random() * 998));
        Map<String, Object> body = Map.of("nip", nip, "fullName", "Siti", "employmentType", "PNS", "rank", "III_C",
                "education", "S1");
        String key = UUID.randomUUID().toString();
        ApiClient.Response first = api.post("/api/v1/employees", admin, body, key);
        ApiClient.Response second = api.post("/api/v1/employees", admin, body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(new JdbcTemplate(orgDataSource()).queryForObject(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class, nip)).isEqualTo(1);
    }

    private DataSource orgDataSource() {
        return sut.system().context("org").getBean(DataSource.class);
    }
}
