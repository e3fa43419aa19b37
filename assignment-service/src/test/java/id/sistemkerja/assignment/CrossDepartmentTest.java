package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12.1: Serang and Cilegon define a Unit Organisasi as any unit led by a JPT Pratama, Administrator, Pengawas or
 * JF (SRG23 Pasal 1(16), CLG23 Pasal 1(14)), so work between two perangkat daerah is "lintas Unit Organisasi" and
 * allowed (profile version 2), with the officials those regulations name for cross-unit work. In the fixture unit sits in
 * department dept, otherDeptUnit in department otherDept.
 */
class CrossDepartmentTest extends AssignmentTestBase {

    /** ASG-14 (Serang): the owning unit's plan for 2026 with item K1, set by its head. */
    private void plan(OrgFixture f, String unit, String head) {
        ok(post("/api/v1/work-plans", head, f, Map.of("unitId", unit, "year", 2026, "items",
                List.of(Map.of("itemId", "K1", "activity", "Kegiatan lintas perangkat daerah")))));
    }

    @Test
    @DisplayName("ASG-02 ASG-05 ASG-08 Serang: an involvement request between two perangkat daerah is lintas Unit Organisasi; the appraiser where the employee sits approves and only the head of the owning unit issues the order (SRG23 Pasal 1(16), 8(2)a, 11(2))")
    void serangInvolvement() {
        OrgFixture f = agency("serang-2023", 2);
        plan(f, f.otherDeptUnit, f.otherDeptUnitHead);
        String id = ok(post("/api/v1/involvement-requests", f.otherDeptUnitHead, f, involvementRequest(f.otherDeptUnit, f.unit, List.of(f.staff))))
                .get("requestId").toString();
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, f,
                Map.of("nominatedNips", List.of(f.staff)))).get("result").toString();
        Map<String, Object> issue = Map.of("planItemId", "K1");
        // the head of the unit where the employee sits and the Kepala Perangkat Daerah are not the issuer here
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, issue).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Serang 23/2023 Pasal 8(2) huruf a");
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, issue).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.otherDeptUnitHead, f, issue));
        String payload = jdbc.queryForObject("SELECT payload::text FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%AssignmentOrderIssuedEvent'", String.class, orderId);
        assertThat(payload).contains("\"scope\":\"CROSS_DEPARTMENT\"", "\"profileId\":\"serang-2023\"",
                "\"version\":2", "\"capacity\":\"OWNING_UNIT_HEAD\"");
    }

    @Test
    @DisplayName("ASG-11 ASG-12 Serang: a voluntary application to another perangkat daerah (no scope limit, SRG23 Pasal 10(4), 11(2)) is approved by the target unit head, then by the unit head where the employee sits; the head of the owning unit issues the order")
    void serangVoluntary() {
        OrgFixture f = agency("serang-2023", 2);
        plan(f, f.otherDeptUnit, f.otherDeptUnitHead);
        String id = ok(post("/api/v1/voluntary-applications", f.staff, f, Map.of("targetUnitId", f.otherDeptUnit,
                "terms", terms(false)))).get("applicationId").toString();
        // the target unit head approves first
        post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()).expectStatus().isForbidden();
        assertThat(ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.otherDeptUnitHead, f, Map.of())).get("result"))
                .isEqualTo("PENDING_HOME_APPROVAL");
        // then the unit head and/or appraiser where the employee sits, not another department's head
        post("/api/v1/voluntary-applications/" + id + "/approval", f.otherDeptHead, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, Map.of("planItemId", "K1"))
                .expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.otherDeptUnitHead, f, Map.of("planItemId", "K1")));
    }

    @Test
    @DisplayName("ASG-02 ASG-05 ASG-08 Cilegon: across perangkat daerah the appraiser where the employee sits approves on the unit head's recommendation and issues the order; the owning unit head may not issue (CLG23 Pasal 1(14), lampiran B.1.b)")
    void cilegonInvolvement() {
        OrgFixture f = agency("cilegon-2023", 2);
        // supervised sits in unit under the Pengawas supervisor (appraiser), whose unit head is unitHead
        String id = ok(post("/api/v1/involvement-requests", f.otherDeptUnitHead, f, involvementRequest(f.otherDeptUnit, f.unit, List.of(f.supervised))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.supervisor, f, Map.of()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("recommendation");
        ok(post("/api/v1/involvement-requests/" + id + "/recommendation", f.unitHead, f,
                Map.of("recommendedNips", List.of(f.supervised))));
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.supervisor, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.otherDeptUnitHead, f, Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].article")
                .isEqualTo("Perwal Cilegon 17/2023 lampiran B.1 huruf b angka 3)");
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.supervisor, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-11 ASG-12 Cilegon: a voluntary application to another perangkat daerah follows the cross-unit flow: the target unit head, then the appraiser, who issues the order (CLG23 Pasal 1(14), lampiran B.2.b)")
    void cilegonVoluntary() {
        OrgFixture f = agency("cilegon-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.staff, f, Map.of("targetUnitId", f.otherDeptUnit,
                "terms", terms(false)))).get("applicationId").toString();
        ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.otherDeptUnitHead, f, Map.of()));
        post("/api/v1/voluntary-applications/" + id + "/approval", f.deptHead, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.otherDeptUnitHead, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-02 Cilegon and Serang version 1 keep refusing cross-department work, as recorded under them (CLG23 Pasal 5(2); SRG23 Pasal 11(2))")
    void versionOneUnchanged() {
        OrgFixture cilegon = agency("cilegon-2023");
        post("/api/v1/involvement-requests", cilegon.otherDeptUnitHead, cilegon,
                involvementRequest(cilegon.otherDeptUnit, cilegon.unit, List.of()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-02");
    }
}
