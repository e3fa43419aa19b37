package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refused placement is a 422 (403 for the wrong official) problem+json naming the rule id and the article, and
 * stores nothing.
 */
@SiKerjaServiceTest
class PlacementRefusalTest {

    private static final String FROM = "2024-01-02";

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    private OrgTestClient org;
    private String dinkes;
    private String kadis;
    private String yankes;
    private String kabid;
    private String kasi;
    private String analis;
    private String staf;
    private String p2p;
    private String kabidP2p;
    private String epidemiolog;
    private String puskesmas;
    private String dokter;

    @BeforeEach
    void structure() {
        org = new OrgTestClient(web, jdbc);
        dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        kadis = org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        yankes = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        kabid = org.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan Kesehatan", true);
        kasi = org.structural(yankes, "kasi", "PENGAWAS", "Kepala Seksi Pelayanan Primer", false);
        analis = org.functional(yankes, "analis", "Administrator Kesehatan Ahli Muda", "AHLI_MUDA", false);
        staf = org.pelaksana(yankes, "pengadministrasi", "Pengadministrasi Umum", 5);
        p2p = org.unit(dinkes, "p2p", "BIDANG", "Bidang Pencegahan dan Pengendalian Penyakit");
        kabidP2p = org.structural(p2p, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        epidemiolog = org.functional(p2p, "epidemiolog", "Epidemiolog Kesehatan Ahli Muda", "AHLI_MUDA", false);
        puskesmas = org.unit(dinkes, "pkm-garuda", "PUSKESMAS", "UPTD Puskesmas Garuda");
        dokter = org.functional(puskesmas, "dokter", "Dokter Ahli Pertama", "AHLI_PERTAMA", false);
    }

    /** Places as the PPK and expects a refusal naming {@code ruleId}; asserts nothing was stored. */
    private WebTestClient.BodyContentSpec refused(int status, String ruleId, String token, Map<String, Object> body) {
        long before = org.storedEvents();
        WebTestClient.BodyContentSpec problem = org.post(token, "/api/v1/placements", body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.ruleId").isEqualTo(ruleId)
                .jsonPath("$.article").isNotEmpty()
                .jsonPath("$.violations[0].ruleId").isEqualTo(ruleId);
        assertThat(org.storedEvents()).as("events stored by a refused placement").isEqualTo(before);
        return problem;
    }

    private static Map<String, Object> placement(String nip, String unit, String appraiser, String from) {
        return Map.of("nip", nip, "unitId", unit, "appraiserPositionId", appraiser, "effectiveFrom", from);
    }

    @Test
    @DisplayName("ORG-04 an employee without a JF or Pelaksana position is not placed; a structural official neither")
    void onlyFunctionalAndPelaksanaArePlaced() {
        String unappointed = org.employee("Belum Berjabatan");
        refused(422, "ORG-04", org.ppk, placement(unappointed, yankes, kabid, FROM)).jsonPath("$.field").isEqualTo("nip");
        String kasiNip = org.holder(kasi, "Kepala Seksi", FROM);
        refused(422, "ORG-04", org.ppk, placement(kasiNip, yankes, kabid, FROM))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("structural"));
    }

    @Test
    @DisplayName("ORG-04 a JF and a Pelaksana are placed under a JPT, Administrator or Pengawas of their unit's line")
    void placedUnderStructuralAppraiser() {
        String jf = org.holder(analis, "Analis", FROM);
        String pelaksana = org.holder(staf, "Staf", FROM);
        org.place(jf, yankes, kasi, FROM).expectStatus().isCreated();
        org.place(pelaksana, yankes, kadis, FROM).expectStatus().isCreated()
                .expectBody().jsonPath("$.placementId").isNotEmpty();
    }

    @Test
    @DisplayName("ORG-05 the appraiser is the direct superior: not a position of another unit's line, not a Pelaksana")
    void appraiserIsDirectSuperior() {
        String jf = org.holder(analis, "Analis", FROM);
        refused(422, "ORG-05", org.ppk, placement(jf, yankes, kabidP2p, FROM))
                .jsonPath("$.field").isEqualTo("appraiserPositionId");
        refused(422, "ORG-05", org.ppk, placement(jf, yankes, staf, FROM))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("at least a Pengawas"));
    }

    @Test
    @DisplayName("ORG-06 a JF is appraiser only as the appointed head of an independent unit")
    void functionalAppraiserOnlyAsHeadOfIndependentUnit() {
        String jf = org.holder(dokter, "dr. Dokter", FROM);
        String colleague = org.functional(puskesmas, "dokter-senior", "Dokter Ahli Madya", "AHLI_MADYA", false);
        refused(422, "ORG-06", org.ppk, placement(jf, puskesmas, colleague, FROM));
    }

    @Test
    @DisplayName("ORG-06 the JF head of a Puskesmas appraises the JF placed there")
    void functionalHeadOfPuskesmasAppraises() {
        String kapus = org.functional(puskesmas, "kapus", "Dokter Ahli Madya (Kepala Puskesmas)", "AHLI_MADYA", true);
        String kapusNip = org.holder(kapus, "dr. Kapus", FROM);
        String jf = org.holder(dokter, "dr. Dokter", FROM);
        org.place(jf, puskesmas, kapus, FROM).expectStatus().isCreated();
        org.expectAppraiser(jf, "2024-03-01", kapusNip);
    }

    @Test
    @DisplayName("ORG-07 placement is decided by the PPK: another official gets 403 naming the rule, nothing stored")
    void decidedByThePpk() {
        String jf = org.holder(analis, "Analis", FROM);
        refused(403, "ORG-07", org.admin, placement(jf, yankes, kabid, FROM));
        String kabidToken = TestTokens.token("198203102006042002", org.agency, "EMPLOYEE");
        refused(403, "ORG-07", kabidToken, placement(jf, yankes, kabid, FROM));
    }

    @Test
    @DisplayName("ORG-07 placement follows the job map: the employee's position must be in the unit's peta jabatan")
    void followsTheJobMap() {
        String epi = org.holder(epidemiolog, "Epidemiolog", FROM);
        refused(422, "ORG-07", org.ppk, placement(epi, yankes, kabid, FROM)).jsonPath("$.field").isEqualTo("unitId");
        org.place(epi, p2p, kabidP2p, FROM).expectStatus().isCreated();
    }

    @Test
    @DisplayName("ORG-07 without a profile fallback, a unit without a job map takes no placement (the Serang fallback is profile data, not wired yet)")
    void unitWithoutJobMapRefusedByCommonCore() {
        String kesling = org.unit(dinkes, "kesling", "BIDANG", "Bidang Kesehatan Lingkungan");
        String kabidKesling = org.structural(kesling, "kabid", "ADMINISTRATOR", "Kepala Bidang Kesling", true);
        String jf = org.holder(analis, "Analis", FROM);
        refused(422, "ORG-07", org.ppk, placement(jf, kesling, kabidKesling, FROM))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("no job map"));
    }

    @Test
    @DisplayName("ORG-05 ORG-07 a placement breaking several rules names each of them")
    void everyBrokenRuleIsNamed() {
        String epi = org.holder(epidemiolog, "Epidemiolog", FROM);
        refused(422, "ORG-05", org.ppk, placement(epi, yankes, staf, FROM))
                .jsonPath("$.violations[*].ruleId").value(ids -> assertThat(ids.toString())
                        .contains("ORG-05").contains("ORG-07"));
    }

    @Test
    @DisplayName("ORG-10 a placement cannot start before (or on) the placement in force; a repeat is a conflict")
    void historyInOrder() {
        String jf = org.holder(analis, "Analis", FROM);
        org.place(jf, yankes, kabid, "2024-03-01").expectStatus().isCreated();
        refused(422, "ORG-10", org.ppk, placement(jf, yankes, kasi, "2024-02-01"))
                .jsonPath("$.field").isEqualTo("effectiveFrom");
        long before = org.storedEvents();
        org.place(jf, yankes, kabid, "2024-03-01").expectStatus().isEqualTo(409);
        assertThat(org.storedEvents()).isEqualTo(before);
    }

    @Test
    @DisplayName("ORG-07 a PPK of another agency cannot place this agency's employee")
    void otherAgencysPpk() {
        String jf = org.holder(analis, "Analis", FROM);
        long before = org.storedEvents();
        org.post(TestTokens.token("196501011990031001", "kota-lain", "STAFFING_AUTHORITY"), "/api/v1/placements",
                placement(jf, yankes, kabid, FROM)).expectStatus().isForbidden();
        assertThat(org.storedEvents()).isEqualTo(before);
    }

    @Test
    @DisplayName("ORG-07 ORG-10 ending a placement is the PPK's act, and cannot end before it started")
    void endingAPlacement() {
        String jf = org.holder(analis, "Analis", FROM);
        String placementId = org.place(jf, yankes, kabid, FROM).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("placementId").toString();
        org.awaitJson(org.admin, "/api/v1/placements/" + placementId, "$.nip", jf);
        String path = "/api/v1/placements/" + placementId + "/end";
        long before = org.storedEvents();
        org.post(org.admin, path, Map.of("effectiveOn", "2024-06-01")).expectStatus().isForbidden()
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-07");
        org.post(org.ppk, path, Map.of("effectiveOn", FROM)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-10");
        assertThat(org.storedEvents()).isEqualTo(before);
        org.post(org.ppk, path, Map.of("effectiveOn", "2024-06-01")).expectStatus().isOk();
        org.awaitJson(org.admin, "/api/v1/placements/" + placementId, "$.until", "2024-06-01");
        refused(422, "ORG-10", org.ppk, placement(jf, yankes, kasi, "2024-05-01"));
        org.place(jf, yankes, kasi, "2024-06-01").expectStatus().isCreated();
    }
}
