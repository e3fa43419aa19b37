package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentCommands.EndTeamAssignmentsCommand;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.DecisionBasis;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentRule.TEAM_12;

/**
 * TEAM-12: a team's members' team assignments end with the team, as one recorded act across every order that gave
 * them — the one decision on assignments that spans several {@link AssignmentOrder}s, so it is handled here rather
 * than by one of them. Which orders those are comes from {@link TeamRosters}; each order ends its own assignments.
 */
@Component
public class TeamAssignmentEndings {

    private final Repository<AssignmentOrder> orders;
    private final TeamRosters rosters;
    private final AgencyProfiles profiles;

    public TeamAssignmentEndings(Repository<AssignmentOrder> assignmentOrderRepository, TeamRosters rosters,
                                 AgencyProfiles profiles) {
        this.orders = assignmentOrderRepository;
        this.rosters = rosters;
        this.profiles = profiles;
    }

    /** Ends every active assignment of the team from {@code effectiveOn}; returns the ids ended. */
    @CommandHandler
    public List<String> handle(EndTeamAssignmentsCommand command) {
        if (command.teamId() == null || command.teamId().isBlank()) {
            throw ProblemException.invalid("teamId", "teamId is required");
        }
        if (command.effectiveOn() == null) {
            throw ProblemException.invalid("effectiveOn", "effectiveOn (first day no longer in force) is required");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw TEAM_12.refusal("reason", "ending a team's assignments states the reason");
        }
        Actor actor = command.actor();
        Access.requireAgency(actor, command.agencyId());
        if (!actor.isSystem() && !actor.hasAnyRole(Roles.TEAM_ENDINGS_CLIENT, Roles.STAFFING_AUTHORITY,
                Roles.AUTHORIZED_OFFICIAL, Roles.AGENCY_ADMIN)) {
            throw TEAM_12.forbidden("TEAM-12: the team's end is recorded from team-service's dissolution (the system) "
                    + "or by the PPK / PyB / agency administrator or a team-endings client of the agency");
        }
        ActingOfficial by = new ActingOfficial(actor.subject(), null, "roles " + actor.sortedRoles());
        // the decision names the profile in force; a binding not replicated yet is a retryable 409, not "none"
        DecisionBasis basis = profiles.inForce(command.agencyId(), command.effectiveOn()).basis(TEAM_12);
        List<String> ended = new ArrayList<>();
        for (String orderId : rosters.ordersOf(command.teamId())) {
            Aggregate<AssignmentOrder> order = load(orderId);
            ended.addAll(order.invoke(o -> o.concerns(command.agencyId())
                    ? o.endTeamAssignments(command.teamId(), command.effectiveOn(), command.reason().trim(),
                    command.decreeNumber(), command.source(), by, basis) : List.of()));
        }
        return ended;
    }

    private Aggregate<AssignmentOrder> load(String orderId) {
        try {
            return orders.load(orderId);
        } catch (AggregateNotFoundException e) {
            throw ProblemException.notFound("Assignment order", orderId);
        }
    }
}
