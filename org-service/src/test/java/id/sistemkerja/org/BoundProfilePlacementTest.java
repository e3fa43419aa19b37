package id.sistemkerja.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

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

    private void bind(String profileId, String from) {
        org.post(org.admin, "/api/v1/agencies/" + org.agency + "/profile-bindings", Map.of("profileId", profileId,
                "profileVersion", 1, "effectiveFrom", from, "legalBasis", "Perwal " + profileId))
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
        bind("bandung-2023", "2023-02-16");
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
        assertThat(placed.get("profileVersion").asText()).isEqualTo("1");
        assertThat(placed.get("ruleIds").toString()).contains("ORG-07", "ORG-08");
    }

    @Test
    @DisplayName("ORG-08 bandung-2023: in a unit without a Pengawas the Pelaksana is placed under the Administrator")
    void bandungAdministratorWhenNoPengawas() {
        bind("bandung-2023", "2023-02-16");
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
        bind("bandung-2023", "2023-02-16");
        String[] u = unitWithoutJobMap();
        long before = org.storedEvents();
        org.place(u[2], u[0], u[1], "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-07");
        assertThat(org.storedEvents()).isEqualTo(before);
    }

    @Test
    @DisplayName("ORG-11 bekasi-2023 (bekasi-2021 relations): a JF ahli muda is coordinated by an Administrator, so "
            + "placement under a Pengawas is refused (Perwal Bekasi 31/2021 Pasal 6(7)); under the Administrator it "
            + "is placed")
    void bekasiAhliMudaUnderAdministrator() {
        bind("bekasi-2023", "2023-07-01");
        String dinas = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String bidang = org.unit(dinas, "p2p", "BIDANG", "Bidang Pencegahan dan Pengendalian Penyakit");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        String kasi = org.structural(bidang, "kasi", "PENGAWAS", "Kepala Seksi Surveilans", false);
        String epid = org.functional(bidang, "epid", "Epidemiolog Kesehatan Ahli Muda", "AHLI_MUDA", false);
        String nip = org.holder(epid, "Epidemiolog", "2024-01-02");
        org.place(nip, bidang, kasi, "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-11")
                .jsonPath("$.article").value(article -> assertThat((String) article)
                        .startsWith("Perwal Bekasi 31/2021 Pasal 6"));
        org.place(nip, bidang, kabid, "2024-01-02").expectStatus().isCreated();
    }

    @Test
    @DisplayName("ORG-11 bekasi-2023: in the Inspektorat a JF ahli madya is coordinated by an Administrator, not by "
            + "the JPT (Perwal Bekasi 31/2021 Pasal 6(9))")
    void bekasiInspektoratException() {
        bind("bekasi-2023", "2023-07-01");
        String inspektorat = org.department("inspektorat", "INSPEKTORAT", "Inspektorat Daerah");
        String inspektur = org.structural(inspektorat, "inspektur", "JPT_PRATAMA", "Inspektur", true);
        String irban = org.structural(inspektorat, "irban1", "ADMINISTRATOR", "Inspektur Pembantu I", false);
        String auditor = org.functional(inspektorat, "auditor", "Auditor Ahli Madya", "AHLI_MADYA", false);
        String nip = org.holder(auditor, "Auditor", "2024-01-02");
        org.place(nip, inspektorat, inspektur, "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-11");
        org.place(nip, inspektorat, irban, "2024-01-02").expectStatus().isCreated();
    }
}
