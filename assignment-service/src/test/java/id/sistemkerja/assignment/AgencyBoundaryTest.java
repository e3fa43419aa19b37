package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Security finding M2: an official acts only for the agency the office belongs to. A token whose subject is a
 * Bandung official's NIP but whose {@code agency} claim is another agency approves, issues, amends, revokes and reports
 * nothing, and nothing is stored.
 */
class AgencyBoundaryTest extends AssignmentTestBase {

    private static final String OTHER = "kota-lain";

    @Test
    @DisplayName("ASG-08 ASG-05 M2 Bandung: the appraiser's and the Kepala Perangkat Daerah's NIPs acting for another agency neither approve a request nor issue its order (403, nothing stored)")
    void approvalAndIssue() {
        OrgFixture f = agency("bandung-2023");
        String id = ok(post("/api/v1/involvement-requests", f.sisterHead, f, involvementRequest(f.sisterUnit, f.unit,
                List.of(f.staff)))).get("requestId").toString();
        int before = storedEvents(id);
        post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, OTHER, Map.of("nominatedNips", List.of(f.staff)),
                null).expectStatus().isForbidden().expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-08")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).doesNotContain("(" + f.unitHead + ")"));
        post("/api/v1/involvement-requests/" + id + "/rejection", f.unitHead, OTHER, Map.of("reason", "tidak"), null)
                .expectStatus().isForbidden();
        assertThat(storedEvents(id)).isEqualTo(before);

        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, f,
                Map.of("nominatedNips", List.of(f.staff)))).get("result").toString();
        int drafted = storedEvents(orderId);
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, OTHER, Map.of(), null)
                .expectStatus().isForbidden().expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05");
        assertThat(storedEvents(orderId)).isEqualTo(drafted);
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-04 AUD-03 RPT-01 M2 Bandung: the issuer's and the assignee's NIPs acting for another agency neither amend, revoke nor report on an issued order (403, nothing stored)")
    void amendRevokeReport() {
        OrgFixture f = agency("bandung-2023");
        String orderId = ok(post("/api/v1/assignment-orders", f.unitHead, f,
                AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.staff))).get("orderId").toString();
        int issued = storedEvents(orderId);
        post("/api/v1/assignment-orders/" + orderId + "/amendments", f.unitHead, OTHER,
                Map.of("targets", List.of("Laporan triwulan I dan II"), "reason", "target bertambah"), null)
                .expectStatus().isForbidden();
        post("/api/v1/assignment-orders/" + orderId + "/revocation", f.unitHead, OTHER, Map.of("reason", "dibatalkan"), null)
                .expectStatus().isForbidden();
        String assignmentId = orderId + "-1";
        // the report endpoint finds the assignment in the read model first
        await().untilAsserted(() -> get("/api/v1/assignments/" + assignmentId, f.staff, f.agency).expectStatus().isOk());
        Map<String, Object> report = Map.of("assignmentId", assignmentId, "summary", "Laporan selesai",
                "periodFrom", "2026-03-02", "periodUntil", "2026-03-02");
        post("/api/v1/assignment-reports", f.staff, OTHER, report, null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("RPT-01");
        assertThat(storedEvents(orderId)).isEqualTo(issued);

        // the same NIPs for their own agency act
        ok(post("/api/v1/assignment-reports", f.staff, f, report));
        ok(post("/api/v1/assignment-orders/" + orderId + "/revocation", f.unitHead, f, Map.of("reason", "dibatalkan")));
    }
}
