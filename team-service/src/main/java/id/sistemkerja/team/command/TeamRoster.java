package id.sistemkerja.team.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.team.v1.TeamMembership;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.team.api.TeamCommands.AddTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.DecideTeamMemberProposalCommand;
import id.sistemkerja.team.api.TeamCommands.JoinTeamByOrderCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.RemoveTeamMemberCommand;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberProposalDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberProposedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMembershipRefusedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.sistemkerja.team.command.TeamActs.hasText;
import static id.sistemkerja.team.command.TeamActs.notBefore;
import static id.sistemkerja.team.command.TeamActs.requireDate;
import static id.sistemkerja.team.command.TeamActs.requireText;
import static id.sistemkerja.team.command.TeamRule.TEAM_08;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A work team's roster, inside the {@link WorkTeam} aggregate: the members the decree names with their duties (TEAM-08),
 * and who is a member when — joined by TEAM assignment orders from assignment-service, recorded by the owning unit head
 * or accepted from the lead's proposal (TEAM-08), every joining checked against the team's scope (TEAM-07).
 */
class TeamRoster {

    /** A member whose membership is in force. */
    record ActiveMember(String nip, String homeUnitId, String assignmentId, String orderNumber, LocalDate from,
                        String assignedBy) {
    }

    /** The root; left out of the audit's state view (its fields are the root's), which would otherwise recurse. */
    @JsonIgnore
    private final WorkTeam team;
    private final Map<String, String> decreeDuties = new LinkedHashMap<>();
    private final Map<String, ActiveMember> members = new LinkedHashMap<>();
    private final Set<String> seenAssignments = new HashSet<>();
    private final Map<String, DecreeMember> pendingMemberProposals = new HashMap<>();

    TeamRoster(WorkTeam team) {
        this.team = team;
    }

    @CommandHandler
    public void handle(AddTeamMemberCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        TeamOfficials officials = new TeamOfficials(org);
        LocalDate from = requireDate(command.effectiveFrom(), "effectiveFrom");
        team.requireOwningUnitHead(command.actor(), officials, from, "records a member");
        requireText(command.nip(), "nip", "NIP of the member");
        RegulationProfile profile = profiles.inForce(team.agencyId(), from);
        team.requireJoinable(profile, from);
        if (members.containsKey(command.nip())) {
            return; // a member already
        }
        String homeUnit = TeamScope.homeUnitOf(org, command.nip(), from);
        AssignmentScope memberScope = team.requireWithinScope(profile, org, officials, command.nip(), from, "nip");
        String duty = hasText(command.duty()) ? command.duty() : decreeDuties.get(command.nip());
        apply(new TeamMemberJoinedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.nip(), homeUnit,
                team.leadership().roleOf(command.nip()), duty, from, null, null, command.actor().subject(), null,
                memberScope));
    }

    /**
     * A TEAM order from assignment-service (Kafka). A fact not known yet is thrown (the consumer retries); a refusal
     * (M4: an order of another unit; TEAM-07 scope; time order; TEAM-12) adds no member and is recorded as refused: an
     * integration event never makes an unlawful member, and the refusal stays visible.
     */
    @CommandHandler
    public void handle(JoinTeamByOrderCommand command, AgencyProfiles profiles, OrgDirectory org) {
        if (command.assignmentId() != null && seenAssignments.contains(command.assignmentId())) {
            return; // the same order delivered again
        }
        LocalDate from = requireDate(command.effectiveFrom(), "effectiveFrom");
        TeamOfficials officials = new TeamOfficials(org);
        String homeUnit;
        AssignmentScope memberScope;
        try {
            // M4, TEAM-08: a team's members are the owning unit's to assign (the unit head decides them, SRG23
            // 12(5)); only its own orders add members, which also keeps other agencies' orders out
            if (!team.owningUnitId().equals(command.orderOwningUnitId())) {
                throw TEAM_08.refusal("owningUnitId", "order " + command.orderNumber() + " of unit "
                        + command.orderOwningUnitId() + " cannot add members to team " + team.teamId()
                        + ", which unit " + team.owningUnitId() + " owns");
            }
            RegulationProfile profile = profiles.inForce(team.agencyId(), from);
            team.requireJoinable(profile, from);
            if (members.containsKey(command.nip())) {
                return; // a member already; a further order for the same person changes nothing here
            }
            homeUnit = TeamScope.homeUnitOf(org, command.nip(), from);
            memberScope = team.requireWithinScope(profile, org, officials, command.nip(), from, "assignees");
        } catch (ProblemException refusal) {
            if (refusal.kind() == ProblemKind.FACT_NOT_YET_KNOWN) {
                throw refusal;
            }
            Violation first = refusal.violations().isEmpty() ? null : refusal.violations().get(0);
            apply(new TeamMembershipRefusedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.nip(),
                    command.assignmentId(), command.orderNumber(), command.orderOwningUnitId(), from,
                    first == null ? null : first.ruleId(), first == null ? null : first.article(),
                    refusal.getMessage(), command.actor().subject()));
            return;
        }
        apply(new TeamMemberJoinedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.nip(), homeUnit,
                team.leadership().roleOf(command.nip()), decreeDuties.get(command.nip()), from,
                command.assignmentId(), command.orderNumber(), command.actor().subject(), command.issuedBy(),
                memberScope));
    }

    @CommandHandler
    public void handle(RemoveTeamMemberCommand command, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        LocalDate on = requireDate(command.effectiveOn(), "effectiveOn");
        boolean system = command.actor().hasRole(Roles.SYSTEM);
        if (!system) {
            team.requireOwningUnitHead(command.actor(), new TeamOfficials(org), on, "records a member leaving");
        }
        ActiveMember member = members.get(command.nip());
        if (member == null || command.assignmentId() != null && member.assignmentId() != null
                && !member.assignmentId().equals(command.assignmentId())) {
            return; // not (or no longer) a member by this assignment
        }
        if (on.isBefore(member.from())) {
            if (!system) {
                notBefore(on, "effectiveOn", member.from(), "day " + member.nip() + " joined", TEAM_08.grounds());
            }
            on = member.from(); // an assignment ended before it began: the membership was never in force
        }
        // M8: the cause of a membership's end comes from assignment-service or is the unit head's record
        String cause = !system ? "RECORDED_BY_UNIT_HEAD" : hasText(command.cause()) ? command.cause()
                : "ASSIGNMENT_ENDED";
        apply(new TeamMemberLeftEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.nip(),
                member.assignmentId(), on, cause, command.actor().subject()));
    }

    @CommandHandler
    public void handle(ProposeTeamMemberCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablished("propose a member");
        LocalDate on = requireDate(command.proposedOn(), "proposedOn");
        // TEAM-08: members are proposed by the lead / coordinator to the unit head
        String actor = command.actor().subject();
        TeamLeadership leadership = team.leadership();
        if (!leadership.leads(actor) && !leadership.coordinates(actor)) {
            throw TEAM_08.forbidden("members are proposed by the team lead (ketua tim) or coordinator of team "
                    + team.teamId());
        }
        notBefore(on, "proposedOn", leadership.leads(actor) ? leadership.leadFrom() : leadership.coordinatorFrom(),
                "day " + actor + " took office", TEAM_08.grounds());
        requireText(command.nip(), "nip", "NIP of the proposed member");
        if (!hasText(command.duty())) {
            throw TEAM_08.refusal("duty", "a proposed member gets a clear role (peran) divided by competence");
        }
        org.employee(command.nip()).orElseThrow(() -> ProblemException.notYetKnown("Employee", command.nip()));
        RegulationProfile profile = profiles.inForce(team.agencyId(), on);
        TeamOfficials officials = new TeamOfficials(org);
        team.requireWithinScope(profile, org, officials, command.nip(), on, "nip"); // TEAM-07
        String unitHead = officials.headOf(team.owningUnitId(), on);
        apply(new TeamMemberProposedEvent(team.teamId(), team.agencyId(), command.proposalId(), command.nip(),
                command.duty(), actor, unitHead, on, profile.basis(TEAM_08)));
    }

    @CommandHandler
    public void handle(DecideTeamMemberProposalCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        LocalDate on = requireDate(command.decidedOn(), "decidedOn");
        TeamOfficials officials = new TeamOfficials(org);
        team.requireOwningUnitHead(command.actor(), officials, on, "decides a member proposal");
        DecreeMember proposal = pendingMemberProposals.get(command.proposalId());
        if (proposal == null) {
            throw ProblemException.notFound("Pending member proposal", command.proposalId());
        }
        if (!command.accepted() && !hasText(command.reason())) {
            throw ProblemException.invalid("reason", "a declined member proposal states why");
        }
        RegulationProfile profile = profiles.inForce(team.agencyId(), on);
        if (command.accepted()) {
            team.requireWithinScope(profile, org, officials, proposal.nip(), on, "proposalId"); // TEAM-07
        }
        apply(new TeamMemberProposalDecidedEvent(team.teamId(), team.agencyId(), command.proposalId(), proposal.nip(),
                command.accepted(), command.reason(), command.actor().subject(), on, profile.basis(TEAM_08)));
    }

    // ------------------------------------------------------------------ what the rest of the team asks

    boolean isMember(String nip) {
        return members.containsKey(nip);
    }

    ActiveMember member(String nip) {
        return members.get(nip);
    }

    List<ActiveMember> activeMembers() {
        return List.copyOf(members.values());
    }

    List<TeamMembership> activeMemberships() {
        return members.values().stream()
                .map(m -> new TeamMembership(m.nip(), m.assignmentId(), m.orderNumber())).toList();
    }

    /** The team's personnel on {@code on}: the decree's members and the members in force, without {@code except}. */
    List<String> personnel(LocalDate on, String except) {
        Set<String> pool = new LinkedHashSet<>(decreeDuties.keySet());
        members.values().stream().filter(m -> !m.from().isAfter(on)).map(ActiveMember::nip).forEach(pool::add);
        pool.remove(except);
        return List.copyOf(pool);
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(TeamEstablishedEvent event) {
        event.members().forEach(m -> decreeDuties.put(m.nip(), m.duty()));
    }

    @EventSourcingHandler
    void on(TeamMemberJoinedEvent event) {
        members.put(event.nip(), new ActiveMember(event.nip(), event.homeUnitId(), event.assignmentId(),
                event.orderNumber(), event.effectiveFrom(), event.assignedBy()));
        if (event.assignmentId() != null) {
            seenAssignments.add(event.assignmentId());
        }
    }

    @EventSourcingHandler
    void on(TeamMembershipRefusedEvent event) {
        if (event.assignmentId() != null) {
            seenAssignments.add(event.assignmentId());
        }
    }

    @EventSourcingHandler
    void on(TeamMemberLeftEvent event) {
        members.remove(event.nip());
    }

    @EventSourcingHandler
    void on(TeamMemberProposedEvent event) {
        pendingMemberProposals.put(event.proposalId(), new DecreeMember(event.nip(), event.duty()));
    }

    @EventSourcingHandler
    void on(TeamMemberProposalDecidedEvent event) {
        DecreeMember proposal = pendingMemberProposals.remove(event.proposalId());
        if (event.accepted() && proposal != null) {
            decreeDuties.putIfAbsent(proposal.nip(), proposal.duty());
        }
    }
}
