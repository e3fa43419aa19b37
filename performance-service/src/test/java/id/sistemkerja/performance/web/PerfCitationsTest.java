package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.performance.web.PerfApi.Response;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 12: performance-service's refusals of the work-mechanism and performance-management rules cite the
 * article of the regulation the agency is bound to, not the concordant provisions of the other cities; a regulation
 * without an article of its own cites the common core (PermenPANRB 7/2022).
 */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class PerfCitationsTest {

    static final int YEAR = 2025;

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    OrgReplica replica;
    @Autowired
    MongoProfileBindings bindings;
    @Autowired
    JdbcTemplate jdbc;

    PerfApi api;

    @BeforeEach
    void setUp() {
        api = new PerfApi(web, objectMapper);
        PerfTestClock.today(LocalDate.of(YEAR, 1, 10));
    }

    @ParameterizedTest(name = "PERF-01 PERF-04 {0}: an agreement set by the wrong official cites {3}; evidence recorded "
            + "for another employee cites {4}")
    @CsvSource(delimiter = '|', value = {
            "Bandung|bandung-2023|2023-04-01|Perwal Bandung 6/2023 lampiran A huruf i|Perwal Bandung 6/2023 Pasal 18(1)",
            "Bekasi|bekasi-2023|2023-07-06|Perwal Bekasi 37/2023 lampiran B.1|Perwal Bekasi 37/2023 Pasal 16(1)",
            "Serang|serang-2023|2023-05-04|Perwal Serang 23/2023 Pasal 17(1)-(2)|Perwal Serang 23/2023 Pasal 17(3)",
            "Cilegon|cilegon-2023|2023-06-05|PermenPANRB 7/2022 Lampiran mekanisme kerja: perencanaan"
                    + "|Perwal Cilegon 17/2023 Pasal 13(1)"})
    @DisplayName("Issue 12 item 12: performance refusals cite the agency's own regulation")
    void ownRegulation(String city, String profileId, String inForce, String perf01, String perf04) {
        PerfOrg org = new PerfOrg(replica, bindings, 0, new ProfileRef(profileId, 2), LocalDate.parse(inForce));
        String jf = org.placedJf(org.bidang1, org.dinas, FunctionalLevel.AHLI_MUDA);
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        // PERF-01: the Dinas' agreement is set by its own head (Level I), not by a Kepala Bidang
        Response agreement = api.post(org.kabid1, org.agency, "/api/v1/performance/agreements", Map.of("unitId",
                org.dinas, "year", YEAR, "targets", List.of(Map.of("description", "Derajat kesehatan " + city))));
        assertThat(agreement.status()).isEqualTo(403);
        assertThat(agreement.json().get("ruleId").asText()).isEqualTo("PERF-01");
        assertThat(agreement.json().get("article").asText()).isEqualTo(perf01);

        // PERF-04: evidence (bukti dukung) is documented by the employee
        Response evidence = api.post(org.kadis, org.agency, "/api/v1/employees/" + jf + "/performance/" + YEAR
                + "/evidence", Map.of("targetNumber", 1, "period", "TRIWULAN_I", "realisation", "3 laporan"));
        assertThat(evidence.status()).isEqualTo(403);
        assertThat(evidence.json().get("ruleId").asText()).isEqualTo("PERF-04");
        assertThat(evidence.json().get("article").asText()).isEqualTo(perf04);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }
}
