package id.sistemkerja.team;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import id.sistemkerja.team.api.TeamCommands.AddTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamLeadCommand;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.query.TeamDocuments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Roster query latency for a unit with 200 teams (each a lead and 7 members), built through the command path and
 * the projection. Run: {@code ./mvnw -B -o test -Pbenchmarks -pl team-service -am -Dtest=TeamRosterBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; numbers in docs/benchmarks.md.
 */
@SiKerjaServiceTest
@Tag("benchmark")
class TeamRosterBenchmarkTest {

    private static final int TEAMS = 200;
    private static final int MEMBERS = 7;
    private static final int SAMPLES = 500;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    @Autowired
    WebTestClient web;
    @Autowired
    OrgReplica org;
    @Autowired
    MongoProfileBindings bindings;
    @Autowired
    CommandDispatcher commands;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("benchmark: roster of one team and rosters of a unit with 200 teams")
    void rosterLatency() {
        TestCity city = new TestCity(org, bindings::record, "bench-" + UUID.randomUUID().toString().substring(0, 8),
                "cilegon-2023", PositionKind.ADMINISTRATOR);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(city.facts.employee(OrgFacts.nip()).in(city.unit).add());
        }
        CallContext head = new CallContext(city.as(city.unitHead), UUID.randomUUID().toString(), null);
        long seedStart = System.nanoTime();
        List<String> teamIds = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            String teamId = "bench-team-" + UUID.randomUUID();
            teamIds.add(teamId);
            List<String> members = new ArrayList<>();
            for (int m = 0; m <= MEMBERS; m++) {
                members.add(people.get((t + m * 5) % people.size()));
            }
            commands.sendAndWait(new ProposeTeamCommand(teamId, city.agency, city.unit, "Tim " + t, "Tujuan",
                    List.of("Target"), List.of("kesehatan masyarakat"), TODAY.minusDays(10), TODAY.plusDays(300),
                    AssignmentScope.WITHIN_UNIT, MEMBERS + 1, TODAY, head.actor()), head);
            // acts in time order (12.12): decree, lead and members on the day of the proposal
            commands.sendAndWait(new EstablishTeamCommand(teamId, "800/" + t, TODAY, List.of("Tugas"),
                    List.of("Target"), members.stream().map(n -> new DecreeMember(n, "anggota")).toList(),
                    head.actor()), head);
            commands.sendAndWait(new AppointTeamLeadCommand(teamId, members.get(0), TODAY, true,
                    null, head.actor()), head);
            for (String member : members.subList(1, members.size())) {
                commands.sendAndWait(new AddTeamMemberCommand(teamId, member, null, TODAY, head.actor()), head);
            }
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long expected = (long) TEAMS * (MEMBERS + 1);
        await().atMost(Duration.ofMinutes(3)).until(() -> mongo.count(Query.query(where("owningUnitId")
                .is(city.unit)), TeamDocuments.MEMBERSHIPS) == expected);

        String token = "Bearer " + TestTokens.token(city.unitHead, city.agency);
        for (int i = 0; i < 50; i++) { // warm-up
            roster(token, teamIds.get(i % TEAMS));
        }
        long[] single = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            assertThat(roster(token, teamIds.get(i % TEAMS))).contains("KETUA");
            single[i] = System.nanoTime() - start;
        }
        long[] unit = new long[SAMPLES / 5];
        for (int i = 0; i < unit.length; i++) {
            long start = System.nanoTime();
            String body = web.get().uri("/api/v1/teams/rosters?unitId=" + city.unit + "&on=" + TODAY)
                    .header("Authorization", token).exchange().expectStatus().isOk().expectBody(String.class)
                    .returnResult().getResponseBody();
            unit[i] = System.nanoTime() - start;
            assertThat(body).contains(teamIds.get(TEAMS - 1));
        }
        long[] teams = new long[SAMPLES / 5];
        for (int i = 0; i < teams.length; i++) {
            long start = System.nanoTime();
            web.get().uri("/api/v1/teams?unitId=" + city.unit).header("Authorization", token).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult();
            teams[i] = System.nanoTime() - start;
        }
        System.out.printf("BENCHMARK team roster: seeded %d teams x %d people (%d commands) in %.1f s%n", TEAMS,
                MEMBERS + 1, TEAMS * (MEMBERS + 3), seedSeconds);
        report("GET /api/v1/teams/{id}/roster (8 people)", single);
        report("GET /api/v1/teams/rosters?unitId (200 teams, 1600 rows)", unit);
        report("GET /api/v1/teams?unitId (200 teams)", teams);
    }

    private String roster(String token, String teamId) {
        return web.get().uri("/api/v1/teams/" + teamId + "/roster?on=" + TODAY).header("Authorization", token)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCHMARK %s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
