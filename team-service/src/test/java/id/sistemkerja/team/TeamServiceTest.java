package id.sistemkerja.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.assignment.v1.AssignedEmployee;
import id.sistemkerja.contracts.assignment.v1.AssignmentEnded;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderIssued;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.platform.test.TestTokens;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.team.config.TeamPeriodEnds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** team-service as a whole: HTTP acts, read models, Kafka in (assignment orders) and out (team v1). */
class TeamServiceTest extends TeamApiTest {

    @Autowired
    TeamPeriodEnds periodEnds;

    /** An established team of {@code city} (no verification step: not a Bandung profile), decreed today. */
    private String establishedTeam(TestCity city, AssignmentScope scope, String establisher, List<String> members,
                                   String... establisherRoles) {
        String teamId = post(city, city.unitHead, "/api/v1/teams", Map.of("owningUnitId", city.unit,
                "name", "Tim Investasi", "purpose", "Meningkatkan realisasi investasi",
                "targets", List.of("Realisasi investasi naik 10%"), "competencies", List.of("kesehatan masyarakat"),
                "periodFrom", TODAY.minusDays(10).toString(), "periodUntil", TODAY.plusDays(300).toString(),
                "scope", scope.name(), "plannedSize", 4)).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("teamId").asText();
        post(city, establisher, "/api/v1/teams/" + teamId + "/decree", Map.of("decreeNumber", "800/7/2025",
                "decreeDate", TODAY.toString(), "tasks", List.of("Fasilitasi investor"),
                "targets", List.of("Realisasi investasi naik 10%"),
                "members", members.stream().map(nip -> Map.of("nip", nip, "duty", "analis investasi")).toList()),
                establisherRoles).expectStatus().isOk();
        return teamId;
    }

    @Test
    @DisplayName("TEAM-01 members join through a TEAM assignment order read from Kafka, and leave when the assignment ends")
    void membersFromAssignmentOrders() throws Exception {
        TestCity city = city("cilegon-2023");
        String member = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        String teamId = establishedTeam(city, AssignmentScope.CROSS_UNIT, city.unitHead, List.of(member));
        String assignmentId = "asg-" + UUID.randomUUID();
        publish(new AssignmentOrderIssued("ord-" + UUID.randomUUID(), "ST/1/TEAM/2025", city.agency, TODAY,
                AssignmentMode.PENUNJUKAN, AssignmentScope.CROSS_UNIT, AssignmentForm.TEAM, teamId, city.agency,
                city.department, city.unit, List.of(new AssignedEmployee(assignmentId, member, city.agency,
                city.department, city.otherUnit, PositionKind.FUNGSIONAL)), TODAY, TODAY.plusDays(300),
                "Tim Investasi", List.of(), List.of("Realisasi"), null, null, null, null, "DIRECT", null,
                city.unitHead, "UNIT_HEAD", List.of(), "cilegon-2023", 1, List.of("ASG-04")), city.agency);
        String roster = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=" + TODAY,
                "$.length()", 1);
        assertThat(roster).contains(member, "ANGGOTA", "analis investasi", assignmentId, city.otherUnit);
        awaitJson(city, member, "/api/v1/employees/" + member + "/teams?on=" + TODAY, "$[0].teamId", teamId);

        publish(new AssignmentEnded(assignmentId, "ord", "ST/1", city.agency, member, AssignmentForm.TEAM, teamId,
                TODAY.plusDays(5), "ORDER_REVOKED", "Dialihkan", city.unitHead), city.agency);
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=" + TODAY.plusDays(5), "$.length()",
                0);
        assertThat(get(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=" + TODAY)).contains(member);
    }

    @Test
    @DisplayName("TEAM-12 dissolution publishes team.TeamDissolved naming every active member's assignment")
    void dissolutionPublished() throws Exception {
        TestCity city = city("cilegon-2023");
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String teamId = establishedTeam(city, AssignmentScope.WITHIN_UNIT, city.unitHead, List.of(member));
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members", Map.of("nip", member,
                "effectiveFrom", TODAY.toString())).expectStatus().isOk();
        post(city, member, "/api/v1/teams/" + teamId + "/dissolution", Map.of("effectiveOn",
                TODAY.plusDays(1).toString(), "reason", "Selesai", "decreeNumber", "800/10"))
                .expectStatus().isForbidden();
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/dissolution", Map.of("effectiveOn",
                TODAY.plusDays(1).toString(), "reason", "Selesai", "decreeNumber", "800/10"))
                .expectStatus().isOk();
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), Topics.TEAM_EVENTS,
                rs -> rs.stream().anyMatch(r -> teamId.equals(r.key()) && "team.TeamDissolved".equals(type(r))),
                Duration.ofSeconds(60));
        JsonNode dissolved = json.readTree(records.stream().filter(r -> teamId.equals(r.key())
                && "team.TeamDissolved".equals(type(r))).findFirst().orElseThrow().value()).get("payload");
        assertThat(dissolved.get("effectiveOn").asText()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(dissolved.get("activeMembers").toString()).contains(member);
        assertThat(dissolved.get("ruleIds").toString()).contains("TEAM-12");
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "DISSOLVED");
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=" + TODAY.plusDays(1), "$.length()",
                0);
    }

    @Test
    @DisplayName("TEAM-09 payroll reads the allowance entitlement of a Serang lead appointed by the PPK")
    void allowanceForPayroll() {
        TestCity city = city("serang-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String teamId = establishedTeam(city, AssignmentScope.WITHIN_UNIT, city.unitHead, List.of(lead));
        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead, "experienceInField", true),
                "STAFFING_AUTHORITY").expectStatus().isOk();
        String allowances = awaitJson(city, "payroll", "/api/v1/team/allowances?nip=" + lead, "$.length()", 1,
                "PAYROLL_CLIENT");
        assertThat(allowances).contains("KETUA", "serang-2023", "TEAM-09", "\"entitled\":true");
        // H5: the lead reads their own entitlement; a colleague reads neither the lead's nor the agency's list
        awaitJson(city, lead, "/api/v1/team/allowances", "$.length()", 1, "EMPLOYEE");
        String colleague = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        web.get().uri("/api/v1/team/allowances?nip=" + lead).header("Authorization", "Bearer "
                + TestTokens.token(colleague, city.agency, "EMPLOYEE")).exchange().expectStatus().isForbidden();
        assertThat(get(city, colleague, "/api/v1/team/allowances", "EMPLOYEE")).isEqualTo("[]");
    }

    @Test
    @DisplayName("TEAM-05 a refused lead is problem+json naming each failed criterion, its rule id and article")
    void refusalAsProblem() {
        TestCity city = city("serang-2023");
        String pelaksana = city.facts.employee(OrgFacts.nip()).in(city.unit).pelaksana(7).education(Education.D3)
                .rank(Rank.II_C).add();
        String teamId = establishedTeam(city, AssignmentScope.WITHIN_UNIT, city.unitHead, List.of(pelaksana));
        String body = post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", Map.of("nip", pelaksana),
                "STAFFING_AUTHORITY").expectStatus().isEqualTo(422).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(body).contains("TEAM-05", "Perwal Serang 23/2023 Pasal 8(4) huruf a angka 1", "angka 2",
                "angka 3");
        assertThat((List<?>) JsonPath.read(body, "$.violations")).hasSize(3);
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "ESTABLISHED");
        assertThat(get(city, city.unitHead, "/api/v1/teams/" + teamId)).doesNotContain("leadNip");
    }

    @Test
    @DisplayName("RPT-03 a report request stays in the open list until the member answers it")
    void openRequests() {
        TestCity city = city("cilegon-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String teamId = establishedTeam(city, AssignmentScope.WITHIN_UNIT, city.unitHead, List.of(lead));
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead, "experienceInField",
                true)).expectStatus().isOk();
        String requestId = post(city, city.unitHead, "/api/v1/teams/" + teamId + "/report-requests",
                Map.of("fromNip", lead, "subject", "Progres triwulan")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asText();
        awaitJson(city, lead, "/api/v1/report-requests?fromNip=" + lead, "$[0].requestId", requestId);
        post(city, lead, "/api/v1/teams/" + teamId + "/reports", Map.of("summary", "Progres 60%",
                "answersRequestId", requestId)).expectStatus().isCreated();
        awaitJson(city, lead, "/api/v1/report-requests?fromNip=" + lead, "$.length()", 0);
        String reports = get(city, city.unitHead, "/api/v1/teams/" + teamId + "/reports");
        assertThat(reports).contains("Progres 60%", city.unitHead, "RPT-02");
    }

    @Test
    @DisplayName("TEAM-04 a Bandung proposal is listed for the verification board until it recommends it")
    void pendingVerifications() {
        TestCity city = city("bandung-2023");
        String teamId = post(city, city.unitHead, "/api/v1/teams", Map.of("owningUnitId", city.unit,
                "name", "Tim Stunting", "purpose", "Menurunkan stunting", "targets", List.of("Turun 2%"),
                "competencies", List.of("kesehatan masyarakat"),
                "periodFrom", TODAY.toString(), "periodUntil", TODAY.plusDays(200).toString(),
                "scope", "WITHIN_UNIT", "plannedSize", 4)).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("teamId").asText();
        awaitJson(city, "tv", "/api/v1/teams/pending-verifications", "$[0].teamId", teamId);
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        awaitJson(city, "tv", "/api/v1/teams/pending-verifications", "$.length()", 0);
    }

    @Test
    @DisplayName("TEAM-12 a team whose period has run out is ended by the nightly job, and its memberships with it")
    void periodEnd() {
        TestCity city = city("cilegon-2023");
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        today(LocalDate.of(2023, 12, 1)); // proposed and decreed before the period, ended long after it
        String teamId = post(city, city.unitHead, "/api/v1/teams", Map.of("owningUnitId", city.unit,
                "name", "Tim 2024", "competencies", List.of("kesehatan masyarakat"), "purpose", "Program 2024", "targets", List.of("Selesai"),
                "periodFrom", "2024-01-01", "periodUntil", "2024-12-31", "scope", "WITHIN_UNIT", "plannedSize", 2))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("teamId").asText();
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree", Map.of("decreeNumber", "800/2024",
                "decreeDate", "2023-12-20", "tasks", List.of("Tugas"), "targets", List.of("Selesai"),
                "members", List.of(Map.of("nip", member, "duty", "anggota")))).expectStatus().isOk();
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members", Map.of("nip", member,
                "effectiveFrom", "2024-01-01")).expectStatus().isOk();
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "ESTABLISHED");
        clock.set(NOW);
        assertThat(periodEnds.endOverdueTeams()).isGreaterThanOrEqualTo(1);
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "ENDED");
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=2025-01-01", "$.length()", 0);
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=2024-12-31", "$.length()", 1);
    }

    private void publish(Object payload, String agencyId) throws Exception {
        publish(Topics.ASSIGNMENT_EVENTS, payload, agencyId);
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
