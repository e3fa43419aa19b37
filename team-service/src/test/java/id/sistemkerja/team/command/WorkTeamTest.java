package id.sistemkerja.team.command;

import id.sistemkerja.contracts.team.v1.TeamMembership;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.team.TestCity;
import id.sistemkerja.team.api.TeamCommands.DissolveTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.api.TeamCommands.VerifyTeamProposalCommand;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamDissolvedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalReturnedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static id.sistemkerja.team.TeamWorld.problem;
import static id.sistemkerja.team.command.TeamHistory.DECREED;
import static id.sistemkerja.team.command.TeamHistory.DECREE_NUMBER;
import static id.sistemkerja.team.command.TeamHistory.FROM;
import static id.sistemkerja.team.command.TeamHistory.PROPOSED;
import static id.sistemkerja.team.command.TeamHistory.TARGETS;
import static id.sistemkerja.team.command.TeamHistory.UNTIL;
import static id.sistemkerja.team.command.TeamHistory.and;
import static id.sistemkerja.team.command.TeamHistory.city;

/**
 * A work team's life (TEAM-01, 04, 07, 08, 12) as aggregate fixture tests: the past as events, one command, the exact
 * events or the refusal. No Spring, MongoDB or Kafka: the org facts are in memory.
 */
class WorkTeamTest {

    private final FixtureConfiguration<WorkTeam> fixture = TeamHistory.fixture();

    // ------------------------------------------------------------------ proposal (TEAM-01, TEAM-04)

    @Test
    @DisplayName("TEAM-01 Cilegon: a team of fewer than two people (one lead and members) is refused (CLG23 lampiran C.1)")
    void tooSmall() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        fixture.givenNoPriorActivity()
                .when(new ProposeTeamCommand(team.teamId, city.agency, city.unit, "Tim", "Tujuan", List.of("Target"),
                        List.of(), FROM, UNTIL, AssignmentScope.WITHIN_UNIT, 1, PROPOSED, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-01", "at least 2 people"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "TEAM-04 {0}: the unit head's proposal is recorded; verification board first: {1}; "
            + "decreed by {2}")
    @CsvSource({
            "bandung-2023, true, HEAD_OF_DEPARTMENT, TEAM-04;TEAM-05;TEAM-07;ASG-02",
            "bekasi-2023, false, APPRAISER;UNIT_HEAD, TEAM-04;TEAM-05;TEAM-07;ASG-02",
            "serang-2023, false, UNIT_HEAD, TEAM-04;TEAM-07;ASG-02",
            "cilegon-2023, false, OWNING_UNIT_HEAD, TEAM-04;TEAM-05;TEAM-07;ASG-02"})
    @DisplayName("TEAM-04 TEAM-07 a proposal goes to the verification board only where the profile requires it (BDG23 Pasal 10) and names who decrees the team")
    void proposal(String profileId, boolean verificationRequired, String establishers, String ruleIds) {
        TeamHistory team = new TeamHistory(city(profileId));
        TestCity city = team.city;
        fixture.givenNoPriorActivity()
                .when(team.propose(city.as(city.unitHead), AssignmentScope.WITHIN_UNIT))
                .expectEvents(new TeamProposedEvent(team.teamId, city.agency, city.unit, city.department,
                        "Tim Stunting", "Menurunkan stunting", TARGETS, List.of("kesehatan masyarakat"), FROM, UNTIL,
                        AssignmentScope.WITHIN_UNIT, 5, city.unitHead, PROPOSED, verificationRequired,
                        java.util.Arrays.stream(establishers.split(";")).map(Official::valueOf).toList(),
                        team.basis(ruleIds.split(";"))));
    }

    @Test
    @DisplayName("TEAM-04 Bandung: a team is set for one year at a time; a two-year period is refused (BDG23 Pasal 10)")
    void oneYearAtATime() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        fixture.givenNoPriorActivity()
                .when(new ProposeTeamCommand(team.teamId, city.agency, city.unit, "Tim", "Tujuan", List.of("Target"),
                        List.of("kesehatan masyarakat"), FROM, UNTIL.plusYears(1), AssignmentScope.WITHIN_UNIT, 4,
                        PROPOSED, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-04", "1 year"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ verification (TEAM-04)

    @Test
    @DisplayName("TEAM-04 Bandung: only the verification board (Tim Verifikasi) verifies a proposal")
    void onlyTheBoardVerifies() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT))
                .when(new VerifyTeamProposalCommand(team.teamId, true, null, PROPOSED, city.as(city.deptHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "verification board (Tim Verifikasi)"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-04 Bandung: a proposal the verification board returns states why (BDG23 Pasal 10)")
    void returnStatesWhy() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT))
                .when(new VerifyTeamProposalCommand(team.teamId, false, " ", PROPOSED,
                        team.city.as("tv", "VERIFICATION_BOARD")))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-04", "states why"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-04 Bandung: the verification board returns a proposal with its reason")
    void returned() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT))
                .when(new VerifyTeamProposalCommand(team.teamId, false, "Target tidak terukur", PROPOSED,
                        team.city.as("tv", "VERIFICATION_BOARD")))
                .expectEvents(new TeamProposalReturnedEvent(team.teamId, team.city.agency, "tv", PROPOSED,
                        "Target tidak terukur", team.basis("TEAM-04")));
    }

    // ------------------------------------------------------------------ decree (TEAM-04, TEAM-07, TEAM-08)

    @Test
    @DisplayName("TEAM-04 Bandung: a decree before the verification board's recommendation is refused (BDG23 Pasal 10)")
    void decreeAfterVerification() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT))
                .when(team.decree(city.as(city.deptHead), team.employee(city.unit)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-04", "Pasal 10"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-07 Bandung: a unit head does not sign the decree; the head of department (Kepala Perangkat Daerah) does (BDG23 Pasal 9(4))")
    void bandungUnitHeadDoesNotDecree() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT), team.verified())
                .when(team.decree(city.as(city.unitHead), team.employee(city.unit)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-07",
                        "head of department (Kepala Perangkat Daerah)"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-07 Bandung: the head of department establishes the team by decree, after the verification (BDG23 Pasal 9(4), 10)")
    void bandungDecree() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT), team.verified())
                .when(team.decree(city.as(city.deptHead), member))
                .expectEvents(new TeamEstablishedEvent(team.teamId, city.agency, city.unit, city.department,
                        "Tim Stunting", "Menurunkan stunting", AssignmentScope.WITHIN_UNIT, List.of("Pendataan balita"),
                        TARGETS, List.of(new id.sistemkerja.contracts.team.v1.DecreeMember(member, "analis data")),
                        FROM, UNTIL, DECREE_NUMBER, DECREED, city.deptHead, Official.HEAD_OF_DEPARTMENT,
                        team.basis("TEAM-07", "ASG-02", "TEAM-08", "TEAM-04"), AssignmentScope.WITHIN_UNIT, null,
                        null));
    }

    @Test
    @DisplayName("TEAM-07 Serang: a team across units is not established by the unit head; the Sekretaris Daerah establishes it (SRG23 Pasal 13(2))")
    void serangUnitHeadDoesNotDecreeAcrossUnits() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        fixture.given(team.proposed(AssignmentScope.CROSS_UNIT))
                .when(team.decree(city.as(city.unitHead), team.employee(city.otherUnit)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-07", "Sekretaris Daerah"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-07 Serang: the Sekretaris Daerah establishes a team across units (SRG23 Pasal 13(2))")
    void serangSekdaDecreesAcrossUnits() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String member = team.employee(city.otherUnit);
        fixture.given(team.proposed(AssignmentScope.CROSS_UNIT))
                .when(team.decree(city.as("sekda", "REGIONAL_SECRETARY"), member))
                .expectEvents(new TeamEstablishedEvent(team.teamId, city.agency, city.unit, city.department,
                        "Tim Stunting", "Menurunkan stunting", AssignmentScope.CROSS_UNIT, List.of("Pendataan balita"),
                        TARGETS, List.of(new id.sistemkerja.contracts.team.v1.DecreeMember(member, "analis data")),
                        FROM, UNTIL, DECREE_NUMBER, DECREED, "sekda", Official.REGIONAL_SECRETARY,
                        team.basis("TEAM-07", "ASG-02", "TEAM-08"), AssignmentScope.CROSS_UNIT, null, null));
    }

    @Test
    @DisplayName("TEAM-08 Cilegon: the decree states tasks, targets and members with clear roles; each gap is named")
    void decreeContents() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        fixture.given(team.proposed(AssignmentScope.WITHIN_UNIT))
                .when(new EstablishTeamCommand(team.teamId, "800/2", DECREED, List.of(), List.of(),
                        List.of(new id.sistemkerja.contracts.team.v1.DecreeMember(team.employee(city.unit), " ")),
                        city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-08", "tasks", "targets", "members[0]"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ end of the period (TEAM-12)

    @Test
    @DisplayName("TEAM-12 Cilegon: before the last day of its period a team ends only by dissolution")
    void notBeforeThePeriodEnds() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, team.employee(team.city.unit)))
                .when(new EndTeamCommand(team.teamId, UNTIL, team.city.system()))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-12", "runs until " + UNTIL))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-12 Cilegon: after its period the team ends, and every membership with it")
    void periodEnds() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        LocalDate ended = UNTIL.plusDays(1);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, member),
                        team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT)))
                .when(new EndTeamCommand(team.teamId, ended, city.system()))
                .expectEvents(new TeamEndedEvent(team.teamId, city.agency, city.unit, ended,
                                List.of(new TeamMembership(member, "asg-1", "ST/1")), "system", team.basis("TEAM-12")),
                        new TeamMemberLeftEvent(team.teamId, city.agency, city.unit, member, "asg-1", ended,
                                "TEAM_ENDED", "system"));
    }

    @Test
    @DisplayName("TEAM-09 Serang: the end of the team's period ends the lead's allowance entitlement, for payroll (SRG23 Pasal 9)")
    void periodEndEndsTheAllowance() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        LocalDate ended = UNTIL.plusDays(1);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead), team.leadAppointed(lead, FROM,
                        true)))
                .when(new EndTeamCommand(team.teamId, ended, city.system()))
                .expectEvents(new TeamEndedEvent(team.teamId, city.agency, city.unit, ended, List.of(), "system",
                                team.basis("TEAM-12")),
                        new TeamAllowanceEntitlementEndedEvent(team.teamId, city.agency, city.unit, lead,
                                TeamMemberRole.KETUA, ended, "TEAM_ENDED"));
    }

    @Test
    @DisplayName("TEAM-12 a team that ended is not ended again (the nightly job may meet it twice)")
    void endedOnce() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        LocalDate ended = UNTIL.plusDays(1);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, team.employee(city.unit)),
                        new TeamEndedEvent(team.teamId, city.agency, city.unit, ended, List.of(), "system",
                                team.basis("TEAM-12"))))
                .when(new EndTeamCommand(team.teamId, ended.plusDays(1), city.system()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ dissolution (TEAM-12)

    @Test
    @DisplayName("TEAM-12 Cilegon: a dissolution is a recorded act that names the number of its act (keputusan)")
    void dissolutionNamesItsAct() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        LocalDate on = LocalDate.of(2025, 6, 30);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, team.employee(city.unit)))
                .when(new DissolveTeamCommand(team.teamId, on, "Program selesai", null, on, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-12", "decreeNumber"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-12 Cilegon: only the head of the owning unit dissolves a team")
    void onlyTheOwningUnitHeadDissolves() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        LocalDate on = LocalDate.of(2025, 6, 30);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, member))
                .when(new DissolveTeamCommand(team.teamId, on, "Program selesai", "800/9", on, city.as(member)))
                .expectException(problem(ProblemKind.FORBIDDEN, "owning unit"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-12 Cilegon: the owning unit head dissolves the team by a recorded act, ending every member's membership")
    void dissolution() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        String outsider = team.employee(city.otherUnit);
        LocalDate on = LocalDate.of(2025, 6, 30);
        fixture.given(and(team.establishedTeam(AssignmentScope.CROSS_UNIT, member, outsider),
                        team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT),
                        team.joinedByOrder(outsider, city.otherUnit, "asg-2", AssignmentScope.CROSS_UNIT)))
                .when(new DissolveTeamCommand(team.teamId, on, "Program selesai", "800/9", on, city.as(city.unitHead)))
                .expectEvents(new TeamDissolvedEvent(team.teamId, city.agency, city.unit, on, "Program selesai",
                                "800/9", city.unitHead, on, List.of(new TeamMembership(member, "asg-1", "ST/1"),
                                new TeamMembership(outsider, "asg-2", "ST/1")), team.basis("TEAM-12")),
                        new TeamMemberLeftEvent(team.teamId, city.agency, city.unit, member, "asg-1", on,
                                "TEAM_DISSOLVED", city.unitHead),
                        new TeamMemberLeftEvent(team.teamId, city.agency, city.unit, outsider, "asg-2", on,
                                "TEAM_DISSOLVED", city.unitHead));
    }
}
