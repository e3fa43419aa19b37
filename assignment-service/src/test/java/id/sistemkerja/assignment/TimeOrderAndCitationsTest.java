package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12.12: acts in time order, and refusals citing the regulation the agency is bound to.
 */
class TimeOrderAndCitationsTest extends AssignmentTestBase {

    private static Map<String, Object> request(OrgFixture f, Map<String, Object> terms) {
        Map<String, Object> body = involvementRequest(f.u2, f.u1, List.of(f.s1a));
        body.put("terms", terms);
        return body;
    }

    private String articleOfRefusedRequest(OrgFixture f) {
        Map<String, Object> t = terms(true);
        t.remove("purpose");
        return post("/api/v1/involvement-requests", f.h2, f, request(f, t)).expectStatus().isEqualTo(422)
                .expectBody(Map.class).returnResult().getResponseBody().get("violations").toString();
    }

    @Test
    @DisplayName("ASG-07 a refused request cites the agency's own regulation: Bandung BDG23 Pasal 8(3), 9(2), Cilegon CLG23 lampiran B.1, Serang the common core PermenPANRB 7/2022 (none of its own)")
    void asg07Citations() {
        String bandung = articleOfRefusedRequest(agency("bandung-2023", 2));
        assertThat(bandung).contains("article=Perwal Bandung 6/2023 Pasal 8(3), 9(2)").doesNotContain("Cilegon");
        String cilegon = articleOfRefusedRequest(agency("cilegon-2023", 2));
        assertThat(cilegon).contains("article=Perwal Cilegon 17/2023 lampiran B.1").doesNotContain("Bandung");
        String serang = articleOfRefusedRequest(agency("serang-2023", 2));
        assertThat(serang).contains("article=PermenPANRB 7/2022 Lampiran").doesNotContain("Bandung", "Cilegon");
    }

    @Test
    @DisplayName("ASG-13 Bekasi: an Administrator or Pengawas assigned individually is refused citing lampiran C.2 angka 1 huruf c), not lampiran B (BKS23 lampiran C.2 angka 1 huruf c))")
    void bekasiLampiranC() {
        OrgFixture v2 = agency("bekasi-2023", 2);
        post("/api/v1/assignment-orders", v2.h1, v2, AssignmentOrderTest.direct(v2, "INDIVIDUAL", null, terms(false),
                v2.p1)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-13")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf c)");
        // version 1 names no article of its own: the rule's list, now pointing to lampiran C as well
        OrgFixture v1 = agency("bekasi-2023");
        post("/api/v1/assignment-orders", v1.h1, v1, AssignmentOrderTest.direct(v1, "INDIVIDUAL", null, terms(false),
                v1.p1)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf c)");
    }

    @Test
    @DisplayName("ASG-08 an approval dated before the request it answers is refused (422) and stores nothing; dated after it, it is recorded (the servers' clocks may disagree)")
    void approvalBeforeRequest() {
        OrgFixture f = agency("bandung-2023", 2);
        String id = ok(post("/api/v1/involvement-requests", f.h2, f, request(f, terms(true)))).get("requestId")
                .toString();
        int before = storedEvents(id);
        clock.set(Instant.parse("2026-03-01T02:00:00Z"));
        try {
            post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f, Map.of("nominatedNips",
                    List.of(f.s1a))).expectStatus().isEqualTo(422).expectBody()
                    .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-08")
                    .jsonPath("$.violations[0].field").isEqualTo("date");
        } finally {
            clock.set(NOW);
        }
        assertThat(storedEvents(id)).isEqualTo(before);
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f,
                Map.of("nominatedNips", List.of(f.s1a)))).get("result").toString();
        // ASG-04: nor is the order issued before the approval it rests on
        clock.set(Instant.parse("2026-03-01T02:00:00Z"));
        try {
            post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, f, Map.of()).expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ASG-04")
                    .jsonPath("$.violations[0].article").isEqualTo("Perwal Bandung 6/2023 Pasal 8(1)");
        } finally {
            clock.set(NOW);
        }
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, f, Map.of()));
    }

    @Test
    @DisplayName("ASG-04 a revocation cannot take effect, nor an amendment end the assignment, before the order was issued; a report cannot cover work after its own day or before the assignment (caller-given dates)")
    void callerGivenDates() {
        OrgFixture f = agency("bekasi-2023", 2);
        Map<String, Object> backdated = terms(false);
        backdated.put("validFrom", "2026-02-01");
        String orderId = ok(post("/api/v1/assignment-orders", f.h1, f,
                AssignmentOrderTest.direct(f, "INDIVIDUAL", null, backdated, f.s1a))).get("orderId").toString();
        int issued = storedEvents(orderId);
        post("/api/v1/assignment-orders/" + orderId + "/revocation", f.h1, f, Map.of("effectiveOn", "2026-03-01",
                "reason", "dibatalkan")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-04")
                .jsonPath("$.violations[0].field").isEqualTo("effectiveOn")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Bekasi 37/2023 Pasal 10(4)");
        post("/api/v1/assignment-orders/" + orderId + "/amendments", f.h1, f, Map.of("validUntil", "2026-02-15",
                "reason", "dipersingkat")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-04")
                .jsonPath("$.violations[0].field").isEqualTo("validUntil");
        String assignmentId = orderId + "-1";
        await().untilAsserted(() -> get("/api/v1/assignments/" + assignmentId, f.s1a,
                f.agency).expectStatus().isOk());
        post("/api/v1/assignment-reports", f.s1a, f, Map.of("assignmentId", assignmentId, "summary", "Laporan",
                "periodFrom", "2026-03-02", "periodUntil", "2026-03-31")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("RPT-01")
                .jsonPath("$.violations[0].field").isEqualTo("periodUntil");
        post("/api/v1/assignment-reports", f.s1a, f, Map.of("assignmentId", assignmentId, "summary", "Laporan",
                "periodFrom", "2026-01-15", "periodUntil", "2026-03-02")).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("periodFrom");
        assertThat(storedEvents(orderId)).isEqualTo(issued);
        // on the day of issue it is lawful
        ok(post("/api/v1/assignment-orders/" + orderId + "/revocation", f.h1, f, Map.of("effectiveOn", "2026-03-02",
                "reason", "dibatalkan")));
    }
}
