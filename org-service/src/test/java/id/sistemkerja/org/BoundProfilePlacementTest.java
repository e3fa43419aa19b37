package id.sistemkerja.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile-dependent placement rules as the agency's bound regulation profile sets them: the same facts get
 * different verdicts under different profiles, from the binding's effective date on, and every refusal names the
 * rule and the article of the agency's own regulation.
 */
@SiKerjaServiceTest
class BoundProfilePlacementTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private OrgTestClient org;

    @BeforeEach
    void agency() {
        org = new OrgTestClient(web, jdbc);
    }

    /** Binds the test agency to version 2 of {@code profileId} (the December 2026 reading) from {@code from}. */
    private void bind(String profileId, String from) {
        bind(profileId, 2, from);
    }

    private void bind(String profileId, int version, String from) {
        org.post(org.admin, "/api/v1/agencies/" + org.agency + "/profile-bindings", Map.of("profileId", profileId,
                "profileVersion", version, "effectiveFrom", from, "legalBasis", "Perwal " + profileId))
                .expectStatus().isCreated();
    }

    /** A Bidang with its Administrator head, a Pengawas and a Pelaksana position held since 2024-01-02. */
    private record Bidang(String unit, String kabid, String kasi, String stafNip) {
    }

    private Bidang bidangWithPengawas() {
        String dinas = org.department("dpu", "DINAS", "Dinas Pekerjaan Umum");
        String bidang = org.unit(dinas, "bm", "BIDANG", "Bidang Bina Marga");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang Bina Marga", true);
        String kasi = org.structural(bidang, "kasi", "PENGAWAS", "Kepala Seksi Jalan", false);
        String staf = org.pelaksana(bidang, "staf", "Pengadministrasi Teknik", 6);
        return new Bidang(bidang, kabid, kasi, org.holder(staf, "Staf Bina Marga", "2024-01-02"));
    }

    private JsonNode placedEvent(String nip) throws Exception {
        return json.readTree(jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%EmployeePlacedEvent' ORDER BY sequencenumber DESC LIMIT 1", String.class, nip));
    }

    @Test
    @DisplayName("ORG-08 bandung-2023: a Pelaksana under the Administrator while the unit has a Pengawas is refused "
            + "(Perwal Bandung 6/2023 Pasal 6(4)), nothing stored; under the Pengawas it is placed")
    void bandungPelaksanaUnderPengawas() throws Exception {
        bind("bandung-2023", "2023-04-01");
        Bidang b = bidangWithPengawas();
        long before = org.storedEvents();
        org.place(b.stafNip(), b.unit(), b.kabid(), "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-08")
                .jsonPath("$.article").isEqualTo("Perwal Bandung 6/2023 Pasal 6(4)")
                .jsonPath("$.violations[0].field").isEqualTo("appraiserPositionId");
        assertThat(org.storedEvents()).isEqualTo(before);

        org.place(b.stafNip(), b.unit(), b.kasi(), "2024-01-02").expectStatus().isCreated();
        JsonNode placed = placedEvent(b.stafNip());
        assertThat(placed.get("profileId").asText()).isEqualTo("bandung-2023");
        assertThat(placed.get("profileVersion").asText()).isEqualTo("2");
        assertThat(placed.get("ruleIds").toString()).contains("ORG-07", "ORG-08");
    }

    @Test
    @DisplayName("ORG-08 bandung-2023: in a unit without a Pengawas the Pelaksana is placed under the Administrator")
    void bandungAdministratorWhenNoPengawas() {
        bind("bandung-2023", "2023-04-01");
        String dinas = org.department("dpu", "DINAS", "Dinas Pekerjaan Umum");
        String bidang = org.unit(dinas, "sda", "BIDANG", "Bidang Sumber Daya Air");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang SDA", true);
        String staf = org.pelaksana(bidang, "staf", "Pengadministrasi Teknik", 6);
        String nip = org.holder(staf, "Staf SDA", "2024-01-02");
        org.place(nip, bidang, kabid, "2024-01-02").expectStatus().isCreated();
    }

    @Test
    @DisplayName("ORG-08: the same placement under the common core (no city regulation bound) is allowed, and the "
            + "decision records national-7-2022")
    void commonCoreAllowsAdministrator() throws Exception {
        Bidang b = bidangWithPengawas();
        org.place(b.stafNip(), b.unit(), b.kabid(), "2024-01-02").expectStatus().isCreated();
        assertThat(placedEvent(b.stafNip()).get("profileId").asText()).isEqualTo("national-7-2022");
    }

    @Test
    @DisplayName("ORG-08: a binding governs placements from its effective date only; an earlier placement date is "
            + "decided under the common core")
    void bindingFromEffectiveDate() throws Exception {
        bind("bandung-2023", "2024-07-01");
        Bidang b = bidangWithPengawas();
        org.place(b.stafNip(), b.unit(), b.kabid(), "2024-06-30").expectStatus().isCreated();
        assertThat(placedEvent(b.stafNip()).get("profileId").asText()).isEqualTo("national-7-2022");
        org.place(b.stafNip(), b.unit(), b.kabid(), "2024-07-01").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-08");
    }

    /** A Bidang whose job map is empty, and a JF position of the department's secretariat held since 2024-01-02. */
    private String[] unitWithoutJobMap() {
        String dinas = org.department("dpmptsp", "DINAS", "Dinas Penanaman Modal dan PTSP");
        String sekretariat = org.unit(dinas, "sekr", "SEKRETARIAT", "Sekretariat");
        org.structural(sekretariat, "sekdis", "ADMINISTRATOR", "Sekretaris Dinas", true);
        String analis = org.functional(sekretariat, "analis", "Analis Kebijakan Ahli Muda", "AHLI_MUDA", false);
        String bidang = org.unit(dinas, "promosi", "BIDANG", "Bidang Promosi Penanaman Modal");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang Promosi", true);
        String nip = org.holder(analis, "Analis Kebijakan", "2024-01-02");
        return new String[]{bidang, kabid, nip};
    }

    @Test
    @DisplayName("ORG-07 serang-2023: while a unit has no job map the JF is placed under the structural official in "
            + "charge of the function (Perwal Serang 23/2023 Pasal 5(2))")
    void serangFallbackWithoutJobMap() throws Exception {
        bind("serang-2023", "2023-06-01");
        String[] u = unitWithoutJobMap();
        org.place(u[2], u[0], u[1], "2024-01-02").expectStatus().isCreated();
        JsonNode placed = placedEvent(u[2]);
        assertThat(placed.get("profileId").asText()).isEqualTo("serang-2023");
        assertThat(placed.get("ruleIds").toString()).contains("ORG-07");
    }

    @Test
    @DisplayName("ORG-07 bandung-2023: without a Serang-style fallback a unit without a job map receives no "
            + "placement (422 ORG-07), nothing stored")
    void bandungNoFallback() {
        bind("bandung-2023", "2023-04-01");
        String[] u = unitWithoutJobMap();
        long before = org.storedEvents();
        org.place(u[2], u[0], u[1], "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-07");
        assertThat(org.storedEvents()).isEqualTo(before);
    }

    /** A Dinas with a Bidang led by an Administrator and without a Pengawas (Perwal Bekasi 37/2023 Gambar 1). */
    private record BidangWithoutPengawas(String dinas, String bidang, String kadis, String kabid, String kadisNip,
                                         String kabidNip) {
    }

    private BidangWithoutPengawas bidangWithoutPengawas() {
        String dinas = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String kadis = org.structural(dinas, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String bidang = org.unit(dinas, "p2p", "BIDANG", "Bidang Pencegahan dan Pengendalian Penyakit");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        return new BidangWithoutPengawas(dinas, bidang, kadis, kabid, org.holder(kadis, "Kepala Dinas", "2024-01-02"),
                org.holder(kabid, "Kepala Bidang", "2024-01-02"));
    }

    @Test
    @DisplayName("ORG-11 Bekasi: coordination is not placement: a JF ahli pertama in a Bidang without a Pengawas is "
            + "placed under the Kepala Bidang (Perwal Bekasi 37/2023 Pasal 7(1), lampiran C.1 Gambar 1) and an ahli "
            + "madya too, although Perwal Bekasi 31/2021 Pasal 6(6),(8) name a Pengawas and the JPT as coordinators; "
            + "the decisions record no ORG-11")
    void bekasiCoordinationIsNotPlacement() throws Exception {
        bind("bekasi-2023", "2023-07-06");
        BidangWithoutPengawas b = bidangWithoutPengawas();
        String pertama = org.holder(org.functional(b.bidang(), "epid1", "Epidemiolog Kesehatan Ahli Pertama",
                "AHLI_PERTAMA", false), "Epidemiolog", "2024-01-02");
        String madya = org.holder(org.functional(b.bidang(), "epid3", "Epidemiolog Kesehatan Ahli Madya",
                "AHLI_MADYA", false), "Epidemiolog Madya", "2024-01-02");
        org.place(pertama, b.bidang(), b.kabid(), "2024-01-02").expectStatus().isCreated();
        org.place(madya, b.bidang(), b.kabid(), "2024-01-02").expectStatus().isCreated();
        JsonNode placed = placedEvent(pertama);
        assertThat(placed.get("profileId").asText()).isEqualTo("bekasi-2023");
        assertThat(placed.get("ruleIds").toString()).doesNotContain("ORG-11");
        org.expectAppraiser(madya, "2024-03-01", b.kabidNip());
    }

    @Test
    @DisplayName("ORG-11 Bekasi: an agency still bound to bekasi-2023 version 1 is not refused either (the placement "
            + "code no longer reads the coordination rows); its earlier decisions keep what they recorded")
    void bekasiVersionOneNotRefusedEither() {
        bind("bekasi-2023", 1, "2023-07-06");
        BidangWithoutPengawas b = bidangWithoutPengawas();
        String pertama = org.holder(org.functional(b.bidang(), "epid1", "Epidemiolog Kesehatan Ahli Pertama",
                "AHLI_PERTAMA", false), "Epidemiolog", "2024-01-02");
        org.place(pertama, b.bidang(), b.kabid(), "2024-01-02").expectStatus().isCreated();
    }

    @Test
    @DisplayName("ORG-11 Bekasi: who validates the IKI is answered by GET /employees/{nip}/indicator-validator: the "
            + "Kepala Bidang for an ahli pertama without a Pengawas in the line (nearest more senior, Perwal Bekasi "
            + "31/2021 Pasal 6(8), 11(3)), the Kepala Dinas for an ahli madya (Pasal 6(6))")
    void indicatorValidatorQuery() {
        bind("bekasi-2023", "2023-07-06");
        BidangWithoutPengawas b = bidangWithoutPengawas();
        String pertama = org.holder(org.functional(b.bidang(), "epid1", "Epidemiolog Kesehatan Ahli Pertama",
                "AHLI_PERTAMA", false), "Epidemiolog", "2024-01-02");
        String madya = org.holder(org.functional(b.bidang(), "epid3", "Epidemiolog Kesehatan Ahli Madya",
                "AHLI_MADYA", false), "Epidemiolog Madya", "2024-01-02");
        org.place(pertama, b.bidang(), b.kabid(), "2024-01-02").expectStatus().isCreated();
        org.place(madya, b.bidang(), b.kabid(), "2024-01-02").expectStatus().isCreated();
        org.expectAppraiser(madya, "2024-03-01", b.kabidNip());
        org.expectAppraiser(pertama, "2024-03-01", b.kabidNip());

        String first = org.awaitJson(org.admin, "/api/v1/employees/" + pertama + "/indicator-validator?date=2024-03-01",
                "$.validatorNip", b.kabidNip());
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(first, "$.basis")).isEqualTo("TECHNICAL_COORDINATION");
        assertThat(com.jayway.jsonpath.JsonPath.<Boolean>read(first, "$.nearestAbove")).isTrue();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(first, "$.citations[0].article")).isEqualTo("Pasal 6");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(first, "$.citations[0].paragraph")).isEqualTo("(8)");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(first, "$.decision.profileId")).isEqualTo("bekasi-2023");
        org.awaitJson(org.admin, "/api/v1/employees/" + madya + "/indicator-validator?date=2024-03-01",
                "$.validatorNip", b.kadisNip());
    }

    @Test
    @DisplayName("ORG-11 Bekasi: a JF ahli madya working in a UPTD of the Dinas is validated by the Kepala Dinas (Perwal "
            + "Bekasi 31/2021 Pasal 6(6), 11(3)); GET /employees/{nip}/indicator-validator names the JPT's power to "
            + "delegate activity validation to an Administrator (Pasal 5(5), a reading: no act moves the IKI validation)")
    void bekasiUptdDelegation() {
        bind("bekasi-2023", "2023-07-06");
        BidangWithoutPengawas b = bidangWithoutPengawas();
        String uptd = org.unit(b.dinas(), "labkesda", "UPTD", "UPTD Laboratorium Kesehatan Daerah");
        String kaUptd = org.structural(uptd, "kepala", "ADMINISTRATOR", "Kepala UPTD Labkesda", true);
        org.holder(kaUptd, "Kepala UPTD", "2024-01-02");
        String madya = org.holder(org.functional(uptd, "pranata", "Pranata Laboratorium Kesehatan Ahli Madya",
                "AHLI_MADYA", false), "Pranata Labkes Madya", "2024-01-02");
        org.place(madya, uptd, kaUptd, "2024-01-02").expectStatus().isCreated();

        String answer = org.awaitJson(org.admin, "/api/v1/employees/" + madya + "/indicator-validator?date=2024-03-01",
                "$.validatorNip", b.kadisNip());
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.basis")).isEqualTo("TECHNICAL_COORDINATION");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.kind")).isEqualTo("JPT_PRATAMA");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.delegableTo")).isEqualTo("ADMINISTRATOR");
        List<String> articles = com.jayway.jsonpath.JsonPath.read(answer, "$.citations[*].article");
        List<String> paragraphs = com.jayway.jsonpath.JsonPath.read(answer, "$.citations[*].paragraph");
        assertThat(articles.get(paragraphs.indexOf("(5)"))).isEqualTo("Pasal 5");
        assertThat(paragraphs).contains("(6)");
    }

    @Test
    @DisplayName("ORG-11 Bandung: no technical coordination by level, so the appraiser validates the IKI "
            + "(GET /employees/{nip}/indicator-validator, basis APPRAISER)")
    void indicatorValidatorIsTheAppraiserElsewhere() {
        bind("bandung-2023", "2023-04-01");
        BidangWithoutPengawas b = bidangWithoutPengawas();
        String madya = org.holder(org.functional(b.bidang(), "epid3", "Epidemiolog Kesehatan Ahli Madya",
                "AHLI_MADYA", false), "Epidemiolog Madya", "2024-01-02");
        org.place(madya, b.bidang(), b.kabid(), "2024-01-02").expectStatus().isCreated();
        org.expectAppraiser(madya, "2024-03-01", b.kabidNip());
        String answer = org.awaitJson(org.admin, "/api/v1/employees/" + madya + "/indicator-validator?date=2024-03-01",
                "$.validatorNip", b.kabidNip());
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.basis")).isEqualTo("APPRAISER");
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(answer, "$.decision.profileId")).isEqualTo("bandung-2023");
    }

    @Test
    @DisplayName("ORG-11 Bekasi: in the Inspektorat every JF, an ahli pertama too, may be placed under an Inspektur "
            + "Pembantu and is coordinated by that Administrator (Perwal Bekasi 31/2021 Pasal 6(9), reading of "
            + "version 2); placing an auditor under the Inspektur is not refused either")
    void bekasiInspektorat() {
        bind("bekasi-2023", "2023-07-06");
        String inspektorat = org.department("inspektorat", "INSPEKTORAT", "Inspektorat Daerah");
        String inspektur = org.structural(inspektorat, "inspektur", "JPT_PRATAMA", "Inspektur", true);
        String irban = org.structural(inspektorat, "irban1", "ADMINISTRATOR", "Inspektur Pembantu I", false);
        String irbanNip = org.holder(irban, "Inspektur Pembantu", "2024-01-02");
        org.holder(inspektur, "Inspektur", "2024-01-02");
        String auditor = org.functional(inspektorat, "auditor", "Auditor Ahli Pertama", "AHLI_PERTAMA", false);
        String madya = org.functional(inspektorat, "auditor3", "Auditor Ahli Madya", "AHLI_MADYA", false);
        String nip = org.holder(auditor, "Auditor", "2024-01-02");
        String madyaNip = org.holder(madya, "Auditor Madya", "2024-01-02");
        org.place(nip, inspektorat, irban, "2024-01-02").expectStatus().isCreated();
        org.place(madyaNip, inspektorat, inspektur, "2024-01-02").expectStatus().isCreated();
        org.expectAppraiser(nip, "2024-03-01", irbanNip);
        org.awaitJson(org.admin, "/api/v1/employees/" + nip + "/indicator-validator?date=2024-03-01",
                "$.validatorNip", irbanNip);
    }

    @Test
    @DisplayName("ORG-08 Bandung: a Pelaksana of Dinas Penanaman Modal dan PTSP, which has no Administrator or Pengawas "
            + "for it, is placed under the JPT (Perwal Bandung 6/2023 Pasal 6(4), lampiran B.1.a.2, D.3); in a Bidang "
            + "with an Administrator the JPT is refused (422 ORG-08), nothing stored")
    void bandungPelaksanaUnderJpt() {
        bind("bandung-2023", "2023-04-01");
        String dpmptsp = org.department("dpmptsp", "DINAS", "Dinas Penanaman Modal dan PTSP");
        String kadis = org.structural(dpmptsp, "kadis", "JPT_PRATAMA", "Kepala Dinas", true);
        String staf = org.pelaksana(dpmptsp, "staf", "Pengadministrasi Perizinan", 6);
        String nip = org.holder(staf, "Staf Perizinan", "2024-01-02");
        org.place(nip, dpmptsp, kadis, "2024-01-02").expectStatus().isCreated();

        String bidang = org.unit(dpmptsp, "promosi", "BIDANG", "Bidang Promosi");
        org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang Promosi", true);
        String stafBidang = org.holder(org.pelaksana(bidang, "staf", "Pengadministrasi Promosi", 6), "Staf Promosi",
                "2024-01-02");
        long before = org.storedEvents();
        org.place(stafBidang, bidang, kadis, "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-08")
                .jsonPath("$.article").isEqualTo("Perwal Bandung 6/2023 Pasal 6(4)");
        assertThat(org.storedEvents()).isEqualTo(before);
    }

    @Test
    @DisplayName("ORG-07 Cilegon: the regulation ties placement to no job map (Perwal Cilegon 17/2023 Pasal 4), so a "
            + "JF is placed in a unit whose job map does not list the position")
    void cilegonWithoutJobMap() {
        bind("cilegon-2023", "2023-06-05");
        String[] u = unitWithoutJobMap();
        org.place(u[2], u[0], u[1], "2024-01-02").expectStatus().isCreated();
    }

    @Test
    @DisplayName("ORG-07 Bekasi: placement follows the job map (Perwal Bekasi 37/2023 Pasal 7(3)): a unit without one "
            + "receives no placement, nothing stored")
    void bekasiJobMap() {
        bind("bekasi-2023", "2023-07-06");
        String[] u = unitWithoutJobMap();
        long before = org.storedEvents();
        org.place(u[2], u[0], u[1], "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-07")
                .jsonPath("$.article").isEqualTo("Perwal Bekasi 37/2023 Pasal 7(3)");
        assertThat(org.storedEvents()).isEqualTo(before);
    }
    @ParameterizedTest(name = "ORG-04/05/07 {0}: placement refusals cite {1} (ORG-04 {2}, ORG-05 {3}), not the "
            + "concordant provisions of the other cities")
    @CsvSource(delimiter = '|', value = {
            "Bandung|bandung-2023|2023-04-01|Perwal Bandung 6/2023 Pasal 6(3)|Perwal Bandung 6/2023 Pasal 1 angka 13"
                    + "|Perwal Bandung 6/2023 lampiran B.1 huruf d",
            "Bekasi|bekasi-2023|2023-07-06|Perwal Bekasi 37/2023 Pasal 7(1)|Perwal Bekasi 37/2023 Pasal 1 angka 20"
                    + "|Perwal Bekasi 37/2023 Pasal 7(3)",
            "Serang|serang-2023|2023-05-04|Perwal Serang 23/2023 Pasal 5(3)|Perwal Serang 23/2023 Pasal 1 angka 17"
                    + "|Perwal Serang 23/2023 Pasal 5(1)-(2)",
            "Cilegon|cilegon-2023|2023-06-05|Perwal Cilegon 17/2023 Pasal 4(1)|Perwal Cilegon 17/2023 Pasal 1 angka 16"
                    + "|Perwal Cilegon 17/2023 Pasal 4(1),(3)"})
    @DisplayName("Issue 12 item 12: placement refusals of the common rules cite the article of the regulation the agency "
            + "is bound to")
    void refusalsCiteTheAgencysOwnRegulation(String city, String profileId, String inForce, String org04,
                                             String org05, String org07) {
        bind(profileId, inForce);
        Bidang b = bidangWithPengawas();
        String kasiNip = org.holder(b.kasi(), "Kepala Seksi " + city, "2024-01-02");
        String other = org.unit(org.department("dinsos", "DINAS", "Dinas Sosial"), "rehsos", "BIDANG", "Bidang Rehsos");
        String otherKabid = org.structural(other, "kabid", "ADMINISTRATOR", "Kepala Bidang Rehsos", true);
        long before = org.storedEvents();
        // ORG-04: a structural official is not placed
        org.place(kasiNip, b.unit(), b.kabid(), "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-04")
                .jsonPath("$.article").isEqualTo(org04);
        // ORG-05: the appraiser is the direct superior, not the head of another department's Bidang
        org.place(b.stafNip(), b.unit(), otherKabid, "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-05")
                .jsonPath("$.article").isEqualTo(org05);
        // ORG-07: the PPK places; the agency administrator is refused
        org.post(org.admin, "/api/v1/placements", Map.of("nip", b.stafNip(), "unitId", b.unit(),
                        "appraiserPositionId", b.kasi(), "effectiveFrom", "2024-01-02"))
                .expectStatus().isEqualTo(403)
                .expectBody().jsonPath("$.violations[0].ruleId").isEqualTo("ORG-07")
                .jsonPath("$.violations[0].article").isEqualTo(org07);
        assertThat(org.storedEvents()).isEqualTo(before);
    }
}
