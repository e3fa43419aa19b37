package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

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
            org.get(other, path).expectStatus().isForbidden();
            org.get(org.admin, path).expectStatus().isOk();
        }
        web.get().uri("/api/v1/employees/" + jf).exchange().expectStatus().isUnauthorized();
    }
}
