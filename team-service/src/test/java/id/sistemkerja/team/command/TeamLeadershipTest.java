package id.sistemkerja.team.command;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.team.OrgFacts;
import id.sistemkerja.team.TestCity;
import id.sistemkerja.team.api.TeamCommands.AppointTeamCoordinatorCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamLeadCommand;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementStartedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamCoordinatorAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static id.sistemkerja.team.TeamWorld.problem;
import static id.sistemkerja.team.command.TeamHistory.AFFAIRS;
import static id.sistemkerja.team.command.TeamHistory.FROM;
import static id.sistemkerja.team.command.TeamHistory.WORLD;
import static id.sistemkerja.team.command.TeamHistory.and;
import static id.sistemkerja.team.command.TeamHistory.city;

/** Leads and coordinators of a work team (TEAM-01, 02, 03, 05, 06, 09) as aggregate fixture tests. */
class TeamLeadershipTest {

    private static final List<String> COMPETENT = List.of("KESEHATAN_MASYARAKAT");

    private final FixtureConfiguration<WorkTeam> fixture = TeamHistory.fixture();

    // ------------------------------------------------------------------ TEAM-01, TEAM-02

    @Test
    @DisplayName("TEAM-01 Cilegon: a team has one lead; appointing another records whom the new lead replaces (CLG23 lampiran C.1)")
    void oneLead() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String first = team.employee(city.unit);
        String second = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, first, second),
                        team.leadAppointed(first, FROM, false)))
                .when(new AppointTeamLeadCommand(team.teamId, second, FROM.plusMonths(3), true, null,
                        city.as(city.unitHead)))
                .expectEvents(new TeamLeadAppointedEvent(team.teamId, city.agency, city.unit, second, city.unit,
                        FROM.plusMonths(3), first, city.unitHead, Official.OWNING_UNIT_HEAD, null, false,
                        team.basis("TEAM-05", "TEAM-03", "TEAM-09"), 2024, null, null, null, COMPETENT));
    }

    @Test
    @DisplayName("TEAM-02 Serang: the unit head does not appoint the lead; the Pejabat Pembina Kepegawaian does (SRG23 Pasal 13)")
    void serangLeadByThePpk() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead))
                .when(new AppointTeamLeadCommand(team.teamId, lead, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-02", "Pejabat Pembina Kepegawaian"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-02 Cilegon: a lead from outside the owning unit needs a recorded justification; the refusal names the preferred candidates (CLG23 Pasal 5(3))")
    void outsiderNeedsJustification() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String outsider = team.employee(city.otherUnit);
        String insider = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.CROSS_UNIT, outsider, insider))
                .when(new AppointTeamLeadCommand(team.teamId, outsider, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-02", "preferred candidates: " + insider))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-02 Cilegon: a lead from outside the owning unit is appointed with the justification recorded (CLG23 Pasal 5(3))")
    void outsiderWithJustification() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String outsider = team.employee(city.otherUnit);
        fixture.given(team.establishedTeam(AssignmentScope.CROSS_UNIT, outsider, team.employee(city.unit)))
                .when(new AppointTeamLeadCommand(team.teamId, outsider, FROM, true, "Pengalaman program serupa",
                        city.as(city.unitHead)))
                .expectEvents(new TeamLeadAppointedEvent(team.teamId, city.agency, city.unit, outsider,
                        city.otherUnit, FROM, null, city.unitHead, Official.OWNING_UNIT_HEAD,
                        "Pengalaman program serupa", false, team.basis("TEAM-05", "TEAM-03", "TEAM-02", "TEAM-09"),
                        2024, null, null, null, COMPETENT));
    }

    // ------------------------------------------------------------------ TEAM-03 (Bekasi)

    @Test
    @DisplayName("TEAM-03 Bekasi: a lead who is no JF hasil penyetaraan is refused while an eligible one exists, naming them (BKS23 Pasal 9(4)-(5))")
    void convertedFunctionalFirst() {
        TeamHistory team = new TeamHistory(city("bekasi-2023"));
        TestCity city = team.city;
        String converted = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add();
        String other = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, converted, other))
                .when(new AppointTeamLeadCommand(team.teamId, other, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-03", "Pasal 9(4)-(5)", converted))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-03 Bekasi: while a JF hasil penyetaraan is eligible, no justification makes another lead (BKS23 Pasal 9(5))")
    void noJustificationOverridesThePriority() {
        TeamHistory team = new TeamHistory(city("bekasi-2023"));
        TestCity city = team.city;
        String converted = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add();
        String other = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, converted, other))
                .when(new AppointTeamLeadCommand(team.teamId, other, FROM, true, "JF penyetaraan sedang tugas belajar",
                        city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-03", converted))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-03 Bekasi: the JF hasil penyetaraan is appointed lead, recording whom the priority considered (BKS23 Pasal 9(4))")
    void convertedFunctionalAppointed() {
        TeamHistory team = new TeamHistory(city("bekasi-2023"));
        TestCity city = team.city;
        String converted = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add();
        String other = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, converted, other))
                .when(new AppointTeamLeadCommand(team.teamId, converted, FROM, true, null, city.as(city.unitHead)))
                .expectEvents(new TeamLeadAppointedEvent(team.teamId, city.agency, city.unit, converted, city.unit,
                        FROM, null, city.unitHead, Official.OWNING_UNIT_HEAD, null, false,
                        team.basis("TEAM-05", "TEAM-03", "TEAM-09"), 2024, "TEAM_PERSONNEL", List.of(other),
                        List.of(), COMPETENT));
    }

    // ------------------------------------------------------------------ TEAM-05

    @Test
    @DisplayName("TEAM-05 Bandung: an ineligible lead is refused naming each failed criterion and its article (BDG23 Pasal 11(6))")
    void bandungEligibility() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        String weak = city.facts.employee(OrgFacts.nip()).in(city.unit).education(Education.SMA)
                .predikat(Predikat.BUTUH_PERBAIKAN).competencies("keuangan").add();
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, weak))
                .when(new AppointTeamLeadCommand(team.teamId, weak, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-05", "Pasal 11(6) huruf a",
                        "Pasal 11(6) huruf b", "Pasal 11(6) huruf c"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-05 Serang: a Pelaksana lead needs S1 and golongan III/b (SRG23 Pasal 8(4) huruf a)")
    void serangPelaksana() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String pelaksana = city.facts.employee(OrgFacts.nip()).in(city.unit).pelaksana(7).education(Education.D3)
                .rank(Rank.II_D).add();
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, pelaksana))
                .when(new AppointTeamLeadCommand(team.teamId, pelaksana, FROM, true, null,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "S1", "III/b", "Pasal 8(4) huruf a angka 1",
                        "Pasal 8(4) huruf a angka 2"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ TEAM-06, TEAM-09

    @Test
    @DisplayName("TEAM-06 Serang: in the department carrying investment affairs the PPK appoints a coordinator, who is entitled to the allowance (SRG23 Pasal 8(4), 9)")
    void serangInvestmentCoordinator() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        AFFAIRS.put(city.department, Set.of("PENANAMAN_MODAL"));
        String coordinator = city.facts.employee(OrgFacts.nip()).in(city.unit).rank(Rank.III_D).add();
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, coordinator))
                .when(new AppointTeamCoordinatorCommand(team.teamId, coordinator, FROM, true, null,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectEvents(new TeamCoordinatorAppointedEvent(team.teamId, city.agency, city.unit, coordinator,
                                FROM, null, "ppk", Official.STAFFING_AUTHORITY, true,
                                team.basis("TEAM-06", "TEAM-09"), 2024, COMPETENT),
                        new TeamAllowanceEntitlementStartedEvent(team.teamId, city.agency, city.unit, coordinator,
                                TeamMemberRole.KOORDINATOR, FROM, team.basis("TEAM-09")));
    }

    @Test
    @DisplayName("TEAM-06 Serang: outside the department carrying investment affairs no coordinator is appointed (SRG23 Pasal 8(4) huruf b)")
    void serangCoordinatorOnlyForInvestment() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String other = city.facts.employee(OrgFacts.nip()).in(city.unit).rank(Rank.III_D).add();
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, other))
                .when(new AppointTeamCoordinatorCommand(team.teamId, other, FROM, true, null,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-06", "PENANAMAN_MODAL"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-06 Cilegon provides for no team coordinator")
    void cilegonHasNoCoordinator() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String nip = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, nip))
                .when(new AppointTeamCoordinatorCommand(team.teamId, nip, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-06", "no team coordinator"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-06 Bandung: in a unit led by a JPT the unit head appoints a coordinator (BDG23 Pasal 11(2))")
    void bandungCoordinatorUnderAJpt() {
        TestCity city = WORLD.city("bdg-" + UUID.randomUUID().toString().substring(0, 8), "bandung-2023",
                PositionKind.JPT_PRATAMA);
        TeamHistory team = new TeamHistory(city);
        String jf = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, jf))
                .when(new AppointTeamCoordinatorCommand(team.teamId, jf, FROM, true, null, city.as(city.unitHead)))
                .expectEvents(new TeamCoordinatorAppointedEvent(team.teamId, city.agency, city.unit, jf, FROM, null,
                        city.unitHead, Official.UNIT_HEAD, false, team.basis("TEAM-06", "TEAM-09"), 2024,
                        COMPETENT));
    }

    @ParameterizedTest(name = "TEAM-09 {0}: a lead appointed by {1} is entitled to the additional allowance: {2}")
    @CsvSource({
            "serang-2023, STAFFING_AUTHORITY, true",
            "cilegon-2023, OWNING_UNIT_HEAD, false",
            "bandung-2023, OWNING_UNIT_HEAD, false"})
    @DisplayName("TEAM-09 the lead's additional allowance (tambahan penghasilan) follows the profile (SRG23 Pasal 9)")
    void leadAllowance(String profileId, Official appointer, boolean entitled) {
        TeamHistory team = new TeamHistory(city(profileId));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        String appointedBy = appointer == Official.STAFFING_AUTHORITY ? "ppk" : city.unitHead;
        TeamLeadAppointedEvent appointed = new TeamLeadAppointedEvent(team.teamId, city.agency, city.unit, lead,
                city.unit, FROM, null, appointedBy, appointer, null, entitled,
                team.basis("TEAM-05", "TEAM-03", "TEAM-09"), 2024, null, null, null, COMPETENT);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead))
                .when(new AppointTeamLeadCommand(team.teamId, lead, FROM, true, null,
                        appointer == Official.STAFFING_AUTHORITY ? city.as("ppk", "STAFFING_AUTHORITY")
                                : city.as(city.unitHead)))
                .expectEvents(entitled ? new Object[]{appointed, new TeamAllowanceEntitlementStartedEvent(team.teamId,
                        city.agency, city.unit, lead, TeamMemberRole.KETUA, FROM, team.basis("TEAM-09"))}
                        : new Object[]{appointed});
    }
}
