package id.sistemkerja.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12.3: SRG23 Pasal 7(1) sets a deadline for the unit head, not a year-long block on the unit's work: a plan set
 * after 31 December of the year before (a missed deadline, a unit created mid-year, 2023 when the Perwal took effect on
 * 4 May) is recorded as late and applies; orders still need an item of the plan in force (Pasal 8(1)).
 */
class WorkPlanTest extends AssignmentTestBase {

    @Autowired
    ObjectMapper json;

    private static Map<String, Object> plan(String unit) {
        return Map.of("unitId", unit, "year", 2026, "items",
                List.of(Map.of("itemId", "K1", "activity", "Pelayanan", "output", "Laporan")));
    }

    @Test
    @DisplayName("ASG-14 Serang: a plan set after 31 December of the year before is recorded as late (plan, event, query, assignment.UnitWorkPlanSet) and applies (SRG23 Pasal 7(1))")
    void latePlanApplies() throws Exception {
        OrgFixture f = agency("serang-2023", 2);
        // today is 2 March 2026: after the deadline of 31 December 2025
        ok(post("/api/v1/work-plans", f.unitHead, f, plan(f.unit)));
        String planId = f.unit + "@2026";
        String payload = jdbc.queryForObject("SELECT payload::text FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, planId);
        assertThat(payload).contains("\"late\":true", "\"deadline\":\"2025-12-31\"");
        await().untilAsserted(() -> {
            Map<String, Object> view = ok(get("/api/v1/work-plans/" + planId, f.unitHead, f.agency));
            assertThat(view.get("late")).isEqualTo(true);
            assertThat(view.get("trail").toString()).contains("SET_LATE");
        });
        List<?> late = get("/api/v1/work-plans?agencyId=" + f.agency + "&year=2026&late=true", f.unitHead, f.agency)
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(late).hasSize(1);
        assertThat(late.toString()).contains(planId);

        // the late plan applies: an order citing its item is issued
        Map<String, Object> cited = terms(false);
        cited.put("planItemId", "K1");
        ok(post("/api/v1/assignment-orders", f.unitHead, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null, cited, f.staff)));

        // and the contract event carries it, for performance-service's SKP side (Pasal 8(7))
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), Topics.ASSIGNMENT_EVENTS,
                rs -> rs.stream().anyMatch(r -> planId.equals(r.key())), Duration.ofSeconds(60));
        JsonNode envelope = json.readTree(new String(records.stream().filter(r -> planId.equals(r.key())).findFirst()
                .orElseThrow().value(), StandardCharsets.UTF_8));
        assertThat(envelope.toString()).contains("assignment.UnitWorkPlanSet", "\"late\":true");
    }

    @Test
    @DisplayName("ASG-14 Serang: a plan set by 31 December of the year before is not late; orders without an item of it are refused citing Pasal 8(1) (SRG23 Pasal 7(1), 8(1))")
    void onTimePlan() {
        OrgFixture f = agency("serang-2023", 2);
        clock.set(Instant.parse("2025-12-30T03:00:00Z"));
        try {
            ok(post("/api/v1/work-plans", f.unitHead, f, plan(f.unit)));
        } finally {
            clock.set(NOW);
        }
        await().untilAsserted(() -> assertThat(ok(get("/api/v1/work-plans/" + f.unit + "@2026", f.unitHead, f.agency))
                .get("late")).isEqualTo(false));
        assertThat(get("/api/v1/work-plans?agencyId=" + f.agency + "&year=2026&late=true", f.unitHead, f.agency)
                .expectBody(List.class).returnResult().getResponseBody()).isEmpty();
        post("/api/v1/assignment-orders", f.unitHead, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false),
                f.staff)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-14")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Serang 23/2023 Pasal 8(1)");
        // only the unit head sets it
        post("/api/v1/work-plans", f.staff, f, plan(f.sisterUnit)).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("M6 the agency's work plans are a paged list: size above 500 is a 400 naming size, a page of one holds one plan")
    void workPlansPaged() {
        OrgFixture f = agency("serang-2023", 2);
        ok(post("/api/v1/work-plans", f.unitHead, f, plan(f.unit)));
        ok(post("/api/v1/work-plans", f.sisterHead, f, plan(f.sisterUnit)));
        String list = "/api/v1/work-plans?agencyId=" + f.agency + "&year=2026";
        get(list + "&size=501", f.unitHead, f.agency).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("size");
        await().untilAsserted(() -> assertThat(get(list, f.unitHead, f.agency).expectBody(List.class).returnResult()
                .getResponseBody()).hasSize(2));
        assertThat(get(list + "&size=1&page=1", f.unitHead, f.agency).expectBody(List.class).returnResult()
                .getResponseBody()).hasSize(1);
    }
}
