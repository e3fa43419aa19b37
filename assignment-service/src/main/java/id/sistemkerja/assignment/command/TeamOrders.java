package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.command.TeamDirectory.KnownTeam;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;

import java.time.LocalDate;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_03;
import static id.sistemkerja.assignment.command.AssignmentRule.TEAM_07;
import static id.sistemkerja.assignment.command.AssignmentRule.TEAM_12;

/**
 * Which work team a TEAM assignment may name (security finding M4): a team team-service established by decree, owned
 * by the order's owning unit (ASG-03), still in force (TEAM-12), decreed for members of at least the order's scope
 * (TEAM-07: a member from outside the decreed scope needs a decree by the official of the wider scope). A team not in
 * the replica yet is a retryable 409, never "no such team".
 */
final class TeamOrders {

    private TeamOrders() {
    }

    static void check(TeamDirectory teams, AssignmentForm form, String teamId, UnitLocation owning,
                      AssignmentScope scope, LocalDate on, RegulationProfile profile) {
        if (form != AssignmentForm.TEAM) {
            return;
        }
        KnownTeam team = teams.team(teamId).orElseThrow(() -> ProblemException.notYetKnown(
                "Work team (team-service, team.TeamEstablished)", teamId));
        if (!team.owningUnitId().equals(owning.unitId())) {
            throw ASG_03.refusal(profile, "teamId", "ASG-03: work team " + teamId + " is owned by "
                    + team.owningUnitId() + "; an order of " + owning.unitId() + " assigns members to its own teams");
        }
        if (team.status() != TeamDirectory.Status.ESTABLISHED
                || team.endedFrom() != null && !on.isBefore(team.endedFrom())) {
            throw TEAM_12.refusal("teamId", "TEAM-12: work team " + teamId + " is " + team.status()
                    + (team.endedFrom() == null ? "" : " from " + team.endedFrom()) + "; nobody is assigned to it any "
                    + "more");
        }
        if (team.scope() != null && scope.compareTo(team.scope()) > 0) {
            throw TEAM_07.refusal(profile, "teamId", "TEAM-07: work team " + teamId + " was decreed for members "
                    + team.scope() + "; a " + scope + " member needs a decree by the official of that scope");
        }
    }
}
