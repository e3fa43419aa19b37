package id.sistemkerja.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.org.command.OrgRule;
import id.sistemkerja.org.command.PlacementProposal;
import id.sistemkerja.org.command.ProfilePlacementDecision;
import id.sistemkerja.org.command.ProfilePlacementRules;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plug-in point for profile placement rules: a profile's refusal refuses the placement, its fallback admits what
 * the common core would refuse, and the decision records the profile and its rule ids. The profile here is a test
 * double; the real ORG-07 (serang-2023), ORG-08 (bandung-2023) and ORG-11 (bekasi-2021) rules from profile data are
 * tested in {@code BoundProfilePlacementTest}.
 */
@SiKerjaServiceTest
class ProfilePlacementRulesHookTest {

    /** A test profile shaped like ORG-08 plus an ORG-07 fallback, to exercise the hook. */
    @TestConfiguration
    static class TestProfile {
        @Bean
        @Primary
        ProfilePlacementRules testProfilePlacementRules() {
            return (PlacementProposal proposal) -> {
                boolean pelaksanaUnderAdministrator = proposal.employeePosition() != null
                        && proposal.employeePosition().kind() == PositionKind.PELAKSANA
                        && proposal.appraiserPosition().kind() == PositionKind.ADMINISTRATOR
                        && proposal.unit().hasPengawas();
                List<Violation> violations = pelaksanaUnderAdministrator
                        ? List.of(Violation.ofRule("ORG-08", "test profile article", "appraiserPositionId",
                        "a Pelaksana is placed under a Pengawas while the unit has one"))
                        : List.of();
                return new ProfilePlacementDecision("test-profile", "t1", List.of("ORG-08"), true, violations);
            };
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private OrgTestClient org;
    private String yankes;
    private String kabid;
    private String kasi;
    private String staf;

    @BeforeEach
    void structure() {
        org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        yankes = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        kabid = org.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang", true);
        kasi = org.structural(yankes, "kasi", "PENGAWAS", "Kepala Seksi", false);
        staf = org.pelaksana(yankes, "staf", "Pengadministrasi Umum", 5);
    }

    @Test
    @DisplayName("a profile's refusal refuses the placement with the profile's rule id, nothing stored")
    void profileRefusal() {
        String nip = org.holder(staf, "Staf", "2024-01-02");
        long before = org.storedEvents();
        org.place(nip, yankes, kabid, "2024-01-02").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("ORG-08")
                .jsonPath("$.article").isEqualTo("test profile article");
        assertThat(org.storedEvents()).isEqualTo(before);
    }

    @Test
    @DisplayName("an accepted placement records the profile id, version and the common and profile rule ids (AUD-01)")
    void decisionRecordsProfileAndRules() throws Exception {
        String nip = org.holder(staf, "Staf", "2024-01-02");
        org.place(nip, yankes, kasi, "2024-01-02").expectStatus().isCreated();
        JsonNode placed = json.readTree(jdbc.queryForObject("SELECT payload FROM domainevententry WHERE "
                + "aggregateidentifier = ? AND payloadtype LIKE '%EmployeePlacedEvent'", String.class, nip));
        assertThat(placed.get("profileId").asText()).isEqualTo("test-profile");
        assertThat(placed.get("profileVersion").asText()).isEqualTo("t1");
        assertThat(placed.get("ruleIds").toString()).contains(OrgRule.ORG_04.id(), OrgRule.ORG_05.id(),
                OrgRule.ORG_07.id(), "ORG-08");
        assertThat(placed.get("decidedBy").asText()).isEqualTo("196501011990031001");
    }

    @Test
    @DisplayName("a profile's job-map fallback admits a unit without a job map that the common core refuses")
    void jobMapFallback() {
        String dinkes = org.agency + ".dinkes";
        String kesling = org.unit(dinkes, "kesling", "BIDANG", "Bidang Kesehatan Lingkungan");
        String kabidKesling = org.structural(kesling, "kabid", "ADMINISTRATOR", "Kepala Bidang Kesling", true);
        String nip = org.holder(staf, "Staf", "2024-01-02");
        org.post(org.ppk, "/api/v1/placements", Map.of("nip", nip, "unitId", kesling, "appraiserPositionId",
                kabidKesling, "effectiveFrom", "2024-01-02")).expectStatus().isCreated();
    }
}
