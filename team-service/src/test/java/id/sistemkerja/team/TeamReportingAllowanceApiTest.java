package id.sistemkerja.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.JsonPath;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.assignment.v1.AssignedEmployee;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderIssued;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the team API: Serang's lead reports to the assigner and the allowance follows the profile's reading, its
 * start and end published for payroll (issue 14.9); Bandung's decree after the start-of-year performance agreement is
 * recorded as late (14.10); stored events of revision 1 still read after the additive changes.
 */
class TeamReportingAllowanceApiTest extends TeamApiTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private String jf(TestCity city, String unitId) {
        return city.facts.employee(OrgFacts.nip()).in(unitId).add();
    }

    /** A Pelaksana who may lead in Serang (S1, III/b; experience attested at appointment, SRG23 Pasal 8(4) huruf a). */
    private String pelaksana(TestCity city) {
        return city.facts.employee(OrgFacts.nip()).in(city.unit).pelaksana(7).education(Education.S1)
                .rank(Rank.III_B).add();
    }

    private static Map<String, Object> appointment(String nip, LocalDate from) {
        return Map.of("nip", nip, "experienceInField", true, "effectiveFrom", from.toString());
    }

    // ------------------------------------------------------------------ RPT-02 Serang (14.9)

    @Test
    @DisplayName("RPT-02 Serang: the lead reports to the unit head who issued the lead's assignment, not to the Sekda who signed the decree (SRG23 Pasal 16(3), 8(2) huruf a)")
    void serangLeadReportsToAssigner() throws Exception {
        TestCity city = city("serang-2023", 2);
        String lead = jf(city, city.unit);
        String outsider = jf(city, city.otherUnit);
        String teamId = established(city, city.unitHead, city.unit, "sekda", List.of(lead, outsider),
                "REGIONAL_SECRETARY");
        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead, "experienceInField", true),
                "STAFFING_AUTHORITY").expectStatus().isOk();
        // ASG-05 (SRG23 Pasal 8(2) huruf a): the head of the owning unit issues the TEAM order that assigns the lead
        publish(Topics.ASSIGNMENT_EVENTS, new AssignmentOrderIssued("ord-" + UUID.randomUUID(), "ST/9", city.agency,
                TODAY, AssignmentMode.PENUNJUKAN, AssignmentScope.WITHIN_UNIT, AssignmentForm.TEAM, teamId,
                city.agency, city.department, city.unit, List.of(new AssignedEmployee("asg-" + lead, lead,
                city.agency, city.department, city.unit, PositionKind.FUNGSIONAL)), TODAY, TODAY.plusDays(200),
                "Tim", List.of(), List.of("Target"), null, null, null, null, "DIRECT", null, city.unitHead,
                "UNIT_HEAD", List.of(), "serang-2023", 2, List.of("ASG-04")), city.agency);
        awaitBody(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster", b -> b.contains("asg-" + lead));

        post(city, lead, "/api/v1/teams/" + teamId + "/reports", Map.of("summary", "Laporan bulan Maret"))
                .expectStatus().isCreated();
        String reports = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/reports", "$.length()", 1);
        assertThat((List<Object>) JsonPath.read(reports, "$[0].recipientNips")).containsExactly(city.unitHead);
        assertThat(reports).contains("ASSIGNER", "RPT-02").doesNotContain("sekda");
    }

    // ------------------------------------------------------------------ TEAM-09 Serang (14.9)

    @Test
    @DisplayName("TEAM-09 Serang: a Pelaksana lead (Pasal 8(4) huruf a) and a coordinator are entitled to the additional allowance, a JF lead is not (SRG23 Pasal 9(1))")
    void serangAllowanceReading() {
        TestCity city = city("serang-2023", 2);
        String jfLead = jf(city, city.unit);
        String pelaksanaLead = pelaksana(city);
        String coordinator = city.facts.employee(OrgFacts.nip()).in(city.unit).rank(Rank.III_D).add();
        put(city, "admin", "/api/v1/team/department-affairs/" + city.department, Map.of("affairs",
                List.of("PENANAMAN_MODAL"), "legalBasis", "Perda SOTK"), "AGENCY_ADMIN").expectStatus().isOk();
        String teamId = established(city, city.unitHead, city.unit, city.unitHead,
                List.of(jfLead, pelaksanaLead, coordinator));

        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", appointment(jfLead, TODAY), "STAFFING_AUTHORITY")
                .expectStatus().isOk();
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.leadNip", jfLead);
        assertThat(get(city, "payroll", "/api/v1/team/allowances?nip=" + jfLead, "PAYROLL_CLIENT")).isEqualTo("[]");

        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", appointment(pelaksanaLead, TODAY.plusDays(1)),
                "STAFFING_AUTHORITY").expectStatus().isOk();
        String allowances = awaitJson(city, "payroll", "/api/v1/team/allowances?nip=" + pelaksanaLead + "&on="
                + TODAY.plusDays(1), "$.length()", 1, "PAYROLL_CLIENT");
        assertThat(allowances).contains("KETUA", "serang-2023", "TEAM-09");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> post(city, "ppk",
                "/api/v1/teams/" + teamId + "/coordinator", appointment(coordinator, TODAY), "STAFFING_AUTHORITY")
                .returnResult(String.class).getStatus().value() == 200); // the department's affairs reach the read model
        awaitJson(city, "payroll", "/api/v1/team/allowances?nip=" + coordinator, "$[0].role", "KOORDINATOR",
                "PAYROLL_CLIENT");
    }

    @Test
    @DisplayName("TEAM-09 Serang: payroll reads the start and end of an allowance entitlement, at a replacement and at the dissolution, as team.TeamAllowanceEntitlementStarted/Ended (SRG23 Pasal 9)")
    void serangAllowanceEventsForPayroll() throws Exception {
        TestCity city = city("serang-2023", 2);
        String first = pelaksana(city);
        String second = pelaksana(city);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(first, second));
        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", appointment(first, TODAY), "STAFFING_AUTHORITY")
                .expectStatus().isOk();
        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", appointment(second, TODAY.plusDays(10)),
                "STAFFING_AUTHORITY").expectStatus().isOk();
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/dissolution", Map.of("effectiveOn",
                TODAY.plusDays(20).toString(), "reason", "Program selesai", "decreeNumber", "800/20"))
                .expectStatus().isOk();

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), Topics.TEAM_EVENTS,
                rs -> rs.stream().filter(r -> teamId.equals(r.key()) && "team.TeamAllowanceEntitlementEnded"
                        .equals(type(r))).count() == 2, Duration.ofSeconds(60));
        List<JsonNode> allowances = records.stream().filter(r -> teamId.equals(r.key())
                        && type(r).startsWith("team.TeamAllowanceEntitlement"))
                .map(r -> payload(r)).toList();
        assertThat(allowances.stream().map(JsonNode::toString).toList()).satisfiesExactly(
                started -> assertThat(started).contains(first, "\"effectiveFrom\":\"" + TODAY + "\"", "KETUA",
                        "TEAM-09"),
                ended -> assertThat(ended).contains(first, "\"effectiveOn\":\"" + TODAY.plusDays(10) + "\"",
                        "REPLACED"),
                started -> assertThat(started).contains(second, "\"effectiveFrom\":\"" + TODAY.plusDays(10) + "\""),
                ended -> assertThat(ended).contains(second, "\"effectiveOn\":\"" + TODAY.plusDays(20) + "\"",
                        "TEAM_DISSOLVED"));
    }

    // ------------------------------------------------------------------ TEAM-04 Bandung timing (14.10)

    /** A Bandung team proposed, verified and decreed on {@code day}; returns its id. */
    private String bandungTeam(TestCity city, LocalDate day, String member) {
        today(day);
        String teamId = propose(city, city.unitHead, city.unit);
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree", decree(day, member)).expectStatus().isOk();
        return teamId;
    }

    @Test
    @DisplayName("TEAM-04 Bandung: a decree after the start-of-year performance agreement is recorded as late and listed, not refused; one in January is on time (BDG23 lampiran B.3 huruf g)")
    void bandungLateDecreeRecorded() {
        TestCity city = city("bandung-2023", 2);
        String member = jf(city, city.unit);
        String onTime = bandungTeam(city, LocalDate.of(2026, 1, 12), member);
        String late = bandungTeam(city, TODAY, member);

        String lateTeam = awaitJson(city, city.unitHead, "/api/v1/teams/" + late, "$.status", "ESTABLISHED");
        assertThat((Boolean) JsonPath.read(lateTeam, "$.decreeLate")).isTrue();
        assertThat((String) JsonPath.read(lateTeam, "$.decreeDueBy")).isEqualTo("2026-01-31");
        String onTimeTeam = awaitJson(city, city.unitHead, "/api/v1/teams/" + onTime, "$.status", "ESTABLISHED");
        assertThat((Boolean) JsonPath.read(onTimeTeam, "$.decreeLate")).isFalse();
        String listed = get(city, city.unitHead, "/api/v1/teams/late?year=2026");
        assertThat(listed).contains(late).doesNotContain(onTime);
    }

    // ------------------------------------------------------------------ stored events stay readable

    @Test
    @DisplayName("AUD-01 stored team events of revision 1 still deserialize after the additive revision-2 fields (null where not recorded)")
    void revisionOneEventsStillRead() {
        TeamLeadAppointedEvent lead = read(TeamLeadAppointedEvent.class, """
                {"teamId":"t1","agencyId":"a","owningUnitId":"u","nip":"n","homeUnitId":"u",
                 "effectiveFrom":"2025-01-02","previousLeadNip":null,"appointedBy":"h","appointerCapacity":"OWNING_UNIT_HEAD",
                 "justification":null,"allowanceEntitled":true,
                 "decision":{"profileId":"serang-2023","version":1,"ruleIds":["TEAM-05","TEAM-03","TEAM-09"]}}""");
        assertThat(lead.allowanceEntitled()).isTrue();
        assertThat(lead.predikatYear()).isNull();
        assertThat(lead.priorityConsidered()).isNull();
        TeamEstablishedEvent established = read(TeamEstablishedEvent.class, """
                {"teamId":"t1","agencyId":"a","owningUnitId":"u","owningDepartmentId":"d","name":"Tim","purpose":"p",
                 "scope":"WITHIN_UNIT","tasks":["t"],"targets":["x"],"members":[{"nip":"n","duty":"d"}],
                 "periodFrom":"2025-01-01","periodUntil":"2025-12-31","decreeNumber":"800/1","decreeDate":"2024-12-20",
                 "establishedBy":"h","establisherCapacity":"UNIT_HEAD",
                 "decision":{"profileId":"serang-2023","version":1,"ruleIds":["TEAM-07"]}}""");
        assertThat(established.scope()).isEqualTo(AssignmentScope.WITHIN_UNIT);
        assertThat(established.decreeLate()).isNull();
        TeamMemberJoinedEvent joined = read(TeamMemberJoinedEvent.class, """
                {"teamId":"t1","agencyId":"a","owningUnitId":"u","nip":"n","homeUnitId":"u","role":"ANGGOTA",
                 "duty":"d","effectiveFrom":"2025-01-02","assignmentId":"asg-1","orderNumber":"ST/1",
                 "recordedBy":"system"}""");
        assertThat(joined.assignmentId()).isEqualTo("asg-1");
        assertThat(joined.memberScope()).isNull();
    }

    private <T> T read(Class<T> type, String json) {
        return eventSerializer.deserialize(new SimpleSerializedObject<>(json, String.class, type.getName(), "1"));
    }

    private JsonNode payload(ConsumerRecord<String, byte[]> record) {
        try {
            return json.readTree(record.value()).get("payload");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(EventHeaders.EVENT_TYPE);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
