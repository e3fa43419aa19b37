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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ORG-10 "who was X's appraiser on date D", across a change of the appraiser position's holder, a delegation (ORG-05)
 * that starts and ends early, and a re-placement.
 */
@SiKerjaServiceTest
class AppraiserAsOfTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    private OrgTestClient org;
    private String yankes;
    private String kabid;
    private String p2p;
    private String kabidP2p;
    private String analis;
    private String epidemiolog;
    private String staf;
    private String kabidA;
    private String kabidB;
    private String kabidC;
    private String delegate;
    private String employee;

    @BeforeEach
    void history() {
        org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        yankes = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        kabid = org.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan Kesehatan", true);
        analis = org.functional(yankes, "analis", "Administrator Kesehatan Ahli Muda", "AHLI_MUDA", false);
        staf = org.pelaksana(yankes, "pengadministrasi", "Pengadministrasi Umum", 5);
        String seniorJf = org.functional(yankes, "analis-madya", "Administrator Kesehatan Ahli Madya", "AHLI_MADYA",
                false);
        p2p = org.unit(dinkes, "p2p", "BIDANG", "Bidang P2P");
        kabidP2p = org.structural(p2p, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        epidemiolog = org.functional(p2p, "epidemiolog", "Epidemiolog Kesehatan Ahli Muda", "AHLI_MUDA", false);

        kabidA = org.holder(kabid, "Kabid Pertama", "2024-01-02");
        kabidC = org.holder(kabidP2p, "Kabid P2P", "2024-01-02");
        delegate = org.holder(seniorJf, "JF Ahli Madya (delegate)", "2024-01-02");
        employee = org.holder(analis, "Analis Kesehatan", "2024-01-02");
        org.place(employee, yankes, kabid, "2024-01-02").expectStatus().isCreated();
        kabidB = org.employee("Kabid Kedua");
        org.post(org.admin, "/api/v1/employees/" + kabidA + "/appointments/end", Map.of("effectiveOn", "2024-03-01",
                "reason", "mutasi")).expectStatus().isOk();
        org.appoint(kabidB, kabid, "2024-03-01");
    }

    @Test
    @DisplayName("ORG-10 a structural position has one holder at a time; the next holder starts when the last one left")
    void oneHolderAtATime() {
        String another = org.employee("Calon Kabid");
        long before = org.storedEvents();
        org.post(org.admin, "/api/v1/employees/" + another + "/appointments", Map.of("positionId", kabid,
                "effectiveFrom", "2024-06-01")).expectStatus().isEqualTo(409);
        assertThat(org.storedEvents()).isEqualTo(before);
        org.awaitJson(org.admin, "/api/v1/employees/" + kabidA, "$.position", null);
        org.awaitJson(org.admin, "/api/v1/employees/" + kabidA + "?asOf=2024-02-29", "$.position.positionId", kabid);
    }

    private Map<String, Object> delegation(String position, String to, String from, String until, String basis) {
        Map<String, Object> body = new HashMap<>(Map.of("delegatorPositionId", position, "delegateNip", to,
                "validFrom", from, "validUntil", until));
        if (basis != null) {
            body.put("legalBasis", basis);
        }
        return body;
    }

    @Test
    @DisplayName("ORG-10 ORG-05 appraiser as of a date: holder change, delegation starting and ended early, re-placement")
    void appraiserAcrossHistory() {
        String kabidBToken = TestTokens.token(kabidB, org.agency, "EMPLOYEE");
        String delegationId = org.post(kabidBToken, "/api/v1/delegations", delegation(kabid, delegate, "2024-04-01",
                        "2024-06-30", "Keputusan Kepala Bidang 800/12/2024 (cuti besar)"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("delegationId").toString();
        org.awaitJson(org.admin, "/api/v1/delegations/" + delegationId, "$.delegateNip", delegate);
        org.post(kabidBToken, "/api/v1/delegations/" + delegationId + "/end", Map.of("effectiveOn", "2024-05-15",
                "reason", "kembali bertugas")).expectStatus().isOk();
        org.appoint(employee, epidemiolog, "2024-07-01");
        org.place(employee, p2p, kabidP2p, "2024-07-01").expectStatus().isCreated();

        org.expectAppraiser(employee, "2024-07-01", kabidC);
        org.expectAppraiser(employee, "2024-05-15", kabidB);
        org.expectAppraiser(employee, "2024-01-02", kabidA);
        org.expectAppraiser(employee, "2024-02-29", kabidA);
        org.expectAppraiser(employee, "2024-03-01", kabidB);
        org.expectAppraiser(employee, "2024-04-01", delegate);
        org.awaitJson(org.admin, "/api/v1/employees/" + employee + "/appraiser?date=2024-05-14", "$.legalBasis",
                "Keputusan Kepala Bidang 800/12/2024 (cuti besar)");
        org.awaitJson(org.admin, "/api/v1/employees/" + employee + "/appraiser?date=2024-05-14", "$.basis",
                "DELEGATION");
        org.expectAppraiser(employee, "2024-06-30", kabidB);
        org.expectAppraiser(employee, "2024-12-31", kabidC);
        org.get(org.admin, "/api/v1/employees/" + employee + "/appraiser?date=2024-01-01").expectStatus().isNotFound();

        org.awaitJson(org.admin, "/api/v1/units/" + yankes + "/members?asOf=2024-06-30", "$[*].nip",
                List.of(employee));
        org.awaitJson(org.admin, "/api/v1/units/" + yankes + "/members?asOf=2024-07-01", "$[*].nip", List.of());
        org.awaitJson(org.admin, "/api/v1/units/" + p2p + "/members?asOf=2024-07-01", "$[*].nip", List.of(employee));
        org.awaitJson(org.admin, "/api/v1/employees/" + employee + "?asOf=2024-06-30", "$.placement.unitId", yankes);
        org.awaitJson(org.admin, "/api/v1/employees/" + employee + "?asOf=2024-07-01", "$.position.positionId",
                epidemiolog);
        org.awaitJson(org.admin, "/api/v1/positions/" + kabid, "$.holders[*].nip", List.of(kabidA, kabidB));
    }

    @Test
    @DisplayName("ORG-10 the employee's history lists every recorded act in order, with who recorded it")
    void employeeHistory() {
        String body = org.awaitJson(org.admin, "/api/v1/employees/" + employee + "/history", "$.length()", 3);
        assertThat(body).contains("EmployeeRegistered", "EmployeeAppointed", "EmployeePlaced", "ORG-04",
                "196501011990031001");
    }

    @Test
    @DisplayName("ORG-05 a delegation states its legal basis, comes from an appraiser position, goes to another official, and is made by the holder or the PPK")
    void delegationRefusals() {
        long before = org.storedEvents();
        refusedDelegation(422, org.ppk, delegation(kabid, delegate, "2024-04-01", "2024-04-30", null), "legalBasis");
        refusedDelegation(422, org.ppk, delegation(staf, delegate, "2024-04-01", "2024-04-30", "SK 1"),
                "delegatorPositionId");
        String unappointed = org.employee("Tanpa Jabatan");
        before = org.storedEvents();
        refusedDelegation(422, org.ppk, delegation(kabid, unappointed, "2024-04-01", "2024-04-30", "SK 1"),
                "delegateNip");
        refusedDelegation(422, org.ppk, delegation(kabid, kabidB, "2024-04-01", "2024-04-30", "SK 1"), "delegateNip");
        refusedDelegation(403, TestTokens.token(kabidA, org.agency, "EMPLOYEE"),
                delegation(kabid, delegate, "2024-04-01", "2024-04-30", "SK 1"), null);
        assertThat(org.storedEvents()).isEqualTo(before);
        org.post(org.ppk, "/api/v1/delegations", delegation(kabid, delegate, "2024-04-01", "2024-04-30", "SK 1"))
                .expectStatus().isCreated();
    }

    private void refusedDelegation(int status, String token, Map<String, Object> body, String field) {
        long before = org.storedEvents();
        WebTestClient.BodyContentSpec problem = org.post(token, "/api/v1/delegations", body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-05").jsonPath("$.article").isNotEmpty();
        if (field != null) {
            problem.jsonPath("$.field").isEqualTo(field);
        }
        assertThat(org.storedEvents()).isEqualTo(before);
    }
}
