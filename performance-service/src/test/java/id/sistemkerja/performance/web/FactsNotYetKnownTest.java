package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.performance.web.PerfApi.Response;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * performance-service never decides on facts it does not know yet: an org fact missing from its replica (here a JF's
 * placement held back) makes the decision a retryable 409 fact-not-yet-known, never a rule refusal; once the fact
 * arrives the same request succeeds.
 */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class FactsNotYetKnownTest {

    static final int YEAR = 2025;

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    OrgReplica replica;
    @Autowired
    MongoProfileBindings bindings;

    PerfApi api;
    PerfOrg org;

    @BeforeEach
    void setUp() {
        api = new PerfApi(web, objectMapper);
        org = new PerfOrg(replica, bindings, 0);
        PerfTestClock.today(LocalDate.of(YEAR, 1, 10));
    }

    private static void notYetKnown(Response response) {
        assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(409);
        assertThat(response.json().get("type").asText()).isEqualTo("https://sistemkerja.id/problems/fact-not-yet-known");
    }

    @Test
    @DisplayName("PERF-08 PERF-06 a JF whose placement has not reached the org replica: setting the SKP (appraiser not "
            + "known) and rating (appraiser not known) answer 409 fact-not-yet-known, not 422; after the placement "
            + "arrives both succeed")
    void placementHeldBack() {
        String jf = org.unplacedJf(org.bidang1, org.dinas);
        String plan = "/api/v1/employees/" + jf + "/performance/" + YEAR;
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas, "year", YEAR,
                "targets", List.of(Map.of("description", "Derajat kesehatan"))));
        api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1, "year",
                YEAR, "targets", List.of(Map.of("description", "Cakupan", "supportsTargetRef", "pk:" + org.dinas
                        + ":" + YEAR + "#1"))));
        // Bekasi: who validates a JF's IKI depends on the placement, so even the draft waits for it
        notYetKnown(api.put(jf, org.agency, plan + "/plan", Map.of("targets", List.of(Map.of("description",
                "Laporan", "supportsTargetRef", "pk:" + org.bidang1 + ":" + YEAR + "#1")))));
        notYetKnown(api.put(org.kabid1, org.agency, plan + "/evaluations/TRIWULAN_I/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI")));

        org.place(jf, org.bidang1, org.dinas);
        assertThat(api.put(jf, org.agency, plan + "/plan", Map.of("targets", List.of(Map.of("description",
                "Laporan", "supportsTargetRef", "pk:" + org.bidang1 + ":" + YEAR + "#1")))).status()).isEqualTo(200);
        assertThat(api.post(jf, org.agency, plan + "/plan/signature", null).status()).isEqualTo(200);
        assertThat(api.post(org.kabid1, org.agency, plan + "/plan/approval", null).status()).isEqualTo(200);
        PerfTestClock.today(LocalDate.of(YEAR, 3, 20));
        assertThat(api.put(org.kabid1, org.agency, plan + "/evaluations/TRIWULAN_I/rating", Map.of(
                "workResultRating", "SESUAI_EKSPEKTASI", "behaviourRating", "SESUAI_EKSPEKTASI")).status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("PERF-01 while the head of the unit that sets an agreement is not known to the replica (the Kepala "
            + "Dinas retired, the successor not arrived), the agreement is a retryable 409, not a refusal")
    void headHeldBack() {
        org.vacateHead(org.dinas, org.kadis, LocalDate.of(YEAR, 1, 5));
        notYetKnown(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas,
                "year", YEAR, "targets", List.of(Map.of("description", "Derajat kesehatan")))));
        String successor = org.appointHead(org.dinas, org.dinas,
                id.sistemkerja.contracts.vocabulary.PositionKind.JPT_PRATAMA, LocalDate.of(YEAR, 1, 6));
        assertThat(api.post(successor, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas,
                "year", YEAR, "targets", List.of(Map.of("description", "Derajat kesehatan")))).status())
                .isEqualTo(201);
    }
}
