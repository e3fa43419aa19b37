package id.sistemkerja.assignment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.jayway.jsonpath.JsonPath;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: who appoints, answers and issues, as each regulation names them (profile version 2). In the fixture supervised
 * sits in unit under the Pengawas supervisor (its appraiser), while unitHead heads unit.
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
        post("/api/v1/assignment-orders", f.colleague, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false),
                f.supervised)).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/assignment-orders", f.unitHead, f, AssignmentOrderTest.direct(f, "INDIVIDUAL",
                null, terms(false), f.supervised))).get("orderId").toString();
        assertThat(issuedPayload(orderId)).contains("\"capacity\":\"UNIT_HEAD\"", "\"version\":2");

        OrgFixture v1 = agency("cilegon-2023");
        post("/api/v1/assignment-orders", v1.unitHead, v1, AssignmentOrderTest.direct(v1, "INDIVIDUAL", null, terms(false),
                v1.supervised)).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("ASG-10 ASG-05 Cilegon: a voluntary application within the unit is assigned by the unit head, who issues the order although not the appraiser (CLG23 lampiran B.2.a)")
    void cilegonVoluntaryWithinUnit() {
        OrgFixture f = agency("cilegon-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.supervised, f, Map.of("terms", terms(false))))
                .get("applicationId").toString();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.colleague, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, Map.of()));
    }

    // ------------------------------------------------------------------ 14.11 proposal before appointment

    @ParameterizedTest(name = "ASG-05 {0}: the appraiser appoints on the unit head's proposal: without one the "
            + "appraiser's order is refused (422, {1}); the unit head proposes, the appraiser issues, and the order "
            + "records the proposal and the proposer ({2})")
    @CsvSource(delimiter = '|', value = {
            "cilegon-2023|Perwal Cilegon 17/2023 lampiran B.1 huruf a|CLG23 lampiran B",
            "bekasi-2023|Pasal 10(4)|BKS23 lampiran C.2 huruf d",
            "bandung-2023|Pasal 8(1)|BDG23 lampiran B.2 huruf d"})
    void proposalBeforeAppointment(String profile, String article, String annex) {
        OrgFixture f = agency(profile, 2);
        Map<String, Object> order = AssignmentOrderTest.direct(f, "INDIVIDUAL", null, terms(false), f.supervised);
        String refusal = post("/api/v1/assignment-orders", f.supervisor, f, order).expectStatus().isEqualTo(422)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(JsonPath.<String>read(refusal, "$.violations[0].ruleId")).isEqualTo("ASG-05");
        assertThat(JsonPath.<String>read(refusal, "$.violations[0].field")).isEqualTo("proposal");
        assertThat(JsonPath.<String>read(refusal, "$.violations[0].article")).contains(article)
                .containsIgnoringCase(profile.substring(0, profile.indexOf('-')));
        // only the unit head proposes
        post("/api/v1/assignment-orders/proposals", f.supervisor, f, order).expectStatus().isForbidden();
        Map<String, Object> proposed = ok(post("/api/v1/assignment-orders/proposals", f.unitHead, f, order));
        assertThat(proposed.get("result")).isEqualTo("PROPOSED");
        String orderId = proposed.get("orderId").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.colleague, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.supervisor, f, Map.of()));
        assertThat(issuedPayload(orderId)).contains("\"kind\":\"PROPOSAL\"",
                "\"draftedBy\":{\"nip\":\"" + f.unitHead + "\",\"capacity\":\"UNIT_HEAD\"",
                "\"issuedBy\":{\"nip\":\"" + f.supervisor + "\",\"capacity\":\"APPRAISER\"");
    }

    @Test
    @DisplayName("ASG-05 Serang names no proposal step: a proposal is refused (422) and the unit head issues directly (SRG23 Pasal 8(2)a)")
    void noProposalStep() {
        OrgFixture f = agency("serang-2023", 2);
        post("/api/v1/assignment-orders/proposals", f.unitHead, f, AssignmentOrderTest.direct(f, "INDIVIDUAL", null,
                terms(false), f.staff)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-05");
    }

    // ------------------------------------------------------------------ 14.3 Bekasi voluntary within the unit

    @Test
    @DisplayName("ASG-10 ASG-05 Bekasi: a voluntary application within the unit, approved by the unit head, ends in an SPT from Level I, not from the unit head (BKS23 lampiran C.2 angka 2 huruf a) angka 3))")
    void bekasiVoluntaryLevelOne() {
        OrgFixture f = agency("bekasi-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.staff, f, Map.of("terms", terms(false))))
                .get("applicationId").toString();
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.unitHead, f, Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.violations[0].article")
                .isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf a) angka 3)");
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, Map.of()));
        assertThat(issuedPayload(orderId)).contains("\"capacity\":\"LEVEL_ONE\"", "\"mode\":\"PENGAJUAN_SUKARELA\"");
    }

    // ------------------------------------------------------------------ 14.4 Bandung involvement answers

    @Test
    @DisplayName("ASG-08 Bandung: the head of the unit where the employee sits answers the request although a delegate is the appraiser (BDG23 Pasal 8(3), 9(2)-(3)); version 1 refuses him")
    void bandungUnitHeadAnswers() {
        OrgFixture f = agency("bandung-2023", 2);
        f.delegateUnitAppraisal(f.supervisor, f.staff);
        String id = ok(post("/api/v1/involvement-requests", f.sisterHead, f, involvementRequest(f.sisterUnit, f.unit, List.of(f.staff))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.colleague, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/involvement-requests/" + id + "/approval", f.unitHead, f, Map.of("nominatedNips",
                List.of(f.staff))));

        OrgFixture v1 = agency("bandung-2023");
        v1.delegateUnitAppraisal(v1.supervisor, v1.staff);
        String old = ok(post("/api/v1/involvement-requests", v1.sisterHead, v1, involvementRequest(v1.sisterUnit, v1.unit,
                List.of(v1.staff))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + old + "/approval", v1.unitHead, v1, Map.of()).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("ASG-08 Bandung: across perangkat daerah the Kepala Perangkat Daerah where the employee sits answers in writing, approving or rejecting with a reason; the owning department's head may not (BDG23 Pasal 9(2)-(3))")
    void bandungHeadOfDepartmentAnswers() {
        OrgFixture f = agency("bandung-2023", 2);
        String id = ok(post("/api/v1/involvement-requests", f.otherDeptUnitHead, f, involvementRequest(f.otherDeptUnit, f.unit, List.of(f.staff))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + id + "/approval", f.otherDeptHead, f, Map.of()).expectStatus().isForbidden();
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", f.deptHead, f,
                Map.of("nominatedNips", List.of(f.staff)))).get("result").toString();
        // BDG23 Pasal 8(4) huruf b: across perangkat daerah the Sekda issues
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", "sekda-" + f.agency, f.agency, Map.of(), null,
                "REGIONAL_SECRETARY"));

        String rejected = ok(post("/api/v1/involvement-requests", f.otherDeptUnitHead, f, involvementRequest(f.otherDeptUnit, f.unit,
                List.of(f.staff))))
                .get("requestId").toString();
        post("/api/v1/involvement-requests/" + rejected + "/rejection", f.otherDeptHead, f, Map.of("reason", "tidak"))
                .expectStatus().isForbidden();
        ok(post("/api/v1/involvement-requests/" + rejected + "/rejection", f.deptHead, f, Map.of("reason",
                "pegawai sedang menyelesaikan tugas lain")));
    }

    // ------------------------------------------------------------------ 14.5 Bandung voluntary across departments

    @Test
    @DisplayName("ASG-12 Bandung version 2 (the body, Pasal 12(4)): a voluntary application across perangkat daerah goes through with the appraiser's approval and an order by the Sekda; version 3 (lampiran B.2.b) refuses it citing the annex")
    void bandungVoluntaryReadings() {
        OrgFixture f = agency("bandung-2023", 2);
        String id = ok(post("/api/v1/voluntary-applications", f.staff, f, Map.of("targetUnitId", f.otherDeptUnit,
                "terms", terms(false)))).get("applicationId").toString();
        ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.otherDeptUnitHead, f, Map.of()));
        String orderId = ok(post("/api/v1/voluntary-applications/" + id + "/approval", f.unitHead, f, Map.of()))
                .get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", f.deptHead, f, Map.of()).expectStatus().isForbidden();
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", "sekda-" + f.agency, f.agency, Map.of(), null,
                "REGIONAL_SECRETARY"));

        OrgFixture annex = agency("bandung-2023", 3);
        post("/api/v1/voluntary-applications", annex.staff, annex, Map.of("targetUnitId", annex.otherDeptUnit,
                "terms", terms(false))).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-12")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Bandung 6/2023 lampiran B.2 huruf b");
        // within the perangkat daerah both readings agree
        ok(post("/api/v1/voluntary-applications", annex.staff, annex, Map.of("targetUnitId", annex.sisterUnit,
                "terms", terms(false))));
    }

    // ------------------------------------------------------------------ 14.6 across agencies

    @Test
    @DisplayName("ASG-05 ASG-09 across agencies the order is issued under the regulation of the agency asked, where the target unit head issues: a Bekasi request to Bandung is issued by the Bandung unit head, not by the appraiser Bekasi's rule would allow (BDG23 lampiran B.2.a angka 3) huruf e))")
    void crossAgencyIssuerOfTargetAgency() {
        OrgFixture own = agency("bekasi-2023", 2);
        OrgFixture target = agency("bandung-2023", 2);
        target.delegateUnitAppraisal(target.supervisor, target.staff); // the appraiser (supervisor) is not the unit head (unitHead)
        Map<String, Object> body = involvementRequest(own.unit, null, List.of());
        body.put("targetAgencyId", target.agency);
        String id = ok(post("/api/v1/involvement-requests", own.unitHead, own, body)).get("requestId").toString();
        String pyb = "pyb-" + own.agency;
        String targetPyb = "pyb-" + target.agency;
        ok(post("/api/v1/involvement-requests/" + id + "/approval", pyb, own.agency, Map.of(), null,
                "AUTHORIZED_OFFICIAL"));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", targetPyb, target.agency,
                Map.of("targetUnitId", target.unit), null, "AUTHORIZED_OFFICIAL"));
        ok(post("/api/v1/involvement-requests/" + id + "/recommendation", target.unitHead, target,
                Map.of("recommendedNips", List.of(target.staff))));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", target.supervisor, target, Map.of()));
        ok(post("/api/v1/involvement-requests/" + id + "/approval", targetPyb, target.agency, Map.of(), null,
                "AUTHORIZED_OFFICIAL"));
        String orderId = ok(post("/api/v1/involvement-requests/" + id + "/approval", pyb, own.agency, Map.of(), null,
                "AUTHORIZED_OFFICIAL")).get("result").toString();
        post("/api/v1/assignment-orders/" + orderId + "/issue", target.supervisor, target, Map.of()).expectStatus()
                .isForbidden().expectBody().jsonPath("$.violations[0].article")
                .isEqualTo("Perwal Bandung 6/2023 lampiran B.2.a angka 3) huruf e)");
        ok(post("/api/v1/assignment-orders/" + orderId + "/issue", target.unitHead, target, Map.of()));
        assertThat(issuedPayload(orderId)).contains("\"profileId\":\"bandung-2023\"", "\"scope\":\"CROSS_AGENCY\"");
    }
}
