package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Agency A's caller never reads agency B's records; unauthenticated callers read nothing. */
@SiKerjaServiceTest
class AuthorizationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("another agency's caller gets 403 on every org record of this agency")
    void otherAgencyReadsNothing() {
        OrgTestClient org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String kadis = org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas", true);
        String analis = org.functional(dinkes, "analis", "Analis Ahli Muda", "AHLI_MUDA", false);
        String kadisNip = org.holder(kadis, "Kadis", "2024-01-02");
        String jf = org.holder(analis, "Analis", "2024-01-02");
        String placementId = org.place(jf, dinkes, kadis, "2024-01-02").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("placementId").toString();
        String delegationId = org.post(org.ppk, "/api/v1/delegations", Map.of("delegatorPositionId", kadis,
                        "delegateNip", jf, "validFrom", "2024-02-01", "validUntil", "2024-02-28", "legalBasis", "SK 1"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("delegationId").toString();
        org.expectAppraiser(jf, "2024-01-15", kadisNip);
        org.awaitJson(org.admin, "/api/v1/delegations/" + delegationId, "$.delegateNip", jf);

        String other = TestTokens.token("197801012005011001", "kota-lain", "AGENCY_ADMIN", "STAFFING_AUTHORITY");
        for (String path : List.of("/api/v1/agencies/" + org.agency, "/api/v1/agencies/" + org.agency + "/org-chart",
                "/api/v1/departments/" + dinkes, "/api/v1/units/" + dinkes, "/api/v1/units/" + dinkes + "/members",
                "/api/v1/units/" + dinkes + "/positions", "/api/v1/positions/" + kadis, "/api/v1/employees/" + jf,
                "/api/v1/employees/" + jf + "/appraiser", "/api/v1/employees/" + jf + "/history",
                "/api/v1/placements/" + placementId, "/api/v1/delegations/" + delegationId)) {
            if (path.startsWith("/api/v1/employees/")) {
                // M7: another agency's employee is not found, and the answer names no agency
                org.get(other, path).expectStatus().isNotFound().expectBody()
                        .jsonPath("$.detail").value(d -> assertThat(d.toString())
                                .doesNotContain(org.agency));
            } else {
                org.get(other, path).expectStatus().isForbidden().expectBody()
                        .jsonPath("$.detail").value(d -> assertThat(d.toString())
                                .doesNotContain(org.agency));
            }
            org.get(org.admin, path).expectStatus().isOk();
            // C1: a client without agency, or with the reserved SYSTEM role, reads nothing of any agency
            org.get(TestTokens.token("client", null, "SYSTEM"), path).expectStatus().isUnauthorized();
            org.get(TestTokens.token("client", "kota-lain", "SYSTEM"), path).expectStatus().isUnauthorized();
            org.get(TestTokens.token("client", null, "AGENCY_ADMIN"), path).expectStatus().isUnauthorized();
        }
        web.get().uri("/api/v1/employees/" + jf).exchange().expectStatus().isUnauthorized();
    }

    @Test
    @DisplayName("C1 a SYSTEM client, with or without agency, cannot edit an employee or place one; nothing is stored")
    void systemClientWritesNothing() {
        OrgTestClient org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String kadis = org.structural(dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas", true);
        String analis = org.functional(dinkes, "analis", "Analis Ahli Muda", "AHLI_MUDA", false);
        org.holder(kadis, "Kadis", "2024-01-02");
        String jf = org.holder(analis, "Analis", "2024-01-02");
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        for (String client : List.of(TestTokens.token("simpeg-bekasi", null, "SYSTEM"),
                TestTokens.token("simpeg-bekasi", org.agency, "SYSTEM"))) {
            web.put().uri("/api/v1/employees/" + jf).header("Authorization", "Bearer " + client)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("fullName", "X", "rank", "II_A", "education", "SMA")).exchange()
                    .expectStatus().isUnauthorized();
            web.post().uri("/api/v1/placements").header("Authorization", "Bearer " + client)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("nip", jf, "unitId", dinkes, "appraiserPositionId", kadis,
                            "effectiveFrom", "2024-07-01")).exchange()
                    .expectStatus().isUnauthorized();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry",
                Long.class)).isEqualTo(before);
    }

    @Test
    @DisplayName("H5 an employee's history is read by the employee and the agency's administrators, not by a colleague")
    void historyReaders() {
        OrgTestClient org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String analis = org.functional(dinkes, "analis", "Analis Ahli Muda", "AHLI_MUDA", false);
        String jf = org.holder(analis, "Analis", "2024-01-02");
        String colleague = org.holder(org.functional(dinkes, "pranata", "Pranata Komputer", "AHLI_PERTAMA", false),
                "Pranata", "2024-01-02");
        String path = "/api/v1/employees/" + jf + "/history";
        org.get(org.admin, path).expectStatus().isOk();
        org.get(TestTokens.token(jf, org.agency, "EMPLOYEE"), path).expectStatus().isOk();
        org.get(TestTokens.token(colleague, org.agency, "EMPLOYEE"), path).expectStatus().isForbidden();
    }

    @Test
    @DisplayName("L4 another agency reads neither the profile bindings nor the binding in force of this agency")
    void profileBindingsAreTheAgencys() {
        OrgTestClient org = new OrgTestClient(web, jdbc);
        String other = TestTokens.token("197801012005011001", "kota-lain", "AGENCY_ADMIN");
        org.get(other, "/api/v1/agencies/" + org.agency + "/profile-bindings").expectStatus().isForbidden();
        org.get(other, "/api/v1/agencies/" + org.agency + "/profile-bindings/in-force").expectStatus().isForbidden();
        org.get(org.admin, "/api/v1/agencies/" + org.agency + "/profile-bindings").expectStatus().isOk();
    }
}
