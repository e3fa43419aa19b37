package id.sistemkerja.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AssignmentOrderTest extends AssignmentTestBase {

    private final ObjectMapper json = new ObjectMapper();

    static Map<String, Object> direct(OrgFixture f, String form, String teamId, Map<String, Object> terms, String... nips) {
        Map<String, Object> body = new HashMap<>();
        body.put("owningUnitId", f.u1);
        body.put("form", form);
        body.put("teamId", teamId);
        body.put("assigneeNips", List.of(nips));
        body.put("terms", terms);
        return body;
    }

    @Test
    @DisplayName("ASG-01 ASG-06 the unit head appoints an employee of the unit by a numbered order stating purpose, targets and other arrangements")
    void appointmentWithinUnit() {
        OrgFixture f = agency("bekasi-2023");
        Map<String, Object> issued = ok(post("/api/v1/assignment-orders", f.h1, f,
                direct(f, "INDIVIDUAL", null, terms(false), f.s1a)));
        assertThat(issued.get("result").toString()).matches("800\\.1\\.11/1/UJI\\d+/2026");
        String orderId = issued.get("orderId").toString();
        await().untilAsserted(() -> assertThat(ok(get("/api/v1/employees/" + f.s1a + "/assignments?asOf=2026-04-01",
                f.s1a, f.agency)).get("assignments").toString()).contains(orderId, "Laporan kinerja triwulan I"));
        // a day outside the period: nothing in force
        assertThat(ok(get("/api/v1/employees/" + f.s1a + "/assignments?asOf=2026-08-01", f.s1a, f.agency))
                .get("assignments").toString()).isEqualTo("[]");
    }

    @Test
    @DisplayName("ASG-06 an order within a unit without other arrangements is refused with 422 and stores nothing")
    void asg06() {
        OrgFixture f = agency("bekasi-2023");
        Map<String, Object> t = terms(false);
        t.remove("otherArrangements");
        post("/api/v1/assignment-orders", f.h1, f.agency, direct(f, "INDIVIDUAL", null, t, f.s1a), "k-asg06-" + f.agency)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-06")
                .jsonPath("$.violations[0].field").isEqualTo("terms.otherArrangements");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload::text LIKE ?",
                Integer.class, "%" + f.s1a + "%")).isZero();
    }

    @Test
    @DisplayName("ASG-01 employees of another unit are not appointed directly: 422 pointing to an involvement request")
    void asg01OtherUnit() {
        OrgFixture f = agency("bekasi-2023");
        post("/api/v1/assignment-orders", f.h1, f, direct(f, "INDIVIDUAL", null, terms(false), f.s2a))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-01");
    }

    @Test
    @DisplayName("ASG-03 a TEAM assignment names its team and states routine/incidental and planned/unplanned")
    void asg03() {
        OrgFixture f = agency("bekasi-2023");
        post("/api/v1/assignment-orders", f.h1, f, direct(f, "TEAM", null, terms(false), f.s1a))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-03");
        Map<String, Object> t = terms(false);
        t.remove("nature");
        post("/api/v1/assignment-orders", f.h1, f, direct(f, "INDIVIDUAL", null, t, f.s1a))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-03");
        // one employee may hold several assignments, routine and incidental
        ok(post("/api/v1/assignment-orders", f.h1, f, direct(f, "TEAM", team(f), terms(false), f.s1a)));
        ok(post("/api/v1/assignment-orders", f.h1, f, direct(f, "INDIVIDUAL", null, terms(false), f.s1a)));
    }

    @Test
    @DisplayName("ASG-05 within a unit under bandung-2023 only the appraiser issues; others get 403 naming who may")
    void asg05() {
        OrgFixture f = agency("bandung-2023");
        post("/api/v1/assignment-orders", f.s1b, f, direct(f, "INDIVIDUAL", null, terms(false), f.s1a))
                .expectStatus().isForbidden().expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("appraiser", f.h1));
        ok(post("/api/v1/assignment-orders", f.h1, f, direct(f, "INDIVIDUAL", null, terms(false), f.s1a)));
    }

    @Test
    @DisplayName("ASG-04 order numbers have no gaps and no duplicates when many orders are issued in parallel, refused ones included")
    void parallelNumbering() throws Exception {
        OrgFixture f = agency("bekasi-2023");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean refused = i % 5 == 0; // issued by a colleague: 403 after the order was taken up
            String issuer = refused ? f.s1b : f.h1;
            results.add(pool.submit((Callable<Integer>) () -> client().post().uri("/api/v1/assignment-orders")
                    .header("Authorization", "Bearer " + id.sistemkerja.platform.test.TestTokens.token(issuer,
                            f.agency, "EMPLOYEE"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(direct(f, "INDIVIDUAL", null, terms(false), f.s1a)).exchange()
                    .returnResult(String.class).getStatus().value()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(24);
        assertThat(statuses.stream().filter(s -> s == 403).count()).isEqualTo(6);
        List<Long> sequences = jdbc.queryForList("SELECT (payload::jsonb ->> 'sequence')::bigint FROM domainevententry "
                + "WHERE payloadtype LIKE '%AssignmentOrderIssuedEvent' AND payload::jsonb ->> 'agencyId' = ? "
                + "ORDER BY 1", Long.class, f.agency);
        assertThat(sequences).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 24).boxed().toList());
    }

    @Test
    @DisplayName("ASG-04 re-sending with the same Idempotency-Key creates no second order; issued orders change only by new acts")
    void idempotentAndImmutable() {
        OrgFixture f = agency("bekasi-2023");
        String key = "order-" + f.agency;
        Map<String, Object> first = ok(post("/api/v1/assignment-orders", f.h1, f.agency,
                direct(f, "INDIVIDUAL", null, terms(false), f.s1a), key));
        Map<String, Object> again = ok(post("/api/v1/assignment-orders", f.h1, f.agency,
                direct(f, "INDIVIDUAL", null, terms(false), f.s1a), key));
        assertThat(again).isEqualTo(first);
        String orderId = first.get("orderId").toString();
        assertThat(storedEvents(orderId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT next_seq FROM assignment_order_counter WHERE agency_id = ?",
                Long.class, f.agency)).isEqualTo(2);
        // amendment and revocation are new acts referring to the order
        ok(post("/api/v1/assignment-orders/" + orderId + "/amendments", f.h1, f,
                Map.of("targets", List.of("Laporan triwulan I dan II"), "reason", "target bertambah")));
        post("/api/v1/assignment-orders/" + orderId + "/revocation", f.s1b, f, Map.of("reason", "x"))
                .expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/revocation", f.h1, f, Map.of("reason", "tugas dibatalkan")));
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, orderId)).extracting(t -> t.substring(t.lastIndexOf('$') + 1))
                .containsExactly("AssignmentOrderIssuedEvent", "AssignmentOrderAmendedEvent",
                        "AssignmentOrderRevokedEvent", "AssignmentEndedEvent");
        post("/api/v1/assignment-orders/" + orderId + "/amendments", f.h1, f, Map.of("reason", "late"))
                .expectStatus().isEqualTo(409);
    }

    @Test
    @DisplayName("AUD-03 corrections are new acts referring to the order: an amendment or revocation without a reason is refused (422 AUD-03) and stores nothing")
    void correctionsStateTheirReason() throws Exception {
        OrgFixture f = agency("bekasi-2023");
        String orderId = ok(post("/api/v1/assignment-orders", f.h1, f,
                direct(f, "INDIVIDUAL", null, terms(false), f.s1a))).get("orderId").toString();
        post("/api/v1/assignment-orders/" + orderId + "/amendments", f.h1, f,
                Map.of("targets", List.of("Laporan triwulan I dan II"))).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("AUD-03");
        post("/api/v1/assignment-orders/" + orderId + "/revocation", f.h1, f, Map.of()).expectStatus()
                .isEqualTo(422).expectBody().jsonPath("$.ruleId").isEqualTo("AUD-03");
        assertThat(storedEvents(orderId)).isEqualTo(1);

        ok(post("/api/v1/assignment-orders/" + orderId + "/amendments", f.h1, f,
                Map.of("targets", List.of("Laporan triwulan I dan II"), "reason", "target bertambah")));
        JsonNode amended = json.readTree(jdbc.queryForObject("SELECT payload FROM domainevententry WHERE "
                + "aggregateidentifier = ? AND payloadtype LIKE '%AssignmentOrderAmendedEvent'", String.class, orderId));
        assertThat(amended.toString()).contains(orderId, "target bertambah");
        assertThat(amended.at("/decision/ruleIds").toString()).contains("AUD-03");
    }

    @Test
    @DisplayName("AUD-01 an accepted command's events carry actor, time, correlation id, profile and rule ids")
    void audit() throws Exception {
        OrgFixture f = agency("bekasi-2023");
        String orderId = ok(post("/api/v1/assignment-orders", f.h1, f,
                direct(f, "INDIVIDUAL", null, terms(false), f.s1a))).get("orderId").toString();
        Map<String, Object> row = jdbc.queryForMap("SELECT payload, metadata, timestamp FROM domainevententry "
                + "WHERE aggregateidentifier = ?", orderId);
        JsonNode payload = json.readTree(row.get("payload").toString());
        JsonNode metadata = json.readTree(row.get("metadata").toString());
        assertThat(metadata.get("actor").asText()).isEqualTo(f.h1);
        assertThat(metadata.get("correlationId").asText()).isNotBlank();
        assertThat(row.get("timestamp").toString()).isNotBlank();
        assertThat(payload.at("/decision/profileId").asText()).isEqualTo("bekasi-2023");
        assertThat(payload.at("/decision/version").asInt()).isEqualTo(1);
        assertThat(payload.at("/decision/ruleIds").toString()).contains("ASG-05", "ASG-02", "ASG-04", "ASG-06");
        assertThat(payload.at("/issuedBy/capacity").asText()).isIn("APPRAISER", "UNIT_HEAD");
    }

    @Test
    @DisplayName("TEAM-12 ending a team ends every active assignment of the team as a recorded act")
    void teamEnding() {
        OrgFixture f = agency("bekasi-2023");
        String team = team(f);
        ok(post("/api/v1/assignment-orders", f.h1, f, direct(f, "TEAM", team, terms(false), f.s1a, f.s1b)));
        ok(post("/api/v1/assignment-orders", f.h1, f, direct(f, "TEAM", team, terms(false), f.p1)));
        Map<String, Object> body = Map.of("teamId", team, "agencyId", f.agency, "effectiveOn", "2026-04-01",
                "reason", "tim dibubarkan", "decreeNumber", "SK/TIM/9");
        post("/api/v1/assignments/team-endings", f.s1a, f, body).expectStatus().isForbidden();
        Map<String, Object> ended = ok(post("/api/v1/assignments/team-endings", "team-service", f, body, "TEAM_ENDINGS_CLIENT"));
        assertThat((List<?>) ended.get("endedAssignmentIds")).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE "
                + "'%AssignmentEndedEvent' AND payload::jsonb ->> 'teamId' = ? AND payload::jsonb ->> 'cause' = "
                + "'TEAM_ENDED'", Integer.class, team)).isEqualTo(3);
        // again: nothing left to end
        assertThat((List<?>) ok(post("/api/v1/assignments/team-endings", "team-service", f, body, "TEAM_ENDINGS_CLIENT"))
                .get("endedAssignmentIds")).isEmpty();
        await().untilAsserted(() -> assertThat(ok(get("/api/v1/employees/" + f.s1a + "/assignments?asOf=2026-04-02",
                f.s1a, f.agency)).get("assignments").toString()).isEqualTo("[]"));
    }

    @Test
    @DisplayName("ASG-13 an Administrator/Pengawas is involved only as a team member, never individually")
    void asg13() {
        OrgFixture f = agency("bekasi-2023");
        post("/api/v1/assignment-orders", f.h1, f, direct(f, "INDIVIDUAL", null, terms(false), f.p1))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-13");
        ok(post("/api/v1/assignment-orders", f.h1, f, direct(f, "TEAM", team(f), terms(false), f.p1)));
    }
}
