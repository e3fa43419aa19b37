package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Security finding M7: a NIP registered first by an agency that does not employ the person. The national registrar
 * (BKN, role NATIONAL_REGISTRAR, no agency) voids that registration as an audited act naming the rightful agency,
 * which may then register the NIP; nobody else may, and nothing of the void agency's record carries over.
 */
@SiKerjaServiceTest
class NipRegistrationVoidingTest {

    private static final String REGISTRAR = TestTokens.token("bkn-registrar-01", null, "NATIONAL_REGISTRAR");

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("M7 a NIP registered by the wrong agency: the national registrar voids it (reason and reference on record), then only the rightful agency registers it and reads a record without the void agency's acts")
    void registrarVoidsAndRightfulAgencyRegisters() {
        OrgTestClient rightful = new OrgTestClient(web, jdbc);
        OrgTestClient wrong = new OrgTestClient(web, jdbc);
        OrgTestClient third = new OrgTestClient(web, jdbc);
        String dinkes = wrong.department("dinkes", "DINAS", "Dinas Kesehatan");
        String analis = wrong.functional(dinkes, "analis", "Analis Ahli Muda", "AHLI_MUDA", false);
        String nip = wrong.holder(analis, "Dewi Lestari", "2024-01-02");

        // today: the rightful agency is refused, and the answer does not say who holds the NIP (L3)
        register(rightful, nip).expectStatus().isEqualTo(409).expectBody().jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).doesNotContain(wrong.agency).contains("NATIONAL_REGISTRAR"));

        // the wrong agency's appointment is in force: its PPK ends it first, the registrar does not
        long before = wrong.storedEvents();
        voiding(REGISTRAR, nip, voidBody(wrong.agency, rightful.agency)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("appointment"));
        assertThat(wrong.storedEvents()).isEqualTo(before);
        wrong.post(wrong.admin, "/api/v1/employees/" + nip + "/appointments/end",
                Map.of("effectiveOn", "2024-06-01", "reason", "bukan pegawai instansi ini")).expectStatus().isOk();
        long ended = wrong.storedEvents();

        // reason and reference are required; the registration named must be the one recorded
        Map<String, Object> noReference = voidBody(wrong.agency, rightful.agency);
        noReference.remove("reference");
        voiding(REGISTRAR, nip, noReference).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.violations[0].field").isEqualTo("reference");
        voiding(REGISTRAR, nip, voidBody(third.agency, rightful.agency)).expectStatus().isEqualTo(409);
        assertThat(wrong.storedEvents()).isEqualTo(ended);

        voiding(REGISTRAR, nip, voidBody(wrong.agency, rightful.agency)).expectStatus().isOk().expectBody()
                .jsonPath("$.rightfulAgencyId").isEqualTo(rightful.agency);
        Map<String, Object> stored = jdbc.queryForMap("SELECT payload::jsonb ->> 'reason' AS reason, "
                + "payload::jsonb ->> 'reference' AS reference, metadata FROM domainevententry WHERE aggregateidentifier"
                + " = ? AND payloadtype LIKE '%EmployeeRegistrationVoidedEvent'", nip);
        assertThat(stored.get("reason")).isEqualTo("NIP terdaftar pada instansi lain");
        assertThat(stored.get("reference")).isEqualTo("BKN 123/KR.08/2026");
        assertThat(stored.get("metadata").toString()).contains("bkn-registrar-01");

        // the void agency no longer holds the person; neither it nor a third agency may register the NIP again
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                wrong.get(wrong.admin, "/api/v1/employees/" + nip).expectStatus().isNotFound());
        wrong.web.put().uri("/api/v1/employees/" + nip).header("Authorization", "Bearer " + wrong.admin)
                .bodyValue(Map.of("fullName", "Dewi", "rank", "III_C", "education", "S1")).exchange()
                .expectStatus().isForbidden();
        register(wrong, nip).expectStatus().isEqualTo(409);
        register(third, nip).expectStatus().isEqualTo(409);
        voiding(REGISTRAR, nip, voidBody(wrong.agency, rightful.agency)).expectStatus().isEqualTo(409);

        register(rightful, nip).expectStatus().isCreated();
        rightful.awaitJson(rightful.admin, "/api/v1/employees/" + nip, "$.employee.agencyId", rightful.agency);
        rightful.get(rightful.admin, "/api/v1/employees/" + nip).expectStatus().isOk().expectBody()
                .jsonPath("$.employee.position").doesNotExist()
                .jsonPath("$.employee.predikatHistory.length()").isEqualTo(0);
        rightful.get(rightful.admin, "/api/v1/employees/" + nip + "/history").expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].type").isEqualTo("EmployeeRegistered")
                .jsonPath("$[0].facts.agencyId").isEqualTo(rightful.agency);
        wrong.get(wrong.admin, "/api/v1/employees/" + nip).expectStatus().isNotFound();
    }

    @Test
    @DisplayName("M7 only the national registrar, acting for no agency, voids a registration: agency administrators, PPK, operators, national auditors and a registrar token bound to an agency are refused and nothing is stored")
    void onlyTheNationalRegistrarVoids() {
        OrgTestClient rightful = new OrgTestClient(web, jdbc);
        OrgTestClient wrong = new OrgTestClient(web, jdbc);
        String nip = wrong.employee("Rudi Hartono");
        long before = wrong.storedEvents();
        for (String token : List.of(wrong.admin, wrong.ppk, rightful.admin,
                TestTokens.token("ops", null, "OPERATOR"), TestTokens.token("bpk", null, "NATIONAL_AUDITOR"),
                TestTokens.token("bkn-registrar-01", rightful.agency, "NATIONAL_REGISTRAR"))) {
            voiding(token, nip, voidBody(wrong.agency, rightful.agency)).expectStatus().isForbidden();
        }
        assertThat(wrong.storedEvents()).isEqualTo(before);
        register(rightful, nip).expectStatus().isEqualTo(409);
    }

    private WebTestClient.ResponseSpec register(OrgTestClient agency, String nip) {
        return agency.post(agency.admin, "/api/v1/employees", Map.of("nip", nip, "fullName", "Dewi Lestari",
                "employmentType", "PNS", "rank", "III_C", "education", "S1"));
    }

    private WebTestClient.ResponseSpec voiding(String token, String nip, Map<String, Object> body) {
        return web.post().uri("/api/v1/employees/" + nip + "/registration-voiding")
                .header("Authorization", "Bearer " + token).bodyValue(body).exchange();
    }

    private static Map<String, Object> voidBody(String agencyId, String rightfulAgencyId) {
        return new HashMap<>(Map.of("agencyId", agencyId, "rightfulAgencyId", rightfulAgencyId,
                "reason", "NIP terdaftar pada instansi lain", "reference", "BKN 123/KR.08/2026"));
    }
}
