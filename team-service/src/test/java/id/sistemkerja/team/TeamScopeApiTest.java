package id.sistemkerja.team;

import com.jayway.jsonpath.JsonPath;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.assignment.v1.AssignedEmployee;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderIssued;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TEAM-07 through the team API: a team's scope is a fact of its members' home units, departments and agencies, at
 * the decree and at every joining (directly, by the lead's proposal, by a TEAM order from Kafka), and decides who
 * signs (issue 12.4); teams across perangkat daerah in Serang and Cilegon (ASG-02, issue 12.1); security findings M4
 * and M8 on the team side.
 */
class TeamScopeApiTest extends TeamApiTest {

    private String jf(TestCity city, String unitId) {
        return city.facts.employee(OrgFacts.nip()).in(unitId).add();
    }

    /** A TEAM order of {@code owningUnitId} for the team, as assignment-service publishes it. */
    private AssignmentOrderIssued order(TestCity city, String teamId, String owningUnitId, String issuedBy,
                                        String... assignees) {
        return new AssignmentOrderIssued("ord-" + UUID.randomUUID(), "ST/" + UUID.randomUUID().toString()
                .substring(0, 4), city.agency, TODAY, AssignmentMode.PENUNJUKAN, AssignmentScope.CROSS_UNIT,
                AssignmentForm.TEAM, teamId, city.agency, city.department, owningUnitId,
                java.util.Arrays.stream(assignees).map(nip -> new AssignedEmployee("asg-" + nip, nip, city.agency,
                        null, null, PositionKind.FUNGSIONAL)).toList(), TODAY, TODAY.plusDays(200), "Tim",
                List.of(), List.of("Target"), null, null, null, null, "DIRECT", null, issuedBy, "UNIT_HEAD",
                List.of(), "serang-2023", 2, List.of("ASG-04"));
    }

    @Test
    @DisplayName("TEAM-07 Serang: members from another unit make the decree the Sekda's; the unit head cannot sign it, and nothing is stored (SRG23 Pasal 13(2) huruf a-b)")
    void serangDecreeScopeFromMembers() {
        TestCity city = city("serang-2023", 2);
        String insider = jf(city, city.unit);
        String outsider = jf(city, city.otherUnit);
        String teamId = propose(city, city.unitHead, city.unit);
        long before = storedEvents(teamId);

        String refused = body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree",
                decree(TODAY, insider, outsider)), 403);
        assertThat(refused).contains("TEAM-07", "Perwal Serang 23/2023 Pasal 13(2) huruf b", "Sekretaris Daerah",
                "CROSS_UNIT", outsider);
        assertThat(storedEvents(teamId)).isEqualTo(before);

        post(city, "sekda", "/api/v1/teams/" + teamId + "/decree", decree(TODAY, insider, outsider),
                "REGIONAL_SECRETARY").expectStatus().isOk();
        String team = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "ESTABLISHED");
        assertThat((String) JsonPath.read(team, "$.scope")).isEqualTo("CROSS_UNIT");
        assertThat((String) JsonPath.read(team, "$.memberScope")).isEqualTo("CROSS_UNIT");
        assertThat((String) JsonPath.read(team, "$.establishedBy")).isEqualTo("sekda");
    }

    @Test
    @DisplayName("TEAM-07 Serang: a member from another unit cannot join a team decreed for the unit's own staff; the refusal names the Sekda's decree (SRG23 Pasal 13(2) huruf b)")
    void serangMemberOutsideDecree() {
        TestCity city = city("serang-2023", 2);
        String insider = jf(city, city.unit);
        String colleague = jf(city, city.unit);
        String outsider = jf(city, city.otherUnit);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(insider));
        long before = storedEvents(teamId);

        String refused = body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members",
                Map.of("nip", outsider)), 422);
        assertThat(refused).contains("TEAM-07", "Pasal 13(2) huruf b", "Sekretaris Daerah", "WITHIN_UNIT", outsider);
        assertThat(storedEvents(teamId)).isEqualTo(before);

        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members", Map.of("nip", colleague))
                .expectStatus().isOk();
        String roster = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster", "$.length()", 1);
        assertThat(roster).contains(colleague).doesNotContain(outsider);
    }

    @Test
    @DisplayName("TEAM-07 TEAM-08 Serang: the lead may propose a colleague of the unit, but not a member from another perangkat daerah, whose team needs the Sekda's decree (SRG23 Pasal 12(5), 13(2) huruf b)")
    void serangMemberProposalOutsideDecree() {
        TestCity city = city("serang-2023", 2);
        String lead = jf(city, city.unit);
        String colleague = jf(city, city.unit);
        String elsewhere = jf(city, city.unit2);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(lead));
        post(city, "ppk", "/api/v1/teams/" + teamId + "/lead", Map.of("nip", lead, "experienceInField", true),
                "STAFFING_AUTHORITY").expectStatus().isOk();
        long before = storedEvents(teamId);

        String refused = body(post(city, lead, "/api/v1/teams/" + teamId + "/member-proposals",
                Map.of("nip", elsewhere, "duty", "analis data")), 422);
        assertThat(refused).contains("TEAM-07", "Pasal 13(2) huruf b", "Sekretaris Daerah", "CROSS_DEPARTMENT");
        assertThat(storedEvents(teamId)).isEqualTo(before);
        post(city, lead, "/api/v1/teams/" + teamId + "/member-proposals", Map.of("nip", colleague, "duty",
                "analis data")).expectStatus().isCreated();
    }

    @Test
    @DisplayName("TEAM-07 Serang: a TEAM order from Kafka adds its assignee of the unit and refuses, on record with rule and reason, its assignee from another unit (SRG23 Pasal 13(2) huruf b)")
    void serangOrderFromKafkaOutsideDecree() throws Exception {
        TestCity city = city("serang-2023", 2);
        String insider = jf(city, city.unit);
        String colleague = jf(city, city.unit);
        String outsider = jf(city, city.otherUnit);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(insider));

        publish(Topics.ASSIGNMENT_EVENTS, order(city, teamId, city.unit, city.unitHead, colleague, outsider),
                city.agency);
        String refused = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/refused-memberships",
                "$.length()", 1);
        assertThat(refused).contains(outsider, "asg-" + outsider, "TEAM-07", "Pasal 13(2) huruf b",
                "Sekretaris Daerah");
        String roster = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster", "$.length()", 1);
        assertThat(roster).contains(colleague, "asg-" + colleague).doesNotContain(outsider);
    }

    @Test
    @DisplayName("TEAM-08 (security M4): a TEAM order of another unit adds no member to the team, and the refusal is on record")
    void orderOfAnotherUnitRefused() throws Exception {
        TestCity city = city("cilegon-2023", 2);
        String insider = jf(city, city.unit);
        String intruder = jf(city, city.otherUnit);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(insider));

        publish(Topics.ASSIGNMENT_EVENTS, order(city, teamId, city.otherUnit, city.otherHead, intruder), city.agency);
        String refused = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId + "/refused-memberships",
                "$.length()", 1);
        assertThat(refused).contains(intruder, city.otherUnit, "cannot add members", "TEAM-08");
        assertThat(get(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster")).doesNotContain(intruder);
    }

    @Test
    @DisplayName("TEAM-08 (security M8): the member API stores no assignment id, order number or cause a caller sends; that provenance comes only from TEAM orders")
    void memberApiTakesNoProvenance() {
        TestCity city = city("cilegon-2023", 2);
        String member = jf(city, city.unit);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(member));

        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members", Map.of("nip", member,
                "assignmentId", "asg-forged", "orderNumber", "ST/forged")).expectStatus().isOk();
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members/" + member + "/end", Map.of(
                "effectiveOn", TODAY.plusDays(5).toString(), "cause", "ORDER_REVOKED")).expectStatus().isOk();
        String roster = awaitBody(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster?on=" + TODAY,
                b -> b.contains("RECORDED_BY_UNIT_HEAD"));
        assertThat(roster).contains(member).doesNotContain("asg-forged", "ST/forged", "ORDER_REVOKED");
        assertThat(roster).doesNotContain("\"assignmentId\"", "\"orderNumber\""); // null: not from an order
    }

    @Test
    @DisplayName("ASG-02 TEAM-07 Serang: a team with members from two perangkat daerah is lintas Unit Organisasi and is established by the Sekda; the unit head is refused (SRG23 Pasal 1(16), 13(2) huruf b)")
    void serangCrossDepartmentTeam() {
        TestCity city = city("serang-2023", 2);
        String insider = jf(city, city.unit);
        String fromBadan = jf(city, city.unit2);
        String teamId = propose(city, city.unitHead, city.unit);

        String refused = body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree",
                decree(TODAY, insider, fromBadan)), 403);
        assertThat(refused).contains("TEAM-07", "Pasal 13(2) huruf b", "Sekretaris Daerah", "CROSS_DEPARTMENT");
        post(city, "sekda", "/api/v1/teams/" + teamId + "/decree", decree(TODAY, insider, fromBadan),
                "REGIONAL_SECRETARY").expectStatus().isOk();
        String team = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "ESTABLISHED");
        assertThat((String) JsonPath.read(team, "$.scope")).isEqualTo("CROSS_DEPARTMENT");
        assertThat(team).contains("serang-2023", "TEAM-07", "ASG-02");
    }

    @Test
    @DisplayName("ASG-02 TEAM-07 Cilegon: a team with members from two perangkat daerah is lintas Unit Organisasi and is established by the owning unit head; the other department's head is refused (CLG23 Pasal 1(14), 9(1))")
    void cilegonCrossDepartmentTeam() {
        TestCity city = city("cilegon-2023", 2);
        String insider = jf(city, city.unit);
        String fromBadan = jf(city, city.unit2);
        String teamId = propose(city, city.unitHead, city.unit);

        String refused = body(post(city, city.dept2Head, "/api/v1/teams/" + teamId + "/decree",
                decree(TODAY, insider, fromBadan)), 403);
        assertThat(refused).contains("TEAM-07", "Perwal Cilegon 17/2023 Pasal 9(1)",
                "head of the owning unit (Pimpinan Unit Organisasi pemilik kinerja)");
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY, insider, fromBadan))
                .expectStatus().isOk();
        String team = awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.status", "ESTABLISHED");
        assertThat((String) JsonPath.read(team, "$.scope")).isEqualTo("CROSS_DEPARTMENT");
    }

    @Test
    @DisplayName("TEAM-07 Cilegon: a member from another perangkat daerah joins a team the owning unit head decreed for the unit, since that head signs such teams too, and the team's scope widens (CLG23 Pasal 9(1))")
    void cilegonDecreeSignerCoversWiderScope() {
        TestCity city = city("cilegon-2023", 2);
        String insider = jf(city, city.unit);
        String fromBadan = jf(city, city.unit2);
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(insider));

        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/members", Map.of("nip", fromBadan))
                .expectStatus().isOk();
        awaitJson(city, city.unitHead, "/api/v1/teams/" + teamId, "$.scope", "CROSS_DEPARTMENT");
        assertThat(get(city, city.unitHead, "/api/v1/teams/" + teamId + "/roster")).contains(fromBadan);
    }

    @Test
    @DisplayName("TEAM-07 Bandung: members from another perangkat daerah make the decree the Sekda's, not the Kepala Perangkat Daerah's (BDG23 Pasal 9(4))")
    void bandungCrossDepartmentDecree() {
        TestCity city = city("bandung-2023", 2);
        String insider = jf(city, city.unit);
        String fromBadan = jf(city, city.unit2);
        String teamId = propose(city, city.unitHead, city.unit);
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();

        String refused = body(post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree",
                decree(TODAY, insider, fromBadan)), 403);
        assertThat(refused).contains("TEAM-07", "Perwal Bandung 6/2023 Pasal 9(4)", "Sekretaris Daerah");
        post(city, "sekda", "/api/v1/teams/" + teamId + "/decree", decree(TODAY, insider, fromBadan),
                "REGIONAL_SECRETARY").expectStatus().isOk();
    }
}
