package id.sistemkerja.assignment;

import id.sistemkerja.assignment.command.TeamDirectory;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security finding M4: a TEAM order names a team team-service established by decree, owned by the order's owning
 * unit, in force, and decreed for members of the order's scope. assignment-service keeps a replica of the teams
 * ({@code team.TeamEstablished}, {@code team.TeamEnded}, {@code team.TeamDissolved}); here the tests feed it directly.
 */
class TeamOrdersTest extends AssignmentTestBase {

    private int eventsNaming(String teamId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload::text LIKE ?", Integer.class,
                "%" + teamId + "%");
    }

    @Test
    @DisplayName("ASG-03 M4: a TEAM order naming a team of another unit is refused (422) and stores nothing; one naming the owning unit's own established team is issued")
    void teamOfAnotherUnit() {
        OrgFixture f = agency("bekasi-2023", 2);
        String foreign = team(f, f.u2, AssignmentScope.WITHIN_UNIT);
        post("/api/v1/assignment-orders", f.h1, f, AssignmentOrderTest.direct(f, "TEAM", foreign, terms(false), f.s1a))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("ASG-03")
                .jsonPath("$.violations[0].field").isEqualTo("teamId")
                .jsonPath("$.violations[0].article").isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 huruf f");
        assertThat(eventsNaming(foreign)).isZero();
        ok(post("/api/v1/assignment-orders", f.h1, f, AssignmentOrderTest.direct(f, "TEAM", team(f), terms(false),
                f.s1a)));
    }

    @Test
    @DisplayName("TEAM-12 M4: a team dissolved (or ended) takes no more members: its TEAM order is refused (422)")
    void dissolvedTeam() {
        OrgFixture f = agency("bekasi-2023", 2);
        String dissolved = team(f);
        teams.ended(dissolved, TeamDirectory.Status.DISSOLVED, LocalDate.of(2026, 3, 1));
        post("/api/v1/assignment-orders", f.h1, f, AssignmentOrderTest.direct(f, "TEAM", dissolved, terms(false),
                f.s1a)).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("TEAM-12");
        assertThat(eventsNaming(dissolved)).isZero();
    }

    @Test
    @DisplayName("ARCHITECTURE M4: a team not yet known to the replica is a retryable 409, never 'no such team'; the order is issued once team.TeamEstablished arrives")
    void teamNotYetKnown() {
        OrgFixture f = agency("bekasi-2023", 2);
        String teamId = "team-" + f.u1 + "-later";
        Map<String, Object> order = AssignmentOrderTest.direct(f, "TEAM", teamId, terms(false), f.s1a);
        post("/api/v1/assignment-orders", f.h1, f.agency, order, "team-order-" + f.agency).expectStatus()
                .isEqualTo(409);
        teams.established(new id.sistemkerja.contracts.team.v1.TeamEstablished(teamId, f.agency, f.u1, f.d1, "Tim",
                "Uji", AssignmentScope.WITHIN_UNIT, List.of("tugas"), List.of("target"), List.of(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "SK/TIM/1", LocalDate.of(2026, 1, 1), f.h1,
                "bekasi-2023", 2, List.of("TEAM-07")));
        ok(post("/api/v1/assignment-orders", f.h1, f.agency, order, "team-order-" + f.agency));
    }

    @Test
    @DisplayName("TEAM-07 M4: a team decreed for members of its own unit takes no member of another unit: the cross-unit TEAM request is refused (422), a member from outside the decreed scope needs a decree of the wider scope")
    void decreedScope() {
        OrgFixture f = agency("bekasi-2023", 2);
        String withinUnit = team(f, f.u2, AssignmentScope.WITHIN_UNIT);
        Map<String, Object> request = new HashMap<>(Map.of("owningUnitId", f.u2, "targetUnitId", f.u1,
                "form", "TEAM", "teamId", withinUnit, "terms", terms(true), "requestedNips", List.of(f.s1a)));
        post("/api/v1/involvement-requests", f.k1, f, request).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.violations[0].ruleId").isEqualTo("TEAM-07");
        request.put("teamId", team(f, f.u2, AssignmentScope.CROSS_UNIT));
        ok(post("/api/v1/involvement-requests", f.k1, f, request));
    }
}
