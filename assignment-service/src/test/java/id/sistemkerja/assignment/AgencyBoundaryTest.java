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
        String id = ok(post("/api/v1/involvement-requests", f.h2, f, involvementRequest(f.u2, f.u1,
                List.of(f.s1a)))).get("requestId").toString();
        int before = storedEvents(id);
        post("/api/v1/involvement-requests/" + id + "/approval", f.h1, OTHER, Map.of("nominatedNips", List.of(f.s1a)),
                null).expectStatus().isForbidden().expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-08")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).doesNotContain("(" + f.h1 + ")"));
        post("/api/v1/involvement-requests/" + id + "/rejection", f.h1, OTHER, Map.of("reason", "tidak"), null)
                .expectStatus().isForbidden();
        assertThat(storedEvents(id)).isEqualTo(before);

        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f,
                Map.of("nominatedNips", List.of(f.s1a)))).get("result").toString();
        int drafted = storedEvents(orderId);
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, OTHER, Map.of(), null)
                .expectStatus().isForbidden().expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05");
        assertThat(storedEvents(orderId)).isEqualTo(drafted);
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-04 AUD-03 RPT-01 M2 Bandung: the issuer's and the assignee's NIPs acting for another agency neither amend, revoke nor report on an issued order (403, nothing stored)")
    void amendRevokeReport() {
        OrgFixture f = agency("bandung-2023");
        String orderId = ok(post("/api/v1/assignment-orders", f.h1, f,
                AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.s1a))).get("orderId").toString();
        int issued = storedEvents(orderId);
        post("/api/v1/assignment-orders/" + orderId + "/amendments", f.h1, OTHER,
                Map.of("targets", List.of("Laporan triwulan I dan II"), "reason", "target bertambah"), null)
                .expectStatus().isForbidden();
        post("/api/v1/assignment-orders/" + orderId + "/revocation", f.h1, OTHER, Map.of("reason", "dibatalkan"), null)
                .expectStatus().isForbidden();
        String assignmentId = orderId + "-1";
        // the report endpoint finds the assignment in the read model first
        await().untilAsserted(() -> get("/api/v1/assignments/" + assignmentId, f.s1a, f.agency).expectStatus().isOk());
        Map<String, Object> report = Map.of("assignmentId", assignmentId, "summary", "Laporan selesai",
                "periodFrom", "2026-03-02", "periodUntil", "2026-03-02");
        post("/api/v1/assignment-reports", f.s1a, OTHER, report, null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("RPT-01");
        assertThat(storedEvents(orderId)).isEqualTo(issued);

        // the same NIPs for their own agency act
        ok(post("/api/v1/assignment-reports", f.s1a, f, report));
        ok(post("/api/v1/assignment-orders/" + orderId + "/revocation", f.h1, f, Map.of("reason", "dibatalkan")));
    }
}
