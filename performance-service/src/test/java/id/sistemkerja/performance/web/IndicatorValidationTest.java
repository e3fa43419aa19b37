package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.performance.web.PerfApi.Response;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ORG-11 on the SKP: the official who validates the individual performance indicators (IKI) is recorded on a Bekasi
 * JF's SKP and only that official validates them (Perwal Bekasi 31/2021 Pasal 6(6)-(9), 11(2)-(3)); where the profile
 * sets no coordination, the appraiser.
 */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class IndicatorValidationTest {

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

    @BeforeEach
    void setUp() {
        api = new PerfApi(web, objectMapper);
        PerfTestClock.today(LocalDate.of(YEAR, 1, 10));
    }

    private static String plan(String nip) {
        return "/api/v1/employees/" + nip + "/performance/" + YEAR;
    }

    private static Map<String, Object> target(String description, String supports) {
        return Map.of("description", description, "indicator", "dokumen", "targetValue", "12",
                "supportsTargetRef", supports);
    }

    /** Agreements of the Dinas and Bidang 1 and the SKP of {@code nip} drafted against Bidang 1's target. */
    private void agreementsAndDraft(PerfOrg org, String nip) {
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas,
                "year", YEAR, "targets", List.of(Map.of("description", "Derajat kesehatan")))).status())
                .isEqualTo(201);
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1,
                "year", YEAR, "targets", List.of(target("Cakupan surveilans", "pk:" + org.dinas + ":" + YEAR
                + "#1")))).status()).isEqualTo(201);
        assertThat(api.put(nip, org.agency, plan(nip) + "/plan", Map.of("targets", List.of(target("Kajian "
                + "epidemiologi", "pk:" + org.bidang1 + ":" + YEAR + "#1")))).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("ORG-11 Bekasi: the SKP of a JF ahli madya placed under the Kepala Bidang records the Kepala Dinas as "
            + "IKI validator, and only the Kepala Dinas validates (Perwal Bekasi 31/2021 Pasal 6(6), 11(3)): the "
            + "appraiser gets 403 naming the rule, the article and who may")
    void bekasiCoordinatorValidates() {
        PerfOrg org = new PerfOrg(replica, bindings, 0);
        String madya = org.placedJf(org.bidang1, org.dinas, FunctionalLevel.AHLI_MADYA);
        agreementsAndDraft(org, madya);
        JsonNode skp = api.await(madya, org.agency, plan(madya) + "/plan", p -> p.has("indicatorValidator"));
        assertThat(skp.get("indicatorValidator").get("nip").asText()).isEqualTo(org.kadis);
        assertThat(skp.get("indicatorValidator").get("basis").asText()).isEqualTo("TECHNICAL_COORDINATION");
        assertThat(skp.get("appraiserNip").asText()).isEqualTo(org.kabid1);

        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Response byAppraiser = api.post(org.kabid1, org.agency, plan(madya) + "/plan/indicator-validation", null);
        assertThat(byAppraiser.status()).isEqualTo(403);
        assertThat(byAppraiser.json().get("ruleId").asText()).isEqualTo("ORG-11");
        assertThat(byAppraiser.json().get("article").asText()).isEqualTo("Perwal Bekasi 31/2021 Pasal 6(6); "
                + "Perwal Bekasi 31/2021 Pasal 11(2)-(3)");
        assertThat(byAppraiser.json().get("detail").asText()).contains("Who may: " + org.kadis);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);

        assertThat(api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(200);
        assertThat(api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(409);
        JsonNode validated = api.await(madya, org.agency, plan(madya) + "/plan",
                p -> p.path("indicatorValidation").has("validatedBy"));
        assertThat(validated.get("indicatorValidation").get("validatedBy").asText()).isEqualTo(org.kadis);
        assertThat(validated.get("indicatorValidation").get("basis").get("ruleIds").toString()).contains("ORG-11");
    }

    @Test
    @DisplayName("ORG-11 Bekasi: validating the IKI is not a condition for setting the SKP (reading of bekasi-2021 v2, "
            + "Perwal Bekasi 31/2021 Pasal 11(3)); a redraft asks for a new validation")
    void validationIsNoConditionOfSetting() {
        PerfOrg org = new PerfOrg(replica, bindings, 0);
        String madya = org.placedJf(org.bidang1, org.dinas, FunctionalLevel.AHLI_MADYA);
        agreementsAndDraft(org, madya);
        assertThat(api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(200);
        assertThat(api.put(madya, org.agency, plan(madya) + "/plan", Map.of("targets", List.of(target("Kajian dan "
                + "laporan", "pk:" + org.bidang1 + ":" + YEAR + "#1")))).status()).isEqualTo(200);
        JsonNode redrafted = api.await(madya, org.agency, plan(madya) + "/plan",
                p -> p.path("indicatorValidation").isNull() || !p.has("indicatorValidation"));
        assertThat(redrafted.get("targets").get(0).get("description").asText()).isEqualTo("Kajian dan laporan");
        assertThat(api.post(madya, org.agency, plan(madya) + "/plan/signature", null).status()).isEqualTo(200);
        assertThat(api.post(org.kabid1, org.agency, plan(madya) + "/plan/approval", null).status()).isEqualTo(200);
        assertThat(api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("ORG-11 Bandung: no technical coordination by level, so the appraiser validates the IKI; the Kepala "
            + "Dinas gets 403 (PERF-08)")
    void bandungAppraiserValidates() {
        PerfOrg org = new PerfOrg(replica, bindings, 0, new ProfileRef("bandung-2023", 2), LocalDate.of(2023, 4, 1));
        String madya = org.placedJf(org.bidang1, org.dinas, FunctionalLevel.AHLI_MADYA);
        agreementsAndDraft(org, madya);
        JsonNode skp = api.await(madya, org.agency, plan(madya) + "/plan", p -> p.has("indicatorValidator"));
        assertThat(skp.get("indicatorValidator").get("nip").asText()).isEqualTo(org.kabid1);
        assertThat(skp.get("indicatorValidator").get("basis").asText()).isEqualTo("APPRAISER");
        Response byKadis = api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null);
        assertThat(byKadis.status()).isEqualTo(403);
        assertThat(byKadis.json().get("ruleId").asText()).isEqualTo("PERF-08");
        assertThat(api.post(org.kabid1, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("ORG-11 Bekasi: while the replica does not know who holds the coordinating post (the Kepala Dinas "
            + "retired, the successor's appointment held back), the validation is a retryable 409 "
            + "fact-not-yet-known, not a refusal; once the appointment arrives the successor validates")
    void coordinatorNotYetKnown() {
        PerfOrg org = new PerfOrg(replica, bindings, 0);
        String madya = org.placedJf(org.bidang1, org.dinas, FunctionalLevel.AHLI_MADYA);
        agreementsAndDraft(org, madya);
        org.vacateHead(org.dinas, org.kadis, LocalDate.of(YEAR, 1, 5));
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Response waiting = api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null);
        assertThat(waiting.status()).isEqualTo(409);
        assertThat(waiting.json().get("type").asText()).isEqualTo("https://sistemkerja.id/problems/fact-not-yet-known");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);

        String successor = org.appointHead(org.dinas, org.dinas, PositionKind.JPT_PRATAMA, LocalDate.of(YEAR, 1, 6));
        assertThat(api.post(org.kadis, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(403);
        assertThat(api.post(successor, org.agency, plan(madya) + "/plan/indicator-validation", null).status())
                .isEqualTo(200);
    }
}
