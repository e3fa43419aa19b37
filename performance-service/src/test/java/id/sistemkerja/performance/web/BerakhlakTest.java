package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.performance.web.PerfApi.Response;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PERF-06b: work behaviour (perilaku kerja) is rated on the seven BerAKHLAK core values (PermenPANRB 6/2022), and the
 * leader may add specific behaviour expectations (ekspektasi khusus pimpinan), which are before the appraiser when
 * rating and shown with the evaluation.
 */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class BerakhlakTest {

    static final int YEAR = 2025;
    static final List<String> CORE_VALUES = List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS",
            "LOYAL", "ADAPTIF", "KOLABORATIF");

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    OrgReplica replica;
    @Autowired
    MongoProfileBindings bindings;

    PerfApi api;
    PerfOrg org;

    @BeforeEach
    void setUp() {
        api = new PerfApi(web, objectMapper);
        org = new PerfOrg(replica, bindings, 1);
        PerfTestClock.today(LocalDate.of(YEAR, 1, 10));
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas, "year", YEAR,
                "targets", List.of(Map.of("description", "Derajat kesehatan"))));
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1, "year",
                YEAR, "targets", List.of(Map.of("description", "Cakupan", "supportsTargetRef", "pk:" + org.dinas
                        + ":" + YEAR + "#1"))));
    }

    private String plan(String nip) {
        return "/api/v1/employees/" + nip + "/performance/" + YEAR;
    }

    private static Map<String, Object> aspects(int count) {
        Map<String, Object> aspects = new LinkedHashMap<>();
        CORE_VALUES.subList(0, count).forEach(v -> aspects.put(v, "SESUAI_EKSPEKTASI"));
        return aspects;
    }

    @Test
    @DisplayName("PERF-06b the seven BerAKHLAK core values are rated together (PermenPANRB 6/2022): six of seven are "
            + "refused 400 naming the one not rated; all seven are recorded and shown in the evaluation")
    void sevenCoreValues() {
        String nip = org.staff1.get(0);
        api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets", List.of(Map.of("description", "Laporan",
                "supportsTargetRef", "pk:" + org.bidang1 + ":" + YEAR + "#1"))));
        PerfTestClock.today(LocalDate.of(YEAR, 3, 25));
        Response six = api.put(org.kabid1, org.agency, plan(nip) + "/evaluations/TRIWULAN_I/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI",
                "behaviourAspects", aspects(6)));
        assertThat(six.status()).isEqualTo(400);
        assertThat(six.json().get("ruleId").asText()).isEqualTo("PERF-06");
        assertThat(six.json().get("detail").asText()).contains("KOLABORATIF");
        Map<String, Object> seven = new LinkedHashMap<>(aspects(7));
        seven.put("KOLABORATIF", "DI_ATAS_EKSPEKTASI");
        assertThat(api.put(org.kabid1, org.agency, plan(nip) + "/evaluations/TRIWULAN_I/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI",
                "behaviourAspects", seven)).status()).isEqualTo(200);
        JsonNode evaluation = api.await(org.kabid1, org.agency, "/api/v1/performance/units/" + org.bidang1
                + "/evaluations/" + YEAR + "/TRIWULAN_I", e -> e.path("results").has(nip));
        JsonNode rated = evaluation.get("results").get(nip).get("behaviourAspects");
        assertThat(rated.size()).isEqualTo(7);
        assertThat(rated.get("KOLABORATIF").asText()).isEqualTo("DI_ATAS_EKSPEKTASI");
    }

    @Test
    @DisplayName("PERF-06b a leader's specific behaviour expectation (ekspektasi khusus pimpinan) on a BerAKHLAK value "
            + "is recorded on the SKP and shown with the evaluation as before the appraiser when rating")
    void leaderExpectationShownInEvaluation() {
        String nip = org.staff1.get(0);
        api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets", List.of(Map.of("description", "Laporan",
                "supportsTargetRef", "pk:" + org.bidang1 + ":" + YEAR + "#1"))));
        Response expectation = api.post(org.kadis, org.agency, plan(nip) + "/expectations", Map.of("coreValue",
                "BERORIENTASI_PELAYANAN", "text", "Menanggapi aduan masyarakat dalam 1 x 24 jam"));
        assertThat(expectation.status()).isEqualTo(201);
        String id = expectation.json().get("id").asText();
        JsonNode skp = api.await(nip, org.agency, plan(nip) + "/plan", p -> p.path("expectations").size() == 1);
        assertThat(skp.get("expectations").get(0).get("expectationId").asText()).isEqualTo(id);
        PerfTestClock.today(LocalDate.of(YEAR, 3, 25));
        assertThat(api.put(org.kabid1, org.agency, plan(nip) + "/evaluations/TRIWULAN_I/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "DI_ATAS_EKSPEKTASI")).status())
                .isEqualTo(200);
        JsonNode evaluation = api.await(org.kabid1, org.agency, "/api/v1/performance/units/" + org.bidang1
                + "/evaluations/" + YEAR + "/TRIWULAN_I", e -> e.path("results").path(nip)
                .path("behaviourExpectations").size() == 1);
        JsonNode shown = evaluation.get("results").get(nip).get("behaviourExpectations").get(0);
        assertThat(shown.get("expectationId").asText()).isEqualTo(id);
        assertThat(shown.get("coreValue").asText()).isEqualTo("BERORIENTASI_PELAYANAN");
        assertThat(shown.get("text").asText()).isEqualTo("Menanggapi aduan masyarakat dalam 1 x 24 jam");
        assertThat(shown.get("setBy").asText()).isEqualTo(org.kadis);
    }
}
