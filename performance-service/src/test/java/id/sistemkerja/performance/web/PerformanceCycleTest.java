package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.performance.web.PerfApi.Response;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The performance cycle of one unit through performance-service's API, rule by rule (RULES.md PERF-01..10). */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class PerformanceCycleTest {

    static final int YEAR = 2025;

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    OrgReplica replica;
    @Autowired
    MongoProfileBindings bindings;
    @Autowired
    JdbcTemplate jdbc;

    PerfApi api;
    PerfOrg org;

    @BeforeEach
    void setUp() {
        api = new PerfApi(web, objectMapper);
        org = new PerfOrg(replica, bindings, 3);
        PerfTestClock.today(LocalDate.of(YEAR, 1, 10));
    }

    private static Map<String, Object> target(String description, String supports) {
        return supports == null ? Map.of("description", description, "indicator", "persen", "targetValue", "100%")
                : Map.of("description", description, "indicator", "persen", "targetValue", "100%",
                "supportsTargetRef", supports);
    }

    private static String pk(String unit, int n) {
        return "pk:" + unit + ":" + YEAR + "#" + n;
    }

    private String plan(String nip) {
        return "/api/v1/employees/" + nip + "/performance/" + YEAR;
    }

    /** Agreements of the Dinas and Bidang 1, then a set SKP for every staff member of Bidang 1. */
    private void planYear() {
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas,
                "year", YEAR, "targets", List.of(target("Meningkatnya derajat kesehatan", null)))).status())
                .isEqualTo(201);
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1,
                "year", YEAR, "targets", List.of(target("Cakupan pelayanan kesehatan", pk(org.dinas, 1))))).status())
                .isEqualTo(201);
        for (String nip : org.staff1) {
            assertThat(api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets",
                    List.of(target("Laporan pelayanan", pk(org.bidang1, 1))))).status()).isEqualTo(200);
            assertThat(api.post(nip, org.agency, plan(nip) + "/plan/signature", null).status()).isEqualTo(200);
            assertThat(api.post(org.kabid1, org.agency, plan(nip) + "/plan/approval", null).status()).isEqualTo(200);
        }
    }

    private Response rate(String nip, String period, String work, String behaviour) {
        return api.put(org.kabid1, org.agency, plan(nip) + "/evaluations/" + period + "/rating",
                Map.of("workResultRating", work, "behaviourRating", behaviour));
    }

    private String evaluationUri(String period) {
        return "/api/v1/performance/units/" + org.bidang1 + "/evaluations/" + YEAR + "/" + period;
    }

    /** Organisation rating BAIK by the Kepala Dinas; staff rated BAIK, BAIK, BUTUH_PERBAIKAN; finalised. */
    private void rateAndFinaliseYear() {
        assertThat(api.put(org.kadis, org.agency, evaluationUri("TAHUNAN") + "/organisation-rating",
                Map.of("rating", "BAIK")).status()).isEqualTo(200);
        assertThat(rate(org.staff1.get(0), "TAHUNAN", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").status())
                .isEqualTo(200);
        assertThat(rate(org.staff1.get(1), "TAHUNAN", "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI").status())
                .isEqualTo(200);
        assertThat(rate(org.staff1.get(2), "TAHUNAN", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI").status())
                .isEqualTo(200);
        assertThat(api.post(org.kabid1, org.agency, evaluationUri("TAHUNAN") + "/finalisation", null).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("PERF-01 Level I sets the unit's agreement and divides targets to Level II, each naming the target it supports; others get 403 naming who may")
    void agreementCascade() {
        Response notLevelOne = api.post(org.kabid1, org.agency, "/api/v1/performance/agreements", Map.of("unitId",
                org.dinas, "year", YEAR, "targets", List.of(target("x", null))));
        assertThat(notLevelOne.status()).isEqualTo(403);
        assertThat(notLevelOne.json().get("ruleId").asText()).isEqualTo("PERF-01");
        assertThat(notLevelOne.json().get("detail").asText()).contains("Who may: " + org.kadis);

        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas,
                "year", YEAR, "targets", List.of(target("Meningkatnya derajat kesehatan", null)))).status())
                .isEqualTo(201);
        Response unsupported = api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId",
                org.bidang1, "year", YEAR, "targets", List.of(target("Cakupan", null))));
        assertThat(unsupported.status()).isEqualTo(422);
        assertThat(unsupported.json().get("violations").get(0).get("field").asText())
                .isEqualTo("targets[0].supportsTargetRef");
        assertThat(api.post(org.kabid1, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1,
                "year", YEAR, "targets", List.of(target("Cakupan", pk(org.dinas, 1))))).status()).isEqualTo(403);
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1,
                "year", YEAR, "targets", List.of(target("Cakupan", pk(org.dinas, 1))))).status()).isEqualTo(201);

        JsonNode agreement = api.await(org.kabid1, org.agency, "/api/v1/performance/units/" + org.bidang1
                + "/agreements/" + YEAR, a -> a.has("targets"));
        assertThat(agreement.get("responsibleNip").asText()).isEqualTo(org.kabid1);
        assertThat(agreement.get("setByNip").asText()).isEqualTo(org.kadis);
        assertThat(agreement.get("targets").get(0).get("supportsTargetRef").asText()).isEqualTo(pk(org.dinas, 1));
        assertThat(api.get(org.kadis, "other-agency", "/api/v1/performance/units/" + org.bidang1 + "/agreements/"
                + YEAR).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("PERF-08 an SKP's targets name the superior target; only the employee signs, only the appraiser sets; a role elsewhere shows in that unit's Matriks Peran Hasil")
    void planSignedSetAndRoleMatrix() {
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas, "year", YEAR,
                "targets", List.of(target("Derajat kesehatan", null))));
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1, "year", YEAR,
                "targets", List.of(target("Cakupan", pk(org.dinas, 1)))));
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang2, "year", YEAR,
                "targets", List.of(target("Surveilans", pk(org.dinas, 1)))));
        String nip = org.staff1.get(0);
        Response noSupport = api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets",
                List.of(target("Laporan", null))));
        assertThat(noSupport.status()).isEqualTo(422);
        assertThat(noSupport.json().get("violations").get(0).get("ruleId").asText()).isEqualTo("PERF-08");
        Response otherUnit = api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets",
                List.of(target("Laporan", pk(org.bidang2, 1)))));
        assertThat(otherUnit.status()).isEqualTo(422);

        // staff of Bidang 1 works for Bidang 2 (assignment order): the role is recorded where they work
        Response role = api.post(org.kabid2, org.agency, plan(nip) + "/roles", Map.of("unitId", org.bidang2,
                "role", "Anggota tim surveilans", "leadNip", org.staff2.get(0), "assignerNip", org.kabid2,
                "basisKind", "ASSIGNMENT_ORDER", "basisReference", "SPT 800/12", "from", YEAR + "-01-01"));
        assertThat(role.status()).isEqualTo(201);
        assertThat(api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets", List.of(
                target("Laporan pelayanan", pk(org.bidang1, 1)), target("Data surveilans", pk(org.bidang2, 1)))))
                .status()).isEqualTo(200);

        Response setBeforeSigned = api.post(org.kabid1, org.agency, plan(nip) + "/plan/approval", null);
        assertThat(setBeforeSigned.status()).isEqualTo(422);
        Response signedByOther = api.post(org.kabid1, org.agency, plan(nip) + "/plan/signature", null);
        assertThat(signedByOther.status()).isEqualTo(403);
        assertThat(signedByOther.json().get("detail").asText()).contains("Who may: " + nip);
        assertThat(api.post(nip, org.agency, plan(nip) + "/plan/signature", null).status()).isEqualTo(200);
        Response setByOther = api.post(org.kadis, org.agency, plan(nip) + "/plan/approval", null);
        assertThat(setByOther.status()).isEqualTo(403);
        assertThat(setByOther.json().get("detail").asText()).contains(org.kabid1);
        assertThat(api.post(org.kabid1, org.agency, plan(nip) + "/plan/approval", null).status()).isEqualTo(200);

        JsonNode skp = api.await(nip, org.agency, plan(nip) + "/plan", p -> "SET".equals(p.path("status").asText()));
        assertThat(skp.get("appraiserNip").asText()).isEqualTo(org.kabid1);
        JsonNode matrix = api.await(org.kabid2, org.agency, "/api/v1/performance/units/" + org.bidang2
                + "/role-matrix?year=" + YEAR, m -> m.get("rows").size() >= 1);
        JsonNode row = null;
        for (JsonNode r : matrix.get("rows")) {
            if (r.get("nip").asText().equals(nip)) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("homeUnitId").asText()).isEqualTo(org.bidang1);
        assertThat(row.get("roles").get(0).get("role").asText()).isEqualTo("Anggota tim surveilans");
        assertThat(row.get("targets").get(1).get("supportsTargetRef").asText()).isEqualTo(pk(org.bidang2, 1));
    }

    @Test
    @DisplayName("PERF-02/PERF-04/PERF-05 expectations, evidence and feedback at any time; the lead's input is recorded with the lead's identity and role and is before the appraiser when rating")
    void executionFeedbackAndLeadInput() {
        planYear();
        String nip = org.staff1.get(0);
        String lead = org.staff1.get(1);
        PerfTestClock.today(LocalDate.of(YEAR, 3, 5));
        assertThat(api.post(org.kabid1, org.agency, plan(nip) + "/expectations", Map.of("targetNumber", 1,
                "text", "Laporan tepat waktu setiap bulan")).status()).isEqualTo(201);
        assertThat(api.post(org.kabid1, org.agency, plan(nip) + "/expectations", Map.of("coreValue", "KOLABORATIF",
                "text", "Aktif berbagi data")).status()).isEqualTo(201);
        assertThat(api.post(nip, org.agency, plan(nip) + "/evidence", Map.of("targetNumber", 1, "period",
                "TRIWULAN_I", "realisation", "3 laporan", "links", List.of("https://drive.example/l1"))).status())
                .isEqualTo(201);
        Response notAGiver = api.post(lead, org.agency, plan(nip) + "/feedback", Map.of("text", "Bagus"));
        assertThat(notAGiver.status()).isEqualTo(403);
        assertThat(notAGiver.json().get("ruleId").asText()).isEqualTo("PERF-05");
        assertThat(notAGiver.json().get("detail").asText()).contains(org.kabid1 + " (appraiser)");

        api.post(org.kabid1, org.agency, plan(nip) + "/roles", Map.of("unitId", org.bidang1, "role",
                "Anggota tim kerja pelayanan", "leadNip", lead, "basisKind", "WORK_TEAM", "from", YEAR + "-01-01"));
        assertThat(api.post(lead, org.agency, plan(nip) + "/feedback", Map.of("kind", "APPRAISAL_INPUT", "text",
                "Kontribusi tinggi di tim", "targetNumber", 1)).status()).isEqualTo(201);
        assertThat(api.post(org.kabid1, org.agency, plan(nip) + "/feedback", Map.of("text", "Pertahankan"))
                .status()).isEqualTo(201);

        JsonNode skp = api.await(nip, org.agency, plan(nip) + "/plan", p -> p.get("feedback").size() == 2);
        assertThat(skp.get("evidence").get(0).get("links").get(0).asText()).isEqualTo("https://drive.example/l1");
        assertThat(skp.get("expectations")).hasSize(2);
        JsonNode input = null;
        for (JsonNode f : skp.get("feedback")) {
            if (f.get("kind").asText().equals("APPRAISAL_INPUT")) {
                input = f;
            }
        }
        assertThat(input).isNotNull();
        assertThat(input.get("giverNip").asText()).isEqualTo(lead);
        assertThat(input.get("giverRole").asText()).isEqualTo("TEAM_LEAD");

        PerfTestClock.today(LocalDate.of(YEAR, 3, 28));
        assertThat(rate(nip, "TRIWULAN_I", "SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI").status()).isEqualTo(200);
        JsonNode evaluation = api.await(org.kabid1, org.agency, evaluationUri("TRIWULAN_I"),
                e -> e.path("results").has(nip));
        JsonNode result = evaluation.get("results").get(nip);
        assertThat(result.get("appraisalInputIds").get(0).asText()).isEqualTo(input.get("feedbackId").asText());
        assertThat(result.get("basis").get("ruleIds").toString()).contains("PERF-05");
    }

    @Test
    @DisplayName("PERF-03 a result goes to Level II, is returned for rework with a reason, and is done only when Level I accepts; the wrong reviewer gets 403")
    void reviewChain() {
        planYear();
        String nip = org.staff1.get(0);
        Response submitted = api.post(nip, org.agency, "/api/v1/performance/work-results", Map.of("nip", nip,
                "year", YEAR, "targetNumber", 1, "title", "Laporan Januari", "result", "Laporan v1"));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        String uri = "/api/v1/performance/work-results/" + id;

        Response levelOneFirst = api.post(org.kadis, org.agency, uri + "/reviews", Map.of("decision", "PASS"));
        assertThat(levelOneFirst.status()).isEqualTo(403);
        assertThat(levelOneFirst.json().get("detail").asText()).contains("Who may: " + org.kabid1);
        JsonNode pending = api.await(org.kabid1, org.agency, "/api/v1/performance/pending-reviews?unitId="
                + org.bidang1, p -> p.size() == 1);
        assertThat(pending.get(0).get("currentLevel").asText()).isEqualTo("LEVEL_II");
        assertThat(pending.get(0).get("ageDays").asInt()).isZero();

        assertThat(api.post(org.kabid1, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        Response noReason = api.post(org.kadis, org.agency, uri + "/reviews", Map.of("decision", "RETURN"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("ruleId").asText()).isEqualTo("PERF-03");
        assertThat(api.post(org.kadis, org.agency, uri + "/reviews", Map.of("decision", "RETURN", "reason",
                "Lampirkan data kunjungan")).status()).isEqualTo(200);
        assertThat(api.post(nip, org.agency, uri + "/resubmissions", Map.of("result", "Laporan v2")).status())
                .isEqualTo(200);
        assertThat(api.post(org.kabid1, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        PerfTestClock.today(LocalDate.of(YEAR, 1, 14));
        JsonNode atLevelOne = api.await(org.kadis, org.agency, "/api/v1/performance/pending-reviews?unitId="
                + org.dinas, p -> p.size() == 1);
        assertThat(atLevelOne.get(0).get("ageDays").asInt()).isEqualTo(4);
        assertThat(api.post(org.kadis, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        JsonNode done = api.await(nip, org.agency, uri, r -> "ACCEPTED".equals(r.path("status").asText()));
        assertThat(done.get("acceptedBy").asText()).isEqualTo(org.kadis);
        assertThat(done.get("round").asInt()).isEqualTo(2);
        assertThat(done.get("returnReason").asText()).isEqualTo("Lampirkan data kunjungan");
    }

    @Test
    @DisplayName("PERF-03 Sekretariat Daerah chain: Kepala Bagian, then Asisten, then the Sekda accepts")
    void setdaChain() {
        String nip = org.staffBagian.get(0);
        api.post(org.sekda, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.setda, "year", YEAR,
                "targets", List.of(target("Tata kelola", null))));
        api.post(org.sekda, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.asisten, "year", YEAR,
                "targets", List.of(target("Koordinasi", pk(org.setda, 1)))));
        assertThat(api.post(org.asistenHead, org.agency, "/api/v1/performance/agreements", Map.of("unitId",
                org.bagian, "year", YEAR, "targets", List.of(target("Produk hukum", pk(org.asisten, 1))))).status())
                .isEqualTo(201);
        api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets", List.of(target("Draf perwal",
                pk(org.bagian, 1)))));
        String id = api.post(nip, org.agency, "/api/v1/performance/work-results", Map.of("nip", nip, "year", YEAR,
                "targetNumber", 1, "title", "Draf", "result", "Draf perwal")).json().get("id").asText();
        String uri = "/api/v1/performance/work-results/" + id;
        JsonNode submitted = api.await(nip, org.agency, uri, r -> r.has("chain"));
        assertThat(submitted.get("chain").findValuesAsText("level")).containsExactly("LEVEL_II", "INTERMEDIATE",
                "LEVEL_I");
        assertThat(api.post(org.sekda, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(403);
        assertThat(api.post(org.kabag, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        assertThat(api.post(org.asistenHead, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        assertThat(api.post(org.sekda, org.agency, uri + "/reviews", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        assertThat(api.await(nip, org.agency, uri, r -> "ACCEPTED".equals(r.path("status").asText()))
                .get("acceptedBy").asText()).isEqualTo(org.sekda);
    }

    @Test
    @DisplayName("PERF-06 only the appraiser rates; the organisation rating comes from one level up; finalisation is refused with exact counts when the distribution breaks the limits")
    void ratingAndDistribution() {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 15));
        Response notAppraiser = api.put(org.kadis, org.agency, plan(org.staff1.get(0)) + "/evaluations/TAHUNAN/rating",
                Map.of("workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI"));
        assertThat(notAppraiser.status()).isEqualTo(403);
        assertThat(notAppraiser.json().get("ruleId").asText()).isEqualTo("PERF-06");
        assertThat(notAppraiser.json().get("detail").asText()).contains("Who may: " + org.kabid1);
        assertThat(api.put(org.kabid1, org.agency, evaluationUri("TAHUNAN") + "/organisation-rating",
                Map.of("rating", "BAIK")).status()).isEqualTo(403);
        assertThat(api.put(org.kadis, org.agency, evaluationUri("TAHUNAN") + "/organisation-rating",
                Map.of("rating", "BAIK")).status()).isEqualTo(200);
        for (String nip : org.staff1) {
            assertThat(rate(nip, "TAHUNAN", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").status()).isEqualTo(200);
        }
        Response refused = api.post(org.kabid1, org.agency, evaluationUri("TAHUNAN") + "/finalisation", null);
        assertThat(refused.status()).isEqualTo(422);
        List<String> messages = new ArrayList<>(refused.json().get("violations").findValuesAsText("message"));
        assertThat(messages).anyMatch(m -> m.startsWith("BAIK 3 of 3 = 100% > 70%"));
        assertThat(messages).anyMatch(m -> m.startsWith("BUTUH_PERBAIKAN + KURANG_MISCONDUCT 0 of 3 < at least 1"));
        assertThat(refused.json().get("violations").get(0).get("ruleId").asText()).isEqualTo("PERF-06");

        assertThat(rate(org.staff1.get(2), "TAHUNAN", "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI").status())
                .isEqualTo(200);
        assertThat(rate(org.staff1.get(1), "TAHUNAN", "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI").status())
                .isEqualTo(200);
        assertThat(api.post(org.kabid1, org.agency, evaluationUri("TAHUNAN") + "/finalisation", null).status())
                .isEqualTo(200);
        JsonNode distribution = api.await(org.kabid1, org.agency, evaluationUri("TAHUNAN") + "/distribution",
                d -> d.path("finalised").asBoolean());
        assertThat(distribution.get("counts").get("BAIK").asInt()).isEqualTo(1);
        assertThat(distribution.get("counts").get("SANGAT_BAIK").asInt()).isEqualTo(1);
        assertThat(distribution.get("counts").get("BUTUH_PERBAIKAN").asInt()).isEqualTo(1);
        assertThat(distribution.get("violations")).isEmpty();
        assertThat(distribution.get("limits").get(0).get("text").asText()).startsWith("BAIK 1 of 3 = 33% <= 70%");
        assertThat(rate(org.staff1.get(0), "TAHUNAN", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").status())
                .isEqualTo(409);
        String csv = api.text(org.kabid1, org.agency, evaluationUri("TAHUNAN") + "/results.csv");
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains(org.staff1.get(1) + ",DI_ATAS_EKSPEKTASI,DI_ATAS_EKSPEKTASI,SANGAT_BAIK,FINAL");
    }

    @Test
    @DisplayName("PERF-06c BAIK (SE MenPANRB 3/2023, perf-rules v2): in a unit of 5, 4 BAIK = 80% exceeds \"at most "
            + "70%\" and finalisation is refused with the exact numbers (rounded down: at most 3), nothing stored; 3 "
            + "BAIK, 1 SANGAT_BAIK, 1 BUTUH_PERBAIKAN is finalised")
    void maximumNeverExceeded() {
        PerfOrg five = new PerfOrg(replica, bindings, 5);
        PerfTestClock.today(LocalDate.of(YEAR, 12, 15));
        String uri = "/api/v1/performance/units/" + five.bidang1 + "/evaluations/" + YEAR + "/TAHUNAN";
        assertThat(api.put(five.kadis, five.agency, uri + "/organisation-rating", Map.of("rating", "BAIK")).status())
                .isEqualTo(200);
        List<List<String>> ratings = List.of(List.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"),
                List.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"), List.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"),
                List.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"), List.of("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
        for (int i = 0; i < 5; i++) {
            String nip = five.staff1.get(i);
            assertThat(api.put(five.kabid1, five.agency, "/api/v1/employees/" + nip + "/performance/" + YEAR
                    + "/evaluations/TAHUNAN/rating", Map.of("workResultRating", ratings.get(i).get(0),
                    "behaviourRating", ratings.get(i).get(1))).status()).isEqualTo(200);
        }
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Response refused = api.post(five.kabid1, five.agency, uri + "/finalisation", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("violations").get(0).get("ruleId").asText()).isEqualTo("PERF-06");
        assertThat(refused.json().get("violations").get(0).get("message").asText())
                .startsWith("BAIK 4 of 5 = 80% > 70% (at most 3 of 5 with rounding DOWN)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
        assertThat(api.put(five.kabid1, five.agency, "/api/v1/employees/" + five.staff1.get(0) + "/performance/"
                + YEAR + "/evaluations/TAHUNAN/rating", Map.of("workResultRating", "DI_ATAS_EKSPEKTASI",
                "behaviourRating", "DI_ATAS_EKSPEKTASI")).status()).isEqualTo(200);
        assertThat(api.post(five.kabid1, five.agency, uri + "/finalisation", null).status()).isEqualTo(200);
        JsonNode finalised = api.await(five.kabid1, five.agency, uri, e -> e.path("finalised").asBoolean());
        assertThat(finalised.get("basis").get("ruleSetVersion").asInt()).isEqualTo(2);
        assertThat(finalised.get("rounding").asText()).isEqualTo("PER_LIMIT");
    }

    @Test
    @DisplayName("PERF-07 periodic (TRIWULAN) and annual evaluations are separate; a period outside the rule set's cadence is refused")
    void cadence() {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 6, 20));
        assertThat(rate(org.staff1.get(0), "TRIWULAN_II", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").status())
                .isEqualTo(200);
        Response wrong = rate(org.staff1.get(0), "SEMESTER_I", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("ruleId").asText()).isEqualTo("PERF-07");
        assertThat(wrong.json().get("detail").asText()).contains("TRIWULAN_IV");
        JsonNode q2 = api.await(org.kabid1, org.agency, evaluationUri("TRIWULAN_II"),
                e -> e.path("results").has(org.staff1.get(0)));
        assertThat(q2.get("periodStart").asText()).isEqualTo(YEAR + "-04-01");
        assertThat(api.get(org.kabid1, org.agency, evaluationUri("TAHUNAN")).status()).isEqualTo(404);
    }

    private Response deliver(String nip, String deliveredOn) {
        return api.post(org.kabid1, org.agency, plan(nip) + "/evaluations/TAHUNAN/delivery",
                Map.of("deliveredOn", deliveredOn));
    }

    @Test
    @DisplayName("PERF-09 the 14 days count from the day the employee receives the result (PP 30/2019 Pasal 59), not "
            + "from the unit's finalisation: the appraiser's recorded delivery or the employee's acknowledgement, the "
            + "earlier; day 14 after receipt accepted, day 15 refused, through the API")
    void objectionWindowFromReceipt() {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 20));
        rateAndFinaliseYear();
        String onTime = org.staff1.get(0);
        String acknowledged = org.staff1.get(1);
        String late = org.staff1.get(2);
        // who records a receipt, and when it can have happened
        assertThat(api.post(org.kadis, org.agency, plan(onTime) + "/evaluations/TAHUNAN/delivery",
                Map.of("deliveredOn", YEAR + "-12-20")).status()).isEqualTo(403);
        assertThat(deliver(onTime, YEAR + "-12-21").status()).isEqualTo(400);
        Response beforeFinal = deliver(onTime, YEAR + "-12-19");
        assertThat(beforeFinal.status()).isEqualTo(422);
        assertThat(beforeFinal.json().get("ruleId").asText()).isEqualTo("PERF-09");
        assertThat(deliver(onTime, YEAR + "-12-20").status()).isEqualTo(200);
        assertThat(deliver(onTime, YEAR + "-12-20").status()).isEqualTo(409);
        assertThat(deliver(late, YEAR + "-12-20").status()).isEqualTo(200);

        PerfTestClock.today(LocalDate.of(YEAR, 12, 30));
        assertThat(api.post(org.kabid1, org.agency, plan(acknowledged) + "/evaluations/TAHUNAN/receipt", null)
                .status()).isEqualTo(403);
        assertThat(api.post(acknowledged, org.agency, plan(acknowledged) + "/evaluations/TAHUNAN/receipt", null)
                .status()).isEqualTo(200);

        PerfTestClock.today(LocalDate.of(YEAR, 12, 20).plusDays(14));
        assertThat(api.post(onTime, org.agency, plan(onTime) + "/evaluations/TAHUNAN/objections",
                Map.of("reasons", List.of("Bukti dukung triwulan IV belum dipertimbangkan"))).status()).isEqualTo(201);
        PerfTestClock.today(LocalDate.of(YEAR, 12, 20).plusDays(15));
        Response day15 = api.post(late, org.agency, plan(late) + "/evaluations/TAHUNAN/objections",
                Map.of("reasons", List.of("Tidak setuju")));
        assertThat(day15.status()).isEqualTo(422);
        assertThat(day15.json().get("ruleId").asText()).isEqualTo("PERF-09");
        assertThat(day15.json().get("article").asText()).isEqualTo("PP 30/2019 Pasal 59");
        assertThat(day15.json().get("detail").asText()).contains("by " + LocalDate.of(YEAR + 1, 1, 3));
        // received on 30 December: day 15 after the finalisation is day 5 after receipt
        assertThat(api.post(acknowledged, org.agency, plan(acknowledged) + "/evaluations/TAHUNAN/objections",
                Map.of("reasons", List.of("Perilaku kerja dinilai tanpa umpan balik"))).status()).isEqualTo(201);
        JsonNode evaluation = api.await(org.kabid1, org.agency, evaluationUri("TAHUNAN"),
                e -> e.path("results").path(acknowledged).has("objection"));
        assertThat(evaluation.get("results").get(acknowledged).get("objection").get("deadline").asText())
                .isEqualTo(YEAR + 1 + "-01-13");
        assertThat(evaluation.get("results").get(late).get("receipts").get("DELIVERY_RECORDED_BY_APPRAISER")
                .get("receivedOn").asText()).isEqualTo(YEAR + "-12-20");
    }

    @Test
    @DisplayName("PERF-09 the superior decides only after asking the appraiser and the employee for explanations and "
            + "each answered or let 7 days pass (PP 30/2019 Pasal 59(3), perf-rules v2); an earlier decision is refused "
            + "and stores nothing")
    void objectionNeedsExplanations() {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 20));
        rateAndFinaliseYear();
        String nip = org.staff1.get(2);
        String objection = api.post(nip, org.agency, plan(nip) + "/evaluations/TAHUNAN/objections",
                Map.of("reasons", List.of("Hasil kerja triwulan IV melebihi target"))).json().get("id").asText();
        String base = plan(nip) + "/evaluations/TAHUNAN/objections/" + objection;
        Map<String, Object> uphold = Map.of("decision", "UPHOLD", "reason", "Penilaian sesuai bukti");
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Response notAsked = api.post(org.kadis, org.agency, base + "/decision", uphold);
        assertThat(notAsked.status()).isEqualTo(422);
        assertThat(notAsked.json().get("ruleId").asText()).isEqualTo("PERF-09");
        assertThat(notAsked.json().get("article").asText()).isEqualTo("PP 30/2019 Pasal 59(3)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);

        assertThat(api.post(org.kabid1, org.agency, base + "/explanations", Map.of("text", "x")).status())
                .isEqualTo(422); // nobody asked yet
        assertThat(api.post(org.kabid1, org.agency, base + "/explanation-requests", null).status()).isEqualTo(403);
        assertThat(api.post(org.kadis, org.agency, base + "/explanation-requests", null).status()).isEqualTo(200);
        assertThat(api.post(org.kadis, org.agency, base + "/explanations", Map.of("text", "x")).status())
                .isEqualTo(403);
        assertThat(api.post(org.kabid1, org.agency, base + "/explanations", Map.of("text",
                "Target triwulan IV tercapai 80%")).status()).isEqualTo(201);

        PerfTestClock.today(LocalDate.of(YEAR, 12, 27));
        Response awaiting = api.post(org.kadis, org.agency, base + "/decision", uphold);
        assertThat(awaiting.status()).isEqualTo(422);
        assertThat(awaiting.json().get("detail").asText()).contains(nip).contains("until " + YEAR + "-12-27");
        PerfTestClock.today(LocalDate.of(YEAR, 12, 28)); // the employee let the 7 days pass
        assertThat(api.post(org.kadis, org.agency, base + "/decision", uphold).status()).isEqualTo(200);
        JsonNode evaluation = api.await(org.kabid1, org.agency, evaluationUri("TAHUNAN"),
                e -> "DECIDED".equals(e.path("results").path(nip).path("objection").path("status").asText()));
        JsonNode explanations = evaluation.get("results").get(nip).get("objection").get("explanations");
        assertThat(explanations.get("APPRAISER").get("giverNip").asText()).isEqualTo(org.kabid1);
        assertThat(explanations.get("answerBy").asText()).isEqualTo(YEAR + "-12-27");
        assertThat(explanations.has("EMPLOYEE")).isFalse();
    }

    @Test
    @DisplayName("PERF-09 only the appraiser's superior decides an objection and may change the result, then final; PERF-10 follow-up and functional credit on the final predikat")
    void objectionDecisionAndFollowUp() {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 20));
        rateAndFinaliseYear();
        String nip = org.staff1.get(2);
        Response byOther = api.post(org.kabid1, org.agency, plan(nip) + "/evaluations/TAHUNAN/objections",
                Map.of("reasons", List.of("x")));
        assertThat(byOther.status()).isEqualTo(403);
        String objection = api.post(nip, org.agency, plan(nip) + "/evaluations/TAHUNAN/objections",
                Map.of("reasons", List.of("Hasil kerja triwulan IV melebihi target"))).json().get("id").asText();
        String base = plan(nip) + "/evaluations/TAHUNAN/objections/" + objection;
        String decision = base + "/decision";
        Map<String, Object> change = Map.of("decision", "CHANGE", "workResultRating", "SESUAI_EKSPEKTASI",
                "behaviourRating", "SESUAI_EKSPEKTASI", "reason", "Bukti dukung menunjukkan target tercapai");
        Response byAppraiser = api.post(org.kabid1, org.agency, decision, change);
        assertThat(byAppraiser.status()).isEqualTo(403);
        assertThat(byAppraiser.json().get("detail").asText()).contains("Who may: " + org.kadis);
        Response followUpTooEarly = api.post(org.kadis, org.agency, plan(nip) + "/evaluations/TAHUNAN/follow-ups",
                Map.of("kind", "REWARD", "description", "Piagam"), "STAFFING_AUTHORITY");
        assertThat(followUpTooEarly.status()).isEqualTo(422);
        assertThat(followUpTooEarly.json().get("ruleId").asText()).isEqualTo("PERF-10");
        assertThat(api.post(org.kadis, org.agency, base + "/explanation-requests", null).status()).isEqualTo(200);
        assertThat(api.post(org.kabid1, org.agency, base + "/explanations", Map.of("text", "Sesuai bukti"))
                .status()).isEqualTo(201);
        assertThat(api.post(nip, org.agency, base + "/explanations", Map.of("text", "Laporan IV terlampir"))
                .status()).isEqualTo(201);
        assertThat(api.post(org.kadis, org.agency, decision, change).status()).isEqualTo(200);
        assertThat(api.post(org.kadis, org.agency, decision, change).status()).isEqualTo(409);

        JsonNode evaluation = api.await(org.kabid1, org.agency, evaluationUri("TAHUNAN"),
                e -> "DECIDED".equals(e.path("results").path(nip).path("objection").path("status").asText()));
        JsonNode result = evaluation.get("results").get(nip);
        assertThat(result.get("predikat").asText()).isEqualTo("BAIK");
        assertThat(result.get("objection").get("previousPredikat").asText()).isEqualTo("BUTUH_PERBAIKAN");

        assertThat(api.post(org.kadis, org.agency, plan(nip) + "/evaluations/TAHUNAN/follow-ups",
                Map.of("kind", "REWARD", "description", "Piagam penghargaan", "legalBasis", "Perwal 1/2025"),
                "STAFFING_AUTHORITY").status()).isEqualTo(201);
        Response credit = api.post(org.kadis, org.agency, plan(nip) + "/functional-credit", null,
                "STAFFING_AUTHORITY");
        assertThat(credit.status()).isEqualTo(200);
        assertThat(credit.json().get("credit").asDouble()).isEqualTo(25.0); // AHLI_MUDA 25 x BAIK 100%
        // another's result: not final before its receipt is recorded, nor while its window is open
        String other = org.staff1.get(1);
        Response noReceipt = api.post(org.kadis, org.agency, plan(other) + "/functional-credit", null,
                "STAFFING_AUTHORITY");
        assertThat(noReceipt.status()).isEqualTo(422);
        assertThat(noReceipt.json().get("detail").asText()).contains("receipt");
        assertThat(deliver(other, YEAR + "-12-20").status()).isEqualTo(200);
        assertThat(api.post(org.kadis, org.agency, plan(other) + "/functional-credit", null,
                "STAFFING_AUTHORITY").status()).isEqualTo(422);
        PerfTestClock.today(LocalDate.of(YEAR + 1, 1, 4));
        Response sangatBaik = api.post(org.kadis, org.agency, plan(other) + "/functional-credit", null,
                "STAFFING_AUTHORITY");
        assertThat(sangatBaik.json().get("credit").asDouble()).isEqualTo(25.0); // DI_ATAS + SESUAI = BAIK
    }

    @Test
    @DisplayName("AUD-01 every accepted command's events carry actor, time and correlation id, and the rule ids and perf-rules version where a rule applied")
    void storedEventsCarryBasis() throws Exception {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 20));
        rateAndFinaliseYear();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT payloadtype, payload, metadata, timestamp "
                + "FROM domainevententry WHERE aggregateidentifier IN (?, ?, ?) ORDER BY globalindex",
                "pk:" + org.bidang1 + ":" + YEAR, "skp:" + org.staff1.get(0) + ":" + YEAR,
                "eval:" + org.bidang1 + ":" + YEAR + ":TAHUNAN");
        assertThat(rows).hasSizeGreaterThan(8);
        for (Map<String, Object> row : rows) {
            JsonNode metadata = objectMapper.readTree(row.get("metadata").toString());
            JsonNode payload = objectMapper.readTree(row.get("payload").toString());
            String type = row.get("payloadtype").toString();
            assertThat(metadata.get("actor").asText()).as(type).isNotBlank();
            assertThat(metadata.get("correlationId").asText()).as(type).isNotBlank();
            assertThat(row.get("timestamp").toString()).as(type).isNotBlank();
            if (!type.endsWith("OpenedEvent")) {
                assertThat(payload.get("basis").get("ruleSetId").asText()).as(type).isEqualTo("perf-rules");
                assertThat(payload.get("basis").get("ruleSetVersion").asInt()).as(type).isEqualTo(2);
                assertThat(payload.get("basis").get("profileId").asText()).as(type).isEqualTo("bekasi-2023");
                assertThat(payload.get("basis").get("ruleIds")).as(type).isNotEmpty();
            }
        }
        assertThat(rows.stream().map(r -> r.get("payloadtype").toString()))
                .anyMatch(t -> t.endsWith("UnitPredikatFinalisedEvent"))
                .anyMatch(t -> t.endsWith("EmployeeRatedEvent"));
    }

    @Test
    @DisplayName("PERF-06 PERF-06a a delegate of the appraiser rates (ORG-05); the unit head's work result is the unit's achievement; another agency's caller is refused")
    void delegateHeadAndAgencyBoundary() {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 10));
        String delegate = org.staff2.get(0);
        String nip = org.staff1.get(0);
        org.delegateAppraisal(delegate, List.of(nip), LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR, 12, 31));
        assertThat(rate(nip, "TAHUNAN", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI").status()).isEqualTo(403);
        assertThat(api.put(delegate, org.agency, plan(nip) + "/evaluations/TAHUNAN/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI")).status())
                .isEqualTo(200);
        JsonNode evaluation = api.await(org.kabid1, org.agency, evaluationUri("TAHUNAN"),
                e -> e.path("results").has(nip));
        assertThat(evaluation.get("results").get(nip).get("appraiserNip").asText()).isEqualTo(delegate);

        assertThat(api.put(org.kabid1, "kota-lain", plan(org.staff1.get(1)) + "/evaluations/TAHUNAN/rating",
                Map.of("workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI")).status())
                .isEqualTo(403);

        // the Kepala Bidang is rated in the Bidang by the Kepala Dinas; a BAIK unit means a SESUAI work result
        assertThat(api.put(org.kadis, org.agency, evaluationUri("TAHUNAN") + "/organisation-rating",
                Map.of("rating", "BAIK")).status()).isEqualTo(200);
        Response wrong = api.put(org.kadis, org.agency, plan(org.kabid1) + "/evaluations/TAHUNAN/rating", Map.of(
                "workResultRating", "DI_ATAS_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("field").asText()).isEqualTo("workResultRating");
        assertThat(wrong.json().get("detail").asText()).contains("SESUAI_EKSPEKTASI");
        assertThat(api.put(org.kadis, org.agency, plan(org.kabid1) + "/evaluations/TAHUNAN/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "DI_ATAS_EKSPEKTASI")).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("H5 a colleague in the same unit reads neither another's SKP, work result, the unit's evaluation, its CSV nor the agency's distribution; the employee, the appraiser and the overseers do")
    void colleaguesReadNothingPersonal() {
        planYear();
        rateAndFinaliseYear();
        String employee = org.staff1.get(0);
        String colleague = org.staff1.get(1);
        api.await(employee, org.agency, plan(employee) + "/plan", p -> "SET".equals(p.path("status").asText()));
        assertThat(api.get(colleague, org.agency, plan(employee) + "/plan", "EMPLOYEE").status()).isEqualTo(403);
        assertThat(api.get(org.kabid1, org.agency, plan(employee) + "/plan", "EMPLOYEE").status()).isEqualTo(200);
        assertThat(api.get("bkpsdm", org.agency, plan(employee) + "/plan", "AGENCY_ADMIN").status()).isEqualTo(200);

        api.await(org.kabid1, org.agency, evaluationUri("TAHUNAN"), e -> e.path("results").has(employee));
        assertThat(api.get(colleague, org.agency, evaluationUri("TAHUNAN"), "EMPLOYEE").status()).isEqualTo(403);
        assertThat(api.get(colleague, org.agency, evaluationUri("TAHUNAN") + "/distribution", "EMPLOYEE").status())
                .isEqualTo(403);
        assertThat(api.get(colleague, org.agency, evaluationUri("TAHUNAN") + "/results.csv", "EMPLOYEE").status())
                .isEqualTo(403);
        web.get().uri(evaluationUri("TAHUNAN") + "/results.csv").header("Authorization", "Bearer "
                + TestTokens.token("simpeg-tpp", org.agency, "PAYROLL_CLIENT")).exchange().expectStatus().isOk();
        assertThat(api.get(colleague, org.agency, "/api/v1/performance/agencies/" + org.agency
                + "/distribution?year=" + YEAR + "&period=TAHUNAN", "EMPLOYEE").status()).isEqualTo(403);
        assertThat(api.get("inspektorat", org.agency, "/api/v1/performance/agencies/" + org.agency
                + "/distribution?year=" + YEAR + "&period=TAHUNAN", "AUDITOR").status()).isEqualTo(200);

        Response submitted = api.post(employee, org.agency, "/api/v1/performance/work-results", Map.of("nip",
                employee, "year", YEAR, "targetNumber", 1, "title", "Laporan", "result", "Laporan v1"));
        String uri = "/api/v1/performance/work-results/" + submitted.json().get("id").asText();
        api.await(employee, org.agency, uri, r -> r.has("status"));
        assertThat(api.get(colleague, org.agency, uri, "EMPLOYEE").status()).isEqualTo(403);
        assertThat(api.get(org.kabid1, org.agency, uri, "EMPLOYEE").status()).isEqualTo(200);
        assertThat(api.get(colleague, org.agency, "/api/v1/performance/pending-reviews", "EMPLOYEE").json()
                .size()).isZero();
    }

    @Test
    @DisplayName("M8 PERF-08 a work role naming a lead who is no employee of the agency is a 422 and stores nothing; that NIP's appraisal input is refused")
    void leadMustBeAnOfficialOfTheAgency() {
        planYear();
        String nip = org.staff1.get(0);
        String crony = "198001012006041999";
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Response role = api.post(org.kabid1, org.agency, plan(nip) + "/roles", Map.of("unitId", org.bidang1, "role",
                "Anggota tim", "leadNip", crony, "basisKind", "SPECIAL_ASSIGNMENT", "from", YEAR + "-01-01"));
        assertThat(role.status()).isEqualTo(422);
        assertThat(role.json().get("field").asText()).isEqualTo("leadNip");
        assertThat(role.json().get("ruleId").asText()).isEqualTo("PERF-08");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
        assertThat(api.post(crony, org.agency, plan(nip) + "/feedback", Map.of("kind", "APPRAISAL_INPUT", "text",
                "sangat baik")).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("L10 evidence and work results take only https/http links: javascript: is a 400 naming the link, and nothing is stored")
    void linksAreWebAddresses() {
        planYear();
        String nip = org.staff1.get(0);
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Response evidence = api.post(nip, org.agency, plan(nip) + "/evidence", Map.of("targetNumber", 1, "period",
                "TRIWULAN_I", "realisation", "3 laporan", "links", List.of("javascript:alert(1)")));
        assertThat(evidence.status()).isEqualTo(400);
        assertThat(evidence.json().get("field").asText()).isEqualTo("links[0]");
        Response result = api.post(nip, org.agency, "/api/v1/performance/work-results", Map.of("nip", nip, "year",
                YEAR, "targetNumber", 1, "title", "x", "result", "x", "links", List.of("data:text/html,<b>x</b>")));
        assertThat(result.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    @DisplayName("PERF-10 the final annual predikat is published as performance.AnnualPredikatFinalised with the perf-rules version")
    void annualPredikatPublished() throws Exception {
        planYear();
        PerfTestClock.today(LocalDate.of(YEAR, 12, 20));
        rateAndFinaliseYear();
        String nip = org.staff1.get(1);
        var records = id.sistemkerja.platform.test.KafkaTopicReader.readUntil(
                id.sistemkerja.platform.test.TestInfrastructure.get().kafkaBootstrapServers(),
                id.sistemkerja.contracts.Topics.PERFORMANCE_EVENTS,
                rs -> rs.stream().anyMatch(r -> new String(r.value()).contains(nip)
                        && new String(r.value()).contains("workResultRating")), java.time.Duration.ofSeconds(30));
        JsonNode envelope = null;
        for (var r : records) {
            JsonNode candidate = objectMapper.readTree(r.value());
            if (candidate.path("payload").path("nip").asText().equals(nip)
                    && candidate.path("payload").has("workResultRating")) {
                envelope = candidate;
            }
        }
        assertThat(envelope).isNotNull();
        JsonNode payload = envelope.get("payload");
        assertThat(payload.get("predikat").asText()).isEqualTo("BAIK");
        assertThat(payload.get("year").asInt()).isEqualTo(YEAR);
        assertThat(payload.get("basis").asText()).isEqualTo("UNIT_FINALISATION");
        assertThat(payload.get("ruleSetId").asText()).isEqualTo("perf-rules");
        assertThat(payload.get("ruleSetVersion").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("PERF-06 the rule set in force on the day decides: under a version that warns, finalisation records the violations with exact counts and the version")
    void ruleSetThatWarns() {
        int year = 2030; // test resource perf-rules/v99.yml: in force from 2030-01-01, onViolation WARN
        PerfTestClock.today(LocalDate.of(year, 12, 10));
        String uri = "/api/v1/performance/units/" + org.bidang1 + "/evaluations/" + year + "/TAHUNAN";
        assertThat(api.put(org.kadis, org.agency, uri + "/organisation-rating", Map.of("rating", "ISTIMEWA"))
                .status()).isEqualTo(200);
        for (String nip : org.staff1) {
            assertThat(api.put(org.kabid1, org.agency, "/api/v1/employees/" + nip + "/performance/" + year
                    + "/evaluations/TAHUNAN/rating", Map.of("workResultRating", "DI_ATAS_EKSPEKTASI",
                    "behaviourRating", "DI_ATAS_EKSPEKTASI")).status()).isEqualTo(200);
        }
        assertThat(api.post(org.kabid1, org.agency, uri + "/finalisation", null).status()).isEqualTo(200);
        JsonNode evaluation = api.await(org.kabid1, org.agency, uri, e -> e.path("finalised").asBoolean());
        assertThat(evaluation.get("onViolation").asText()).isEqualTo("WARN");
        assertThat(evaluation.get("violations").get(0).asText())
                .startsWith("SANGAT_BAIK 3 of 3 = 100% > 70% (at most 2 of 3 with rounding DOWN");
        assertThat(evaluation.get("basis").get("ruleSetVersion").asInt()).isEqualTo(99);
    }
}
