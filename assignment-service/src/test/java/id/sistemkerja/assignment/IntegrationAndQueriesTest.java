package id.sistemkerja.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class IntegrationAndQueriesTest extends AssignmentTestBase {

    @Autowired
    MeterRegistry meters;
    @Autowired
    ObjectMapper json;

    @Test
    @DisplayName("ASG-04 an issued order is published as assignment.AssignmentOrderIssued with assignee, scope, form, period, targets, issuer and number")
    void orderIssuedOnKafka() throws Exception {
        OrgFixture f = agency("bekasi-2023");
        String team = team(f);
        Map<String, Object> issued = ok(post("/api/v1/assignment-orders", f.h1, f,
                AssignmentOrderTest.direct(f, "TEAM", team, terms(false), f.s1a)));
        String orderId = issued.get("orderId").toString();
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), Topics.ASSIGNMENT_EVENTS,
                rs -> rs.stream().anyMatch(r -> orderId.equals(r.key())), Duration.ofSeconds(60));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> orderId.equals(r.key())).findFirst()
                .orElseThrow();
        JsonNode envelope = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
        String text = envelope.toString();
        assertThat(text).contains("assignment.AssignmentOrderIssued", issued.get("result").toString(), f.s1a, f.u1,
                "\"scope\":\"WITHIN_UNIT\"", "\"form\":\"TEAM\"", team, "Laporan kinerja triwulan I",
                "\"issuedBy\":\"" + f.h1 + "\"", "2026-06-30", "bekasi-2023", "ASG-05");
    }

    @Test
    @DisplayName("ASG-08 a request nobody answers stays visibly pending with its age in the unit's queries and the pending-requests gauge")
    void pendingAge() {
        OrgFixture f = agency("cilegon-2023");
        Map<String, Object> body = new HashMap<>();
        body.put("owningUnitId", f.u2);
        body.put("targetUnitId", f.u1);
        body.put("form", "INDIVIDUAL");
        body.put("terms", terms(true));
        String id = ok(post("/api/v1/involvement-requests", f.h2, f, body)).get("requestId").toString();
        await().untilAsserted(() -> assertThat(get("/api/v1/involvement-requests?unitId=" + f.u2
                + "&direction=outgoing&state=PENDING_DECISION", f.h2, f.agency).expectBody(List.class).returnResult()
                .getResponseBody()).hasSize(1));
        double before = pending("8-30d");
        clock.advance(Duration.ofDays(12));
        try {
            List<?> incoming = get("/api/v1/involvement-requests?unitId=" + f.u1 + "&direction=incoming", f.h1,
                    f.agency).expectBody(List.class).returnResult().getResponseBody();
            assertThat(incoming).hasSize(1);
            assertThat(((Map<?, ?>) incoming.get(0)).get("pendingDays")).isEqualTo(12);
            assertThat(pending("8-30d")).isGreaterThanOrEqualTo(before + 1);
        } finally {
            clock.set(NOW);
        }
        assertThat(id).isNotBlank();
    }

    private double pending(String age) {
        return meters.get("sikerja.assignment.requests.pending").tag("kind", "INVOLVEMENT_REQUEST").tag("age", age)
                .gauge().value();
    }

    @Test
    @DisplayName("every assignment-service operation names the regulation's term (summary with the Indonesian term)")
    void openApi() throws Exception {
        JsonNode doc = json.readTree(client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        List<String> checked = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!path.getKey().startsWith("/api/v1/")) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(where).matches(".*\\(.+\\).*");
            assertThat(operation.get("responses").fieldNames()).as(where).toIterable()
                    .anyMatch(code -> code.startsWith("2"));
            checked.add(where);
        }));
        assertThat(checked).contains("POST /api/v1/involvement-requests", "POST /api/v1/assignment-orders",
                "POST /api/v1/assignments/team-endings", "GET /api/v1/employees/{nip}/assignments",
                "POST /api/v1/voluntary-applications", "POST /api/v1/work-plans", "POST /api/v1/assignment-reports");
    }
}
