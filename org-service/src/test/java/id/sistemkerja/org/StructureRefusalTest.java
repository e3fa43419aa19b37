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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Structure and employee records that break ORG-01, ORG-02, ORG-03: problem+json naming rule and field, nothing stored. */
@SiKerjaServiceTest
class StructureRefusalTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    private OrgTestClient org;
    private String dinkes;

    @BeforeEach
    void agency() {
        org = new OrgTestClient(web, jdbc);
        dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
    }

    private WebTestClient.BodyContentSpec refused(int status, String ruleId, String token, String path,
                                                  Map<String, Object> body) {
        long before = org.storedEvents();
        WebTestClient.BodyContentSpec problem = org.post(token, path, body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.ruleId").isEqualTo(ruleId)
                .jsonPath("$.article").isNotEmpty();
        assertThat(org.storedEvents()).as("events stored by a refused command").isEqualTo(before);
        return problem;
    }

    @Test
    @DisplayName("ORG-01 an agency contains departments, which contain units: kinds are not interchangeable")
    void departmentsContainUnits() {
        refused(422, "ORG-01", org.admin, "/api/v1/departments", Map.of("code", "bidang", "kind", "BIDANG",
                "name", "Bidang Lepas")).jsonPath("$.field").isEqualTo("kind");
        refused(422, "ORG-01", org.admin, "/api/v1/units", Map.of("parentUnitId", dinkes, "code", "dinas-lain",
                "kind", "DINAS", "name", "Dinas di dalam Dinas"));
        refused(422, "ORG-01", org.admin, "/api/v1/units", Map.of("parentUnitId", dinkes, "code", "kel",
                "kind", "KELURAHAN", "name", "Kelurahan di Dinas")).jsonPath("$.field").isEqualTo("parentUnitId");
    }

    @Test
    @DisplayName("ORG-01 a unit is led by a JPT, Administrator, Pengawas or a JF of an independent unit; one head only")
    void unitHeads() {
        String bidang = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String path = "/api/v1/units/" + bidang + "/positions";
        refused(422, "ORG-01", org.admin, path, Map.of("code", "staf", "kind", "PELAKSANA", "title", "Staf",
                "jobClass", 5, "unitHead", true)).jsonPath("$.field").isEqualTo("unitHead");
        refused(422, "ORG-06", org.admin, path, Map.of("code", "jf-kepala", "kind", "FUNGSIONAL", "title",
                "Dokter Ahli Madya", "functionalLevel", "AHLI_MADYA", "unitHead", true));
        org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang", true);
        refused(422, "ORG-01", org.admin, path, Map.of("code", "kabid-2", "kind", "ADMINISTRATOR", "title",
                "Kepala Bidang Kedua", "unitHead", true));
    }

    @Test
    @DisplayName("ORG-02 a JF position has its jenjang, a Pelaksana position its kelas jabatan")
    void positionKinds() {
        String path = "/api/v1/units/" + dinkes + "/positions";
        refused(400, "ORG-02", org.admin, path, Map.of("code", "jf", "kind", "FUNGSIONAL", "title", "Perawat"))
                .jsonPath("$.field").isEqualTo("functionalLevel");
        refused(400, "ORG-02", org.admin, path, Map.of("code", "staf", "kind", "PELAKSANA", "title", "Staf"))
                .jsonPath("$.field").isEqualTo("jobClass");
        refused(400, "ORG-02", org.admin, path, Map.of("code", "kasi", "kind", "PENGAWAS", "title", "Kasi",
                "functionalLevel", "AHLI_MUDA")).jsonPath("$.field").isEqualTo("functionalLevel");
        org.functional(dinkes, "perawat", "Perawat Penyelia", "PENYELIA", false);
        org.pelaksana(dinkes, "pengemudi", "Pengemudi", 3);
        org.awaitJson(org.admin, "/api/v1/positions/" + dinkes + ":pengemudi", "$.position.jobClass", 3);
        org.awaitJson(org.admin, "/api/v1/positions/" + dinkes + ":perawat", "$.position.functionalLevel", "PENYELIA");
    }

    @Test
    @DisplayName("ORG-03 each malformed part of a NIP is a 400 naming that part; nothing is stored")
    void nipParts() {
        Map<String, String> wrong = Map.of(
                "19900230201503100", "nip",                // 17 digits
                "199002302015031003", "nip.birthDate",     // 30 February
                "199001202015131003", "nip.appointmentMonth", // month 13
                "199001201985031003", "nip.appointmentMonth", // appointed before birth
                "199001202015033003", "nip.sexDigit",
                "199001202015031000", "nip.sequence");
        wrong.forEach((nip, field) -> refused(400, "ORG-03", org.admin, "/api/v1/employees", Map.of("nip", nip,
                "fullName", "Pegawai", "employmentType", "PNS", "rank", "III_A", "education", "S1"))
                .jsonPath("$.field").isEqualTo(field));
    }

    @Test
    @DisplayName("ORG-03 a PNS has a golongan ruang; a PPPK needs none")
    void rankForPns() {
        String nip = OrgTestClient.newNip();
        refused(400, "ORG-03", org.admin, "/api/v1/employees", Map.of("nip", nip, "fullName", "Pegawai",
                "employmentType", "PNS", "education", "S1")).jsonPath("$.field").isEqualTo("rank");
        org.post(org.admin, "/api/v1/employees", Map.of("nip", nip, "fullName", "Pegawai PPPK",
                "employmentType", "PPPK", "education", "D3", "competencies", List.of("keperawatan")))
                .expectStatus().isCreated();
        org.awaitJson(org.admin, "/api/v1/employees/" + nip, "$.employee.employmentType", "PPPK");
    }

    @Test
    @DisplayName("ORG-03 a PPPK is registered with the NI PPPK BKN issued, whose digits 13-14 are no month "
            + "(...2025 21 2 001): only 18 digits and the birth date are checked; the same number as a PNS's NIP is "
            + "refused 400 nip.appointmentMonth; an NI PPPK with a false birth date 400 nip.birthDate; nothing stored")
    void pppkNumber() {
        java.time.LocalDate birth = java.time.LocalDate.of(1993, 1, 1)
                .plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(365));
        String niPppk = birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "2025212"
                + String.format("%03d", 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(998));
        long before = org.storedEvents();
        refused(400, "ORG-03", org.admin, "/api/v1/employees", Map.of("nip", niPppk, "fullName", "Pegawai",
                "employmentType", "PNS", "rank", "III_A", "education", "S1"))
                .jsonPath("$.field").isEqualTo("nip.appointmentMonth");
        refused(400, "ORG-03", org.admin, "/api/v1/employees", Map.of("nip", "199302302025212001", "fullName",
                "Pegawai PPPK", "employmentType", "PPPK", "education", "D3"))
                .jsonPath("$.field").isEqualTo("nip.birthDate")
                .jsonPath("$.article").value(article -> assertThat(article.toString()).contains("NI PPPK"));
        assertThat(org.storedEvents()).isEqualTo(before);
        org.post(org.admin, "/api/v1/employees", Map.of("nip", niPppk, "fullName", "Perawat PPPK",
                "employmentType", "PPPK", "education", "D3", "competencies", List.of("keperawatan")))
                .expectStatus().isCreated();
        org.awaitJson(org.admin, "/api/v1/employees/" + niPppk, "$.employee.employmentType", "PPPK");
    }

    @Test
    @DisplayName("structure and employees are registered by the agency's administrator only")
    void onlyTheAgencyAdministrator() {
        long before = org.storedEvents();
        String employee = TestTokens.token("199001202015031003", org.agency, "EMPLOYEE");
        org.post(employee, "/api/v1/departments", Map.of("code", "x", "kind", "DINAS", "name", "X"))
                .expectStatus().isForbidden();
        String otherAdmin = TestTokens.token("197801012005011001", "kota-lain", "AGENCY_ADMIN");
        org.post(otherAdmin, "/api/v1/units", Map.of("parentUnitId", dinkes, "code", "x", "kind", "BIDANG",
                "name", "X")).expectStatus().isForbidden();
        org.post(otherAdmin, "/api/v1/units/" + dinkes + "/positions", Map.of("code", "x", "kind", "PENGAWAS",
                "title", "X")).expectStatus().isForbidden();
        assertThat(org.storedEvents()).isEqualTo(before);
    }
}
