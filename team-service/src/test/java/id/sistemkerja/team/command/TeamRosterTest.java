package id.sistemkerja.team.command;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.team.TestCity;
import id.sistemkerja.team.api.TeamCommands.DecideTeamMemberProposalCommand;
import id.sistemkerja.team.api.TeamCommands.JoinTeamByOrderCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.RemoveTeamMemberCommand;
import id.sistemkerja.team.api.TeamEvents.TeamEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberProposalDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberProposedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMembershipRefusedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sistemkerja.team.TeamWorld.problem;
import static id.sistemkerja.team.command.TeamHistory.FROM;
import static id.sistemkerja.team.command.TeamHistory.UNTIL;
import static id.sistemkerja.team.command.TeamHistory.and;
import static id.sistemkerja.team.command.TeamHistory.city;

/** Who is a member of a work team, and from when (TEAM-07, TEAM-08, TEAM-12, M4), as aggregate fixture tests. */
class TeamRosterTest {

    private final FixtureConfiguration<WorkTeam> fixture = TeamHistory.fixture();

    @Test
    @DisplayName("TEAM-08 Cilegon: a TEAM assignment order adds its assignee from the order's first day, with the duty the decree gives")
    void joinByOrder() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, member))
                .when(new JoinTeamByOrderCommand(team.teamId, member, FROM, "asg-1", "ST/1", city.unit,
                        city.unitHead, city.system()))
                .expectEvents(team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT));
    }

    @Test
    @DisplayName("a TEAM assignment order delivered twice adds the member once")
    void orderDeliveredTwice() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, member),
                        team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT)))
                .when(new JoinTeamByOrderCommand(team.teamId, member, FROM, "asg-1", "ST/1", city.unit,
                        city.unitHead, city.system()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-08 M4 Cilegon: an order of another unit adds nobody; the team records the refusal with rule and reason")
    void orderOfAnotherUnit() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, member))
                .when(new JoinTeamByOrderCommand(team.teamId, member, FROM, "asg-1", "ST/9", city.otherUnit,
                        city.otherHead, city.system()))
                .expectEvents(new TeamMembershipRefusedEvent(team.teamId, city.agency, city.unit, member, "asg-1",
                        "ST/9", city.otherUnit, FROM, "TEAM-08", TeamRule.TEAM_08.article(), "TEAM-08: order ST/9 of "
                        + "unit " + city.otherUnit + " cannot add members to team " + team.teamId + ", which unit "
                        + city.unit + " owns", "system"));
    }

    @Test
    @DisplayName("TEAM-07 Serang: a TEAM order for someone of another unit adds nobody to a team decreed within the unit; the refusal names the decree it needs (SRG23 Pasal 13(2))")
    void orderOutsideTheScope() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String outsider = team.employee(city.otherUnit);
        fixture.given(team.establishedTeam(AssignmentScope.WITHIN_UNIT, team.employee(city.unit)))
                .when(new JoinTeamByOrderCommand(team.teamId, outsider, FROM, "asg-1", "ST/1", city.unit,
                        city.unitHead, city.system()))
                .expectEvents(new TeamMembershipRefusedEvent(team.teamId, city.agency, city.unit, outsider, "asg-1",
                        "ST/1", city.unit, FROM, "TEAM-07", "Perwal Serang 23/2023 Pasal 13(2) huruf b", "TEAM-07: "
                        + outsider + " comes from another unit (unit organisasi) (CROSS_UNIT from the owning unit "
                        + city.unit + "); team " + team.teamId + " was decreed for WITHIN_UNIT by the "
                        + Official.OWNING_UNIT_HEAD.label() + ". A CROSS_UNIT team needs a decree of the "
                        + Official.REGIONAL_SECRETARY.label() + " (Perwal Serang 23/2023)", "system"));
    }

    @Test
    @DisplayName("TEAM-12 Cilegon: after the team ended nobody joins it by order; the refusal is recorded")
    void noJoiningAfterTheEnd() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String late = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, team.employee(city.unit)),
                        new TeamEndedEvent(team.teamId, city.agency, city.unit, UNTIL.plusDays(1), List.of(), "system",
                                team.basis("TEAM-12"))))
                .when(new JoinTeamByOrderCommand(team.teamId, late, UNTIL, "asg-9", "ST/9", city.unit, city.unitHead,
                        city.system()))
                .expectEvents(new TeamMembershipRefusedEvent(team.teamId, city.agency, city.unit, late, "asg-9",
                        "ST/9", city.unit, UNTIL, "TEAM-12", TeamRule.TEAM_12.article(), "TEAM-12: team "
                        + team.teamId + " is ENDED; nobody joins it any more", "system"));
    }

    @Test
    @DisplayName("a member leaves when the assignment that made them one ends (sent by the system from assignment-service)")
    void leavesWithTheAssignment() {
        TeamHistory team = new TeamHistory(city("cilegon-2023"));
        TestCity city = team.city;
        String member = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, member),
                        team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT)))
                .when(new RemoveTeamMemberCommand(team.teamId, member, "asg-1", FROM.plusMonths(2), null,
                        city.system()))
                .expectEvents(new TeamMemberLeftEvent(team.teamId, city.agency, city.unit, member, "asg-1",
                        FROM.plusMonths(2), "ASSIGNMENT_ENDED", "system"));
    }

    @Test
    @DisplayName("TEAM-08 Serang: members are proposed by the team lead, not by the unit head (SRG23 Pasal 13(4))")
    void unitHeadDoesNotPropose() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead), team.leadAppointed(lead, FROM,
                        true)))
                .when(new ProposeTeamMemberCommand(team.teamId, "p1", team.employee(city.unit), "penyusun laporan",
                        FROM, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-08"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-08 Serang: the lead proposes a member with a clear duty to the unit head (SRG23 Pasal 13(4))")
    void leadProposes() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        String candidate = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead), team.leadAppointed(lead, FROM,
                        true)))
                .when(new ProposeTeamMemberCommand(team.teamId, "p1", candidate, "penyusun laporan", FROM,
                        city.as(lead)))
                .expectEvents(new TeamMemberProposedEvent(team.teamId, city.agency, "p1", candidate,
                        "penyusun laporan", lead, city.unitHead, FROM, team.basis("TEAM-08")));
    }

    @Test
    @DisplayName("TEAM-08 Serang: the unit head accepts a member the lead proposed")
    void unitHeadAccepts() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        String candidate = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead), team.leadAppointed(lead, FROM,
                                true),
                        new TeamMemberProposedEvent(team.teamId, city.agency, "p1", candidate, "penyusun laporan",
                                lead, city.unitHead, FROM, team.basis("TEAM-08"))))
                .when(new DecideTeamMemberProposalCommand(team.teamId, "p1", true, null, FROM.plusDays(1),
                        city.as(city.unitHead)))
                .expectEvents(new TeamMemberProposalDecidedEvent(team.teamId, city.agency, "p1", candidate, true, null,
                        city.unitHead, FROM.plusDays(1), team.basis("TEAM-08")));
    }
}
