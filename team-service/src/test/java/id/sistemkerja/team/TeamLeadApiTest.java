package id.sistemkerja.team;

import com.jayway.jsonpath.JsonPath;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the team API: who may lead and who appoints (TEAM-02, TEAM-03, TEAM-05, TEAM-06): Bekasi's strict priority
 * of a JF hasil penyetaraan (issue 12.5), Bekasi's lead appointers (14.3), competence through the shared vocabulary and
 * the predikat used in January (14.8), Bandung's coordinator in the one-level structure only (14.7).
 */
class TeamLeadApiTest extends TeamApiTest {

    private static Map<String, Object> lead(String nip) {
        return Map.of("nip", nip, "experienceInField", true);
    }

    /** The lead appointment events of the team's history, as JSON text. */
    private String leadEvents(TestCity city, String teamId, String nip) {
        String history = history(city, teamId, "TeamLeadAppointedEvent");
        List<Map<String, Object>> events = JsonPath.read(history,
                "$.events[?(@.payloadType =~ /.*TeamLeadAppointedEvent/ && @.payload.nip == '" + nip + "')].payload");
        assertThat(events).as("lead appointment of " + nip).isNotEmpty();
        return JsonPath.parse(events).jsonString();
    }

    // ------------------------------------------------------------------ TEAM-03 Bekasi (12.5)

    @Test
    @DisplayName("TEAM-03 Bekasi: while an eligible JF hasil penyetaraan is among the team's personnel another lead is refused, with or without a justification (BKS23 Pasal 9(4)-(5), lampiran C.3 huruf d-e)")
    void bekasiPriorityIsStrict() {
        TestCity city = city("bekasi-2023", 2);
        String converted = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add();
        String other = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(converted, other));
        long before = storedEvents(teamId);

        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(other)), 422))
                .contains("TEAM-03", "Perwal Bekasi 37/2023 Pasal 9(4)-(5)", converted, "team's personnel");
        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", Map.of("nip", other,
                "experienceInField", true, "justification", "JF penyetaraan sedang tugas belajar")), 422))
                .contains("TEAM-03", converted);
        assertThat(storedEvents(teamId)).isEqualTo(before);
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(converted)).expectStatus().isOk();
    }

    @Test
    @DisplayName("TEAM-03 Bekasi: with no JF hasil penyetaraan among the team's personnel another JF leads without a justification, and the appointment records who was considered (BKS23 Pasal 9(5))")
    void bekasiNoConvertedOnTheTeam() {
        TestCity city = city("bekasi-2023", 2);
        city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add(); // in the unit, not on the team
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(lead, member));

        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(lead)).expectStatus().isOk();
        String event = leadEvents(city, teamId, lead);
        assertThat(event).contains("\"priorityPool\":\"TEAM_PERSONNEL\"", "\"priorityConsidered\":[\"" + member
                + "\"]", "\"priorityCandidates\":[]", "TEAM-03");
    }

    // ------------------------------------------------------------------ TEAM-02 Bekasi (14.3)

    @Test
    @DisplayName("TEAM-02 Bekasi: the candidate's appraiser, the unit head (Level II) or the Level I official appoints the lead; the head of another unit is refused (BKS23 Pasal 9(3), lampiran C.3 huruf c)")
    void bekasiLeadAppointers() {
        TestCity city = city("bekasi-2023", 2);
        String pengawas = OrgFacts.nip();
        String pengawasPosition = city.facts.structural(city.unit, "subkor", PositionKind.PENGAWAS, pengawas);
        String first = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().appraisedBy(pengawasPosition)
                .add();
        String second = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add();
        String teamId = established(city, city.unitHead, city.unit, city.unitHead, List.of(first, second));

        assertThat(body(post(city, city.otherHead, "/api/v1/teams/" + teamId + "/lead", lead(first)), 403))
                .contains("TEAM-02", "Perwal Bekasi 37/2023 Pasal 9(3)");
        post(city, pengawas, "/api/v1/teams/" + teamId + "/lead", lead(first)).expectStatus().isOk();
        today(TODAY.plusDays(1));
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/lead", lead(second)).expectStatus().isOk();
        today(TODAY.plusDays(2));
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(first)).expectStatus().isOk();

        String history = history(city, teamId, "\"appointerCapacity\":\"OWNING_UNIT_HEAD\"");
        assertThat(history).contains("\"appointerCapacity\":\"APPRAISER\"",
                "\"appointerCapacity\":\"OWNING_LEVEL_ONE\"");
    }

    // ------------------------------------------------------------------ TEAM-05 competence and predikat (14.8)

    @Test
    @DisplayName("TEAM-05 Bandung: a proposal that states no competencies is refused, since the lead is chosen by competence in the field (BDG23 Pasal 11(6) huruf b)")
    void bandungProposalNeedsCompetencies() {
        TestCity city = city("bandung-2023", 2);
        String refused = body(post(city, city.unitHead, "/api/v1/teams", proposal(city.unit, TODAY)), 422);
        assertThat(refused).contains("TEAM-05", "Perwal Bandung 6/2023 Pasal 11(6) huruf b", "competencies");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload LIKE ?", Long.class,
                "%" + city.unit + "%")).isZero();
    }

    @Test
    @DisplayName("TEAM-05 Serang: a proposal without competencies is accepted: SRG23 Pasal 8(4) huruf a sets no competence criterion for leads")
    void serangProposalWithoutCompetencies() {
        TestCity city = city("serang-2023", 2);
        post(city, city.unitHead, "/api/v1/teams", proposal(city.unit, TODAY)).expectStatus().isCreated();
    }

    @Test
    @DisplayName("TEAM-05 Bandung: competence matches through the shared vocabulary: a lead with a synonym of the team's need qualifies, a lead of another field is refused (BDG23 Pasal 11(6) huruf b)")
    void bandungCompetenceVocabulary() {
        TestCity city = city("bandung-2023", 2);
        String kesmas = city.facts.employee(OrgFacts.nip()).in(city.unit).competencies("Kesmas").add();
        String finance = city.facts.employee(OrgFacts.nip()).in(city.unit).competencies("akuntansi").add();
        String teamId = propose(city, city.unitHead, city.unit, "Kesehatan Masyarakat");
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY, kesmas, finance))
                .expectStatus().isOk();

        assertThat(body(post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(finance)), 422))
                .contains("TEAM-05", "Pasal 11(6) huruf b", "kompetensi");
        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(kesmas)).expectStatus().isOk();
        assertThat(leadEvents(city, teamId, kesmas)).contains("\"matchedCompetencies\":[\"KESEHATAN_MASYARAKAT\"]");
    }

    @Test
    @DisplayName("TEAM-05 Bandung: in January, before last year's predikat is recorded, the latest recorded predikat counts and the appointment names its year (BDG23 Pasal 11(6) huruf c, lampiran B.3 huruf g)")
    void bandungJanuaryUsesLatestPredikat() {
        today(LocalDate.of(2026, 1, 8));
        TestCity city = city("bandung-2023", 2);
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).predikatUntil(2024).add();
        String teamId = propose(city, city.unitHead, city.unit);
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree", decree(today(), lead)).expectStatus().isOk();

        post(city, city.unitHead, "/api/v1/teams/" + teamId + "/lead", lead(lead)).expectStatus().isOk();
        assertThat(leadEvents(city, teamId, lead)).contains("\"predikatYear\":2024");
    }

    // ------------------------------------------------------------------ TEAM-06 Bandung (14.7)

    /** A Bandung team owned by the department itself (led by its JPT), verified and decreed by its head. */
    private String departmentTeam(TestCity city, String... members) {
        String teamId = propose(city, city.deptHead, city.department);
        post(city, "tv", "/api/v1/teams/" + teamId + "/verification", Map.of("recommended", true),
                "VERIFICATION_BOARD").expectStatus().isOk();
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/decree", decree(TODAY, members)).expectStatus().isOk();
        return teamId;
    }

    @Test
    @DisplayName("TEAM-06 Bandung: a coordinator where the JPT is both appraiser and unit head, the one-level structure (BDG23 Pasal 11(2), lampiran B.2 huruf b)")
    void bandungCoordinatorInOneLevelStructure() {
        TestCity city = city("bandung-2023", 2);
        String underJpt = city.facts.employee(OrgFacts.nip()).in(city.department).add();
        String teamId = departmentTeam(city, underJpt);
        post(city, city.deptHead, "/api/v1/teams/" + teamId + "/coordinator", lead(underJpt)).expectStatus().isOk();
        awaitJson(city, city.deptHead, "/api/v1/teams/" + teamId, "$.coordinatorNip", underJpt);
    }

    @Test
    @DisplayName("TEAM-06 Bandung: no coordinator in a JPT-led department whose JF sit under an Administrator as appraiser (BDG23 Pasal 11(2), lampiran B.2 huruf b)")
    void bandungNoCoordinatorInTwoLevelStructure() {
        TestCity city = city("bandung-2023", 2);
        String underAdministrator = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String teamId = departmentTeam(city, underAdministrator);
        long before = storedEvents(teamId);

        assertThat(body(post(city, city.deptHead, "/api/v1/teams/" + teamId + "/coordinator",
                lead(underAdministrator)), 422)).contains("TEAM-06", "Perwal Bandung 6/2023 Pasal 11(2)",
                "Pejabat Penilai Kinerja");
        assertThat(storedEvents(teamId)).isEqualTo(before);
    }
}
