package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12.1: Serang and Cilegon define a Unit Organisasi as any unit led by a JPT Pratama, Administrator, Pengawas or
 * JF (SRG23 Pasal 1(16), CLG23 Pasal 1(14)), so work between two perangkat daerah is "lintas Unit Organisasi" and
 * allowed (profile version 2), with the officials those regulations name for cross-unit work. In the fixture u1 sits in
 * department d1, u3 in department d2.
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
        plan(f, f.u3, f.h3);
        String id = ok(post("/api/v1/involvement-requests", f.h3, f, involvementRequest(f.u3, f.u1, List.of(f.s1a))))
                .get("requestId").toString();
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f,
                Map.of("nominatedNips", List.of(f.s1a)))).get("result").toString();
        Map<String, Object> issue = Map.of("planItemId", "K1");
        // the head of the unit where the employee sits and the Kepala Perangkat Daerah are not the issuer here
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.h1, f, issue).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Serang 23/2023 Pasal 8(2) huruf a");
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, f, issue).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.h3, f, issue));
        String payload = jdbc.queryForObject("SELECT payload::text FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%AssignmentOrderIssuedEvent'", String.class, orderId);
        assertThat(payload).contains("\"scope\":\"CROSS_DEPARTMENT\"", "\"profileId\":\"serang-2023\"",
                "\"version\":2", "\"capacity\":\"OWNING_UNIT_HEAD\"");
    }

    @Test
    @DisplayName("ASG-11 ASG-12 Serang: a voluntary application to another perangkat daerah (no scope limit, SRG23 Pasal 10(4), 11(2)) is approved by the target unit head, then by the unit head where the employee sits; the head of the owning unit issues the order")
    void serangVoluntary() {
        OrgFixture f = agency("serang-2023", 2);
        plan(f, f.u3, f.h3);
        String id = ok(post("/api/v1/voluntary-applications", f.s1a, f, Map.of("targetUnitId", f.u3,
                "terms", terms(false)))).get("applicationId").toString();
        // the target unit head approves first
        post("/api/v1/voluntary-applications/" + id + "/approval", f.h1, f, Map.of()).expectStatus().isForbidden();
        assertThat(ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h3, f, Map.of())).get("result"))
                .isEqualTo("PENDING_HOME_APPROVAL");
        // then the unit head and/or appraiser where the employee sits, not another department's head
        post("/api/v1/voluntary-applications/" + id + "/approval", f.k2, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h1, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.h1, f, Map.of("planItemId", "K1"))
                .expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.h3, f, Map.of("planItemId", "K1")));
    }

    @Test
    @DisplayName("ASG-02 ASG-05 ASG-08 Cilegon: across perangkat daerah the appraiser where the employee sits approves on the unit head's recommendation and issues the order; the owning unit head may not issue (CLG23 Pasal 1(14), lampiran B.1.b)")
    void cilegonInvolvement() {
        OrgFixture f = agency("cilegon-2023", 2);
        // s1c sits in u1 under the Pengawas p1 (appraiser), whose unit head is h1
        String id = ok(post("/api/v1/involvement-requests", f.h3, f, involvementRequest(f.u3, f.u1, List.of(f.s1c))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.p1, f, Map.of()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("recommendation");
        ok(post("/api/v1/involvement-requests/" + id + "/recommendation", f.h1, f,
                Map.of("recommendedNips", List.of(f.s1c))));
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.p1, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.h3, f, Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].article")
                .isEqualTo("Perwal Cilegon 17/2023 lampiran B.1 huruf b angka 3)");
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.p1, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-11 ASG-12 Cilegon: a voluntary application to another perangkat daerah follows the cross-unit flow: the target unit head, then the appraiser, who issues the order (CLG23 Pasal 1(14), lampiran B.2.b)")
    void cilegonVoluntary() {
        OrgFixture f = agency("cilegon-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.s1a, f, Map.of("targetUnitId", f.u3,
                "terms", terms(false)))).get("applicationId").toString();
        ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h3, f, Map.of()));
        post("/api/v1/voluntary-applications/" + id + "/approval", f.k1, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h1, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.h3, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.h1, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-02 Cilegon and Serang version 1 keep refusing cross-department work, as recorded under them (CLG23 Pasal 5(2); SRG23 Pasal 11(2))")
    void versionOneUnchanged() {
        OrgFixture cilegon = agency("cilegon-2023");
        post("/api/v1/involvement-requests", cilegon.h3, cilegon,
                involvementRequest(cilegon.u3, cilegon.u1, List.of()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-02");
    }
}
