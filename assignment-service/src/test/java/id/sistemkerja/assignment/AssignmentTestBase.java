package id.sistemkerja.assignment;

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

    WebTestClient client() {
        return web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    OrgFixture agency(String profileId) {
        return new OrgFixture(org, bindings, profileId);
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
