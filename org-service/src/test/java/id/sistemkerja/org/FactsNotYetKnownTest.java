package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

/**
 * A fact recorded in org-service's event store but not yet in its org directory (the read side that serves the
 * look-ups) is a retryable 409 fact-not-yet-known, never a refusal and never a wrong answer: proven by holding the
 * directory's projection back.
 */
@SiKerjaServiceTest
class FactsNotYetKnownTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    private OrgTestClient org;

    @BeforeEach
    void agency() {
        org = new OrgTestClient(web, jdbc);
    }

    @Test
    @DisplayName("ORG-11 Bekasi: while the org directory has not caught up, who validates a JF's IKI is a retryable "
            + "409 fact-not-yet-known; once it has, the Kepala Bidang (Perwal Bekasi 31/2021 Pasal 6(7), 11(3))")
    void indicatorValidatorWaitsForTheDirectory() {
        org.post(org.admin, "/api/v1/agencies/" + org.agency + "/profile-bindings", Map.of("profileId", "bekasi-2023",
                "profileVersion", 2, "effectiveFrom", "2023-07-06")).expectStatus().isCreated();
        String dinas = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String bidang = org.unit(dinas, "p2p", "BIDANG", "Bidang P2P");
        String kabid = org.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        String kabidNip = org.holder(kabid, "Kepala Bidang", "2024-01-02");
        String jf = org.functional(bidang, "epid2", "Epidemiolog Kesehatan Ahli Muda", "AHLI_MUDA", false);
        org.awaitGet(org.admin, "/api/v1/employees/" + kabidNip); // the directory has caught up so far

        TrackingEventProcessor directory = processing.eventProcessor("org-directory", TrackingEventProcessor.class)
                .orElseThrow();
        directory.shutDown();
        String nip;
        try {
            nip = org.holder(jf, "Epidemiolog", "2024-01-02");
            org.place(nip, bidang, kabid, "2024-01-02").expectStatus().isCreated();
            org.get(org.admin, "/api/v1/employees/" + nip + "/indicator-validator?date=2024-03-01")
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.type").isEqualTo("https://sistemkerja.id/problems/fact-not-yet-known");
        } finally {
            directory.start();
        }
        org.awaitJson(org.admin, "/api/v1/employees/" + nip + "/indicator-validator?date=2024-03-01",
                "$.validatorNip", kabidNip);
        org.get(org.admin, "/api/v1/employees/199912312025011999/indicator-validator").expectStatus().isNotFound();
    }
}
