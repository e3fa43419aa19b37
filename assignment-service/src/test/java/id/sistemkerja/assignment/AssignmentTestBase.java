package id.sistemkerja.assignment;

import id.sistemkerja.assignment.integration.TeamReplica;
import id.sistemkerja.contracts.team.v1.TeamEstablished;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.test.MutableClock;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Shared context of the service tests (one Spring context: same configuration everywhere). */
@SiKerjaServiceTest
@Import(AssignmentTestBase.TestClock.class)
abstract class AssignmentTestBase {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return MutableClock.jakarta(NOW);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgReplica org;
    @Autowired
    MongoProfileBindings bindings;
    @Autowired
    MutableClock clock;
    @Autowired
    TeamReplica teams;

    WebTestClient client() {
        return web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    OrgFixture agency(String profileId) {
        return new OrgFixture(org, bindings, profileId);
    }

    /** An agency bound to {@code version} of the profile (the December 2026 corrections are version 2). */
    OrgFixture agency(String profileId, int version) {
        return new OrgFixture(org, bindings, profileId, version);
    }

    /** team.TeamEstablished as team-service publishes it: a team of {@code unitId} in force in 2026 (M4 replica). */
    String team(OrgFixture f, String unitId, AssignmentScope scope) {
        String teamId = "team-" + unitId + "-" + scope + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String department = org.unit(unitId).orElseThrow().departmentId();
        teams.established(new TeamEstablished(teamId, f.agency, unitId, department, "Tim " + teamId, "Uji", scope,
                List.of("tugas"), List.of("target"), List.of(), java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 12, 31), "SK/TIM/" + teamId, java.time.LocalDate.of(2026, 1, 1),
                f.h1, "national-7-2022", 2, List.of("TEAM-07")));
        return teamId;
    }

    /** A WITHIN_UNIT team of u1. */
    String team(OrgFixture f) {
        return team(f, f.u1, AssignmentScope.WITHIN_UNIT);
    }

    WebTestClient.ResponseSpec post(String path, String nip, OrgFixture f, Object body, String... roles) {
        return post(path, nip, f.agency, body, null, roles);
    }

    WebTestClient.ResponseSpec post(String path, String nip, String agency, Object body, String key, String... roles) {
        WebTestClient.RequestBodySpec spec = client().post().uri(path)
                .header("Authorization", "Bearer " + TestTokens.token(nip, agency, roles.length == 0
                        ? new String[]{"EMPLOYEE"} : roles))
                .contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return spec.bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return response.expectStatus().is2xxSuccessful().expectBody(Map.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec get(String path, String nip, String agency, String... roles) {
        return client().get().uri(path).header("Authorization", "Bearer " + TestTokens.token(nip, agency,
                roles.length == 0 ? new String[]{"EMPLOYEE"} : roles)).exchange();
    }

    int storedEvents(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Integer.class, aggregateId);
    }

    /** An INDIVIDUAL involvement request (ASG-07 complete) of the owning unit for employees of the target unit. */
    static Map<String, Object> involvementRequest(String owningUnit, String targetUnit, List<String> requested) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("owningUnitId", owningUnit);
        body.put("targetUnitId", targetUnit);
        body.put("form", "INDIVIDUAL");
        body.put("terms", terms(true));
        body.put("requestedNips", requested);
        return body;
    }

    static Map<String, Object> terms(boolean withCompetencies) {
        java.util.HashMap<String, Object> t = new java.util.HashMap<>();
        t.put("purpose", "Menyusun laporan kinerja");
        if (withCompetencies) {
            t.put("competencies", java.util.List.of("analisis data"));
        }
        t.put("targets", java.util.List.of("Laporan kinerja triwulan I"));
        t.put("otherArrangements", "Dilaporkan tiap bulan");
        t.put("nature", "INCIDENTAL");
        t.put("planning", "UNPLANNED");
        t.put("validFrom", "2026-03-02");
        t.put("validUntil", "2026-06-30");
        return t;
    }
}
