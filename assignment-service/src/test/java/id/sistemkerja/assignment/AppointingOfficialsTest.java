package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: who appoints, answers and issues, as each regulation names them (profile version 2). In the fixture s1c
 * sits in u1 under the Pengawas p1 (its appraiser), while h1 heads u1.
 */
class AppointingOfficialsTest extends AssignmentTestBase {

    private String issuedPayload(String orderId) {
        return jdbc.queryForObject("SELECT payload::text FROM domainevententry WHERE aggregateidentifier = ? AND "
                + "payloadtype LIKE '%AssignmentOrderIssuedEvent'", String.class, orderId);
    }

    // ------------------------------------------------------------------ 14.2 Cilegon within the unit

    @Test
    @DisplayName("ASG-05 Cilegon: within the unit the unit head appoints directly, though another official is the appraiser (CLG23 lampiran B.1.a); a colleague may not; version 1 still reads Pasal 6(2) (appraiser only)")
    void cilegonUnitHeadAppoints() {
        OrgFixture f = agency("cilegon-2023", 2);
        post("/api/v1/assignment-orders", f.s1b, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false),
                f.s1c)).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/assignment-orders", f.h1, f, AssignmentOrderTest.direct(f, "INDIVIDUAL",
                null, terms(false), f.s1c))).get("orderId").toString();
        assertThat(issuedPayload(orderId)).contains("\"capacity\":\"UNIT_HEAD\"", "\"version\":2");

        OrgFixture v1 = agency("cilegon-2023");
        post("/api/v1/assignment-orders", v1.h1, v1, AssignmentOrderTest.direct(v1, "INDIVIDUAL", null, terms(false),
                v1.s1c)).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("ASG-10 ASG-05 Cilegon: a voluntary application within the unit is assigned by the unit head, who issues the order although not the appraiser (CLG23 lampiran B.2.a)")
    void cilegonVoluntaryWithinUnit() {
        OrgFixture f = agency("cilegon-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.s1c, f, Map.of("terms", terms(false))))
                .get("applicationId").toString();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h1, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.s1b, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.h1, f, Map.of()));
    }

    // ------------------------------------------------------------------ 14.11 proposal before appointment

    @Test
    @DisplayName("ASG-05 Cilegon: the appraiser appoints on the unit head's proposal: without one the appraiser's order is refused (422); the unit head proposes, the appraiser issues, and the order records the proposal and the proposer (CLG23 lampiran B)")
    void proposalBeforeAppointment() {
        OrgFixture f = agency("cilegon-2023", 2);
        Map<String, Object> order = AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.s1c);
        post("/api/v1/assignment-orders", f.p1, f, order).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05")
                .jsonPath("$.violations[0].field").isEqualTo("proposal")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Cilegon 17/2023 lampiran B.1 huruf a");
        // only the unit head proposes
        post("/api/v1/assignment-orders/proposals", f.p1, f, order).expectStatus().isForbidden();
        Map<String, Object> proposed = ok(post("/api/v1/assignment-orders/proposals", f.h1, f, order));
        assertThat(proposed.get("result")).isEqualTo("PROPOSED");
        String orderId = proposed.get("orderId").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.s1b, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.p1, f, Map.of()));
        assertThat(issuedPayload(orderId)).contains("\"kind\":\"PROPOSAL\"",
                "\"draftedBy\":{\"nip\":\"" + f.h1 + "\",\"capacity\":\"UNIT_HEAD\"",
                "\"issuedBy\":{\"nip\":\"" + f.p1 + "\",\"capacity\":\"APPRAISER\"");
    }

    @Test
    @DisplayName("ASG-05 Serang names no proposal step: a proposal is refused (422) and the unit head issues directly (SRG23 Pasal 8(2)a)")
    void noProposalStep() {
        OrgFixture f = agency("serang-2023", 2);
        post("/api/v1/assignment-orders/proposals", f.h1, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null,
                terms(false), f.s1a)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05");
    }

    // ------------------------------------------------------------------ 14.3 Bekasi voluntary within the unit

    @Test
    @DisplayName("ASG-10 ASG-05 Bekasi: a voluntary application within the unit, approved by the unit head, ends in an SPT from Level I, not from the unit head (BKS23 lampiran C.2 angka 2 huruf a) angka 3))")
    void bekasiVoluntaryLevelOne() {
        OrgFixture f = agency("bekasi-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.s1a, f, Map.of("terms", terms(false))))
                .get("applicationId").toString();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h1, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.h1, f, Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].article")
                .isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf a) angka 3)");
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, f, Map.of()));
        assertThat(issuedPayload(orderId)).contains("\"capacity\":\"LEVEL_ONE\"", "\"mode\":\"PENGAJUAN_SUKARELA\"");
    }

    // ------------------------------------------------------------------ 14.4 Bandung involvement answers

    @Test
    @DisplayName("ASG-08 Bandung: the head of the unit where the employee sits answers the request although a delegate is the appraiser (BDG23 Pasal 8(3), 9(2)-(3)); version 1 refuses him")
    void bandungUnitHeadAnswers() {
        OrgFixture f = agency("bandung-2023", 2);
        f.delegateU1Appraisal(f.p1, f.s1a);
        String id = ok(post("/api/v1/involvement-requests", f.h2, f, involvementRequest(f.u2, f.u1, List.of(f.s1a))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.s1b, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/involvement-requests/" + id + "/approval", f.h1, f, Map.of("nominatedNips",
                List.of(f.s1a))));

        OrgFixture v1 = agency("bandung-2023");
        v1.delegateU1Appraisal(v1.p1, v1.s1a);
        String old = ok(post("/api/v1/involvement-requests", v1.h2, v1, involvementRequest(v1.u2, v1.u1,
                List.of(v1.s1a))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + old + "/approval", v1.h1, v1, Map.of()).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("ASG-08 Bandung: across perangkat daerah the Kepala Perangkat Daerah where the employee sits answers in writing, approving or rejecting with a reason; the owning department's head may not (BDG23 Pasal 9(2)-(3))")
    void bandungHeadOfDepartmentAnswers() {
        OrgFixture f = agency("bandung-2023", 2);
        String id = ok(post("/api/v1/involvement-requests", f.h3, f, involvementRequest(f.u3, f.u1, List.of(f.s1a))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.k2, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.k1, f,
                Map.of("nominatedNips", List.of(f.s1a)))).get("result").toString();
        // BDG23 Pasal 8(4) huruf b: across perangkat daerah the Sekda issues
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", "sekda-" + f.agency, f.agency, Map.of(), null,
                "REGIONAL_SECRETARY"));

        String rejected = ok(post("/api/v1/involvement-requests", f.h3, f, involvementRequest(f.u3, f.u1,
                List.of(f.s1a))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + rejected + "/rejection", f.k2, f, Map.of("reason", "tidak"))
                .expectStatus().isForbidden();
        ok(post("/api/v1/involvement-requests/" + rejected + "/rejection", f.k1, f, Map.of("reason",
                "pegawai sedang menyelesaikan tugas lain")));
    }

    // ------------------------------------------------------------------ 14.5 Bandung voluntary across departments

    @Test
    @DisplayName("ASG-12 Bandung version 2 (the body, Pasal 12(4)): a voluntary application across perangkat daerah goes through with the appraiser's approval and an order by the Sekda; version 3 (lampiran B.2.b) refuses it citing the annex")
    void bandungVoluntaryReadings() {
        OrgFixture f = agency("bandung-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.s1a, f, Map.of("targetUnitId", f.u3,
                "terms", terms(false)))).get("applicationId").toString();
        ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h3, f, Map.of()));
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.h1, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.k1, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", "sekda-" + f.agency, f.agency, Map.of(), null,
                "REGIONAL_SECRETARY"));

        OrgFixture annex = agency("bandung-2023", 3);
        post("/api/v1/voluntary-applications", annex.s1a, annex, Map.of("targetUnitId", annex.u3,
                "terms", terms(false))).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-12")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Bandung 6/2023 lampiran B.2 huruf b");
        // within the perangkat daerah both readings agree
        ok(post("/api/v1/voluntary-applications", annex.s1a, annex, Map.of("targetUnitId", annex.u2,
                "terms", terms(false))));
    }

    // ------------------------------------------------------------------ 14.6 across agencies

    @Test
    @DisplayName("ASG-05 ASG-09 across agencies the order is issued under the regulation of the agency asked, where the target unit head issues: a Bekasi request to Bandung is issued by the Bandung unit head, not by the appraiser Bekasi's rule would allow (BDG23 lampiran B.2.a angka 3) huruf e))")
    void crossAgencyIssuerOfTargetAgency() {
        OrgFixture own = agency("bekasi-2023", 2);
        OrgFixture target = agency("bandung-2023", 2);
        target.delegateU1Appraisal(target.p1, target.s1a); // the appraiser (p1) is not the unit head (h1)
        Map<String, Object> body = involvementRequest(own.u1, null, List.of());
        body.put("targetAgencyId", target.agency);
        String id = ok(post("/api/v1/involvement-requests", own.h1, own, body)).get("requestId").toString();
        String pyb = "pyb-" + own.agency;
        String targetPyb = "pyb-" + target.agency;
        ok(post("/api/v1/involvement-requests/" + id + "/approval", pyb, own.agency, Map.of(), null,
                "AUTHORIZED_OFFICIAL"));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", targetPyb, target.agency,
                Map.of("targetUnitId", target.u1), null, "AUTHORIZED_OFFICIAL"));
        ok(post("/api/v1/involvement-requests/" + id + "/recommendation", target.h1, target,
                Map.of("recommendedNips", List.of(target.s1a))));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", target.p1, target, Map.of()));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", targetPyb, target.agency, Map.of(), null,
                "AUTHORIZED_OFFICIAL"));
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", pyb, own.agency, Map.of(), null,
                "AUTHORIZED_OFFICIAL")).get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", target.p1, target, Map.of()).expectStatus()
                .isForbidden().expectBody().jsonPath("$.violations[0].article")
                .isEqualTo("Perwal Bandung 6/2023 lampiran B.2.a angka 3) huruf e)");
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", target.h1, target, Map.of()));
        assertThat(issuedPayload(orderId)).contains("\"profileId\":\"bandung-2023\"", "\"scope\":\"CROSS_AGENCY\"");
    }
}
