package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FlowsTest extends AssignmentTestBase {

    private static Map<String, Object> request(String owningUnit, String targetUnit, Map<String, Object> terms,
                                               List<String> requested, List<String> copies) {
        Map<String, Object> body = new HashMap<>();
        body.put("owningUnitId", owningUnit);
        body.put("targetUnitId", targetUnit);
        body.put("form", "INDIVIDUAL");
        body.put("terms", terms);
        body.put("requestedNips", requested);
        body.put("copyToNips", copies);
        return body;
    }

    @Test
    @DisplayName("ASG-07 a request missing purpose, competencies, target or duration is refused with 422 and stores nothing")
    void asg07() {
        OrgFixture f = agency("bandung-2023");
        Map<String, Object> t = terms(false);
        t.remove("purpose");
        t.remove("targets");
        t.remove("validUntil");
        post("/api/v1/involvement-requests", f.sisterHead, f.agency, request(f.sisterUnit, f.unit, t, List.of(), List.of()),
                "k-" + f.agency).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations.length()").isEqualTo(4)
                .jsonPath("$.violations[*].ruleId").value(ids -> assertThat(ids.toString()).contains("ASG-07"))
                .jsonPath("$.violations[*].field").value(fields -> assertThat(fields.toString())
                        .contains("terms.purpose", "terms.competencies", "terms.targets", "terms.validFrom"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload::text LIKE ?",
                Integer.class, "%" + f.sisterUnit + "%")).isZero();
    }

    @Test
    @DisplayName("ASG-08 cross-unit: request by the owning unit head, approval with the home unit head's recommendation naming the employee, order by the Kepala Perangkat Daerah (bandung-2023)")
    void asg08CrossUnitApproved() {
        OrgFixture f = agency("bandung-2023");
        String id = ok(post("/api/v1/involvement-requests", f.sisterHead, f, request(f.sisterUnit, f.unit, terms(true),
                List.of(f.staff), List.of(f.sisterStaff)))).get("requestId").toString();
        // a stranger may not approve: 403 naming who may
        post("/api/v1/involvement-requests/" + id + "/approval", f.colleague, f, Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-08");
        // the appraiser of staff is unitHead, also the unit head: the recommendation is their own
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, f,
                Map.of("nominatedNips", List.of(f.staff), "note", "setuju"))).get("result").toString();
        // ASG-05 bandung-2023: individual across units of one department → head of department
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, Map.of()).expectStatus().isForbidden();
        String number = ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, Map.of()))
                .get("result").toString();
        assertThat(number).startsWith("800.1.11/1/");
        // the copied official reads the request and its trail; a stranger may not
        await().untilAsserted(() -> {
            Map<String, Object> read = ok(get("/api/v1/involvement-requests/" + id, f.sisterStaff, f.agency));
            assertThat(read.toString()).contains("FULFILLED", number, "SUBMITTED", "APPROVED", "ORDER_ISSUED", "ASG-08");
        });
        get("/api/v1/involvement-requests/" + id, f.otherDeptStaff, f.agency).expectStatus().isForbidden();
        assertThat(ok(get("/api/v1/assignment-orders?number=" + number, f.deptHead, f.agency)).get("id")).isEqualTo(orderId);
        assertThat(get("/api/v1/involvement-requests?unitId=" + f.unit + "&direction=incoming&state=FULFILLED",
                f.unitHead, f.agency).expectBody(List.class).returnResult().getResponseBody()).hasSize(1);
        // M1: the list shows the stranger nothing the single read refuses, nor the assignment of the order
        assertThat(get("/api/v1/involvement-requests?unitId=" + f.unit + "&direction=incoming&state=FULFILLED",
                f.otherDeptStaff, f.agency).expectBody(List.class).returnResult().getResponseBody()).isEmpty();
        String assignmentId = ((List<?>) ok(get("/api/v1/assignment-orders/" + orderId, f.deptHead, f.agency))
                .get("assignmentIds")).get(0).toString();
        await().untilAsserted(() -> ok(get("/api/v1/assignments/" + assignmentId, f.staff, f.agency)));
        get("/api/v1/assignments/" + assignmentId, f.otherDeptStaff, f.agency).expectStatus().isForbidden();
        get("/api/v1/assignment-reports?assignmentId=" + assignmentId, f.otherDeptStaff, f.agency).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("ASG-08 a rejection without a reason is refused with 422 and stores nothing; with a reason it is recorded")
    void asg08Rejected() {
        OrgFixture f = agency("cilegon-2023");
        String id = ok(post("/api/v1/involvement-requests", f.sisterHead, f, request(f.sisterUnit, f.unit, terms(true),
                List.of(f.staff), List.of()))).get("requestId").toString();
        int before = storedEvents(id);
        post("/api/v1/involvement-requests/" + id + "/rejection", f.unitHead, f, Map.of("reason", " "))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-08")
                .jsonPath("$.violations[0].field").isEqualTo("reason");
        assertThat(storedEvents(id)).isEqualTo(before);
        ok(post("/api/v1/involvement-requests/" + id + "/rejection", f.unitHead, f, Map.of("reason", "sedang tugas lain")));
        assertThat(storedEvents(id)).isEqualTo(before + 1);
        await().untilAsserted(() -> assertThat(ok(get("/api/v1/involvement-requests/" + id, f.sisterHead, f.agency))
                .toString()).contains("REJECTED", "sedang tugas lain"));
    }

    @Test
    @DisplayName("ASG-09 cross-agency: own PyB, target PyB, appraiser's availability with recommendation, both PyBs, order by the target unit head")
    void asg09() {
        OrgFixture own = agency("bandung-2023");
        OrgFixture target = agency("bandung-2023");
        Map<String, Object> body = request(own.unit, null, terms(true), List.of(), List.of());
        body.put("targetAgencyId", target.agency);
        String id = ok(post("/api/v1/involvement-requests", own.unitHead, own, body)).get("requestId").toString();
        String pyb = "pyb-" + own.agency;
        String targetPyb = "pyb-" + target.agency;
        post("/api/v1/involvement-requests/" + id + "/approval", own.deptHead, own, Map.of()).expectStatus().isForbidden();
        assertThat(ok(post("/api/v1/involvement-requests/" + id + "/approval", pyb, own, Map.of(), "AUTHORIZED_OFFICIAL"))
                .get("result")).isEqualTo("PENDING_TARGET_AUTHORIZED_OFFICIAL");
        assertThat(ok(post("/api/v1/involvement-requests/" + id + "/approval", targetPyb, target,
                Map.of("targetUnitId", target.otherDeptUnit), "AUTHORIZED_OFFICIAL")).get("result")).isEqualTo("PENDING_AVAILABILITY");
        post("/api/v1/involvement-requests/" + id + "/approval", target.otherDeptUnitHead, target, Map.of())
                .expectStatus().isEqualTo(422);
        assertThat(ok(post("/api/v1/involvement-requests/" + id + "/approval", target.otherDeptUnitHead, target,
                Map.of("nominatedNips", List.of(target.otherDeptStaff)))).get("result")).isEqualTo("PENDING_REPLY_ENDORSEMENT");
        ok(post("/api/v1/involvement-requests/" + id + "/approval", targetPyb, target, Map.of(), "AUTHORIZED_OFFICIAL"));
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", pyb, own, Map.of(),
                "AUTHORIZED_OFFICIAL")).get("result").toString();
        String number = ok(post("/api/v1/assignment-orders/" + orderId + "/issue", target.otherDeptUnitHead, target, Map.of()))
                .get("result").toString();
        assertThat(number).contains("/UJI");
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, id)).hasSize(6);
    }

    @Test
    @DisplayName("ASG-10 an oral wish recorded on the employee's behalf, approved by the unit head, becomes an order")
    void asg10() {
        OrgFixture f = agency("cilegon-2023");
        Map<String, Object> body = new HashMap<>(Map.of("nip", f.staff, "onBehalf", true, "terms", terms(false)));
        post("/api/v1/voluntary-applications", f.colleague, f, body).expectStatus().isForbidden();
        String id = ok(post("/api/v1/voluntary-applications", f.unitHead, f, body)).get("applicationId").toString();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, Map.of()));
        await().untilAsserted(() -> assertThat(ok(get("/api/v1/voluntary-applications/" + id, f.staff, f.agency))
                .toString()).contains("RECORDED_ON_BEHALF", "FULFILLED"));
    }

    @Test
    @DisplayName("ASG-11 across units the target unit head approves first, then the employee's appraiser; both approvals recorded")
    void asg11() {
        OrgFixture f = agency("bandung-2023");
        String id = ok(post("/api/v1/voluntary-applications", f.staff, f,
                Map.of("targetUnitId", f.sisterUnit, "terms", terms(false)))).get("applicationId").toString();
        post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()).expectStatus().isForbidden();
        assertThat(ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.sisterHead, f, Map.of()))
                .get("result")).isEqualTo("PENDING_HOME_APPROVAL");
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, Map.of()));
        await().untilAsserted(() -> assertThat(ok(get("/api/v1/voluntary-applications/" + id, f.staff, f.agency))
                .toString()).contains("TARGET_APPROVED", "APPROVED", "FULFILLED"));
    }

    @Test
    @DisplayName("ASG-12 a voluntary application across departments is refused under bandung-2023 version 1 (the annex reading, lampiran B.2 huruf b; version 2 follows Pasal 12(4)) and allowed under bekasi-2023")
    void asg12() {
        OrgFixture bandung = agency("bandung-2023");
        post("/api/v1/voluntary-applications", bandung.staff, bandung, Map.of("targetUnitId", bandung.otherDeptUnit,
                "terms", terms(false))).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-12");
        OrgFixture bekasi = agency("bekasi-2023");
        ok(post("/api/v1/voluntary-applications", bekasi.staff, bekasi, Map.of("targetUnitId", bekasi.otherDeptUnit,
                "terms", terms(false))));
    }

    @Test
    @DisplayName("ASG-02 serang-2023 version 1 knows no cross-department scope: such a request is refused with 422 (version 2 reads SRG23 Pasal 1(16) and allows it)")
    void asg02() {
        OrgFixture f = agency("serang-2023");
        post("/api/v1/involvement-requests", f.otherDeptUnitHead, f, request(f.otherDeptUnit, f.unit, terms(true), List.of(), List.of()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-02");
    }

    @Test
    @DisplayName("ASG-14 serang-2023: the plan is set by 31 December of the year before and an order must cite an item in force")
    void asg14() {
        OrgFixture f = agency("serang-2023");
        Map<String, Object> plan = Map.of("unitId", f.unit, "year", 2026, "items",
                List.of(Map.of("itemId", "K1", "activity", "Pelayanan", "output", "Laporan")));
        clock.set(Instant.parse("2025-12-30T03:00:00Z"));
        try {
            ok(post("/api/v1/work-plans", f.unitHead, f, plan));
        } finally {
            clock.set(NOW);
        }
        Map<String, Object> order = AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.staff);
        post("/api/v1/assignment-orders", f.unitHead, f, order).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-14");
        Map<String, Object> cited = terms(false);
        cited.put("planItemId", "K1");
        ok(post("/api/v1/assignment-orders", f.unitHead, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null, cited, f.staff)));
        // a change of activities is a recorded amendment
        ok(post("/api/v1/work-plans/" + f.unit + "@2026/amendments", f.unitHead, f, Map.of("removeItemIds", List.of("K1"),
                "addItems", List.of(Map.of("itemId", "K2", "activity", "Pengawasan")), "reason", "perubahan kegiatan")));
        post("/api/v1/assignment-orders", f.unitHead, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null, cited, f.staff))
                .expectStatus().isEqualTo(422);
    }

    @Test
    @DisplayName("RPT-01 the individually assigned employee reports to the officials the profile names; reports are listed per assignment")
    void rpt01() {
        OrgFixture f = agency("cilegon-2023");
        String orderId = ok(post("/api/v1/assignment-orders", f.unitHead, f,
                AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.staff))).get("orderId").toString();
        String assignmentId = orderId + "-1";
        await().untilAsserted(() -> get("/api/v1/assignments/" + assignmentId, f.staff, f.agency).expectStatus().isOk());
        Map<String, Object> report = Map.of("assignmentId", assignmentId, "summary", "Laporan selesai",
                "periodFrom", "2026-03-02", "periodUntil", "2026-03-02");
        post("/api/v1/assignment-reports", f.colleague, f, report).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-reports", f.staff, f, report));
        await().untilAsserted(() -> {
            List<?> reports = get("/api/v1/assignment-reports?assignmentId=" + assignmentId, f.unitHead, f.agency)
                    .expectBody(List.class).returnResult().getResponseBody();
            assertThat(reports).hasSize(1);
            // cilegon-2023: to the unit head
            assertThat(reports.toString()).contains(f.unitHead, "RPT-01");
        });
    }

    @Test
    @DisplayName("ASG-08 an appraiser by delegation approves only with the home unit head's recommendation, which the approval carries")
    void asg08RecommendationAndDelegation() throws Exception {
        OrgFixture f = agency("cilegon-2023");
        f.delegateUnitAppraisal(f.supervisor, f.staff);
        String id = ok(post("/api/v1/involvement-requests", f.sisterHead, f, request(f.sisterUnit, f.unit, terms(true),
                List.of(f.staff), List.of()))).get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.supervisor, f, Map.of()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-08")
                .jsonPath("$.violations[0].field").isEqualTo("recommendation");
        // the unit head is not the appraiser of staff while the delegation is in force
        post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/involvement-requests/" + id + "/recommendation", f.unitHead, f,
                Map.of("recommendedNips", List.of(f.staff), "note", "cocok")));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", f.supervisor, f, Map.of()));
        String payload = jdbc.queryForObject("SELECT payload::text FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%InvolvementRequestApprovedEvent'", String.class, id);
        assertThat(payload).contains("\"recommendedBy\":{\"nip\":\"" + f.unitHead + "\",\"capacity\":\"UNIT_HEAD\"",
                "\"approvedBy\":{\"nip\":\"" + f.supervisor + "\",\"capacity\":\"APPRAISER\"", "delegation dlg-" + f.agency,
                "SK Kepala Dinas 800/1/2026");
    }

    @Test
    @DisplayName("ASG-08 bekasi-2023: Level I to Level I across departments; the owning Level I issues the order")
    void asg08Bekasi() {
        OrgFixture f = agency("bekasi-2023");
        post("/api/v1/involvement-requests", f.otherDeptUnitHead, f, request(f.otherDeptUnit, f.unit, terms(true), List.of(f.staff), List.of()))
                .expectStatus().isForbidden();
        String id = ok(post("/api/v1/involvement-requests", f.otherDeptHead, f, request(f.otherDeptUnit, f.unit, terms(true),
                List.of(f.staff), List.of()))).get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.deptHead, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.otherDeptHead, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-07 re-sending a request with the same Idempotency-Key creates no second request")
    void idempotentRequest() {
        OrgFixture f = agency("cilegon-2023");
        String key = "req-" + f.agency;
        Map<String, Object> body = request(f.sisterUnit, f.unit, terms(true), List.of(f.staff), List.of());
        Map<String, Object> first = ok(post("/api/v1/involvement-requests", f.sisterHead, f.agency, body, key));
        Map<String, Object> again = ok(post("/api/v1/involvement-requests", f.sisterHead, f.agency, body, key));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE "
                + "'%InvolvementRequestSubmittedEvent' AND payload::jsonb ->> 'agencyId' = ?", Integer.class, f.agency))
                .isEqualTo(1);
    }
}
