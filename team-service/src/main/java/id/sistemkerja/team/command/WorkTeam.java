package id.sistemkerja.team.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.TeamEstablisher;
import id.sistemkerja.regulation.profile.TeamFormation;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.team.api.TeamCommands.DissolveTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ResubmitTeamProposalCommand;
import id.sistemkerja.team.api.TeamCommands.VerifyTeamProposalCommand;
import id.sistemkerja.team.api.TeamEvents.TeamDissolvedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalResubmittedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalReturnedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalVerifiedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposedEvent;
import id.sistemkerja.team.api.TeamStatus;
import id.sistemkerja.team.command.TeamRoster.ActiveMember;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static id.sistemkerja.team.command.TeamActs.hasText;
import static id.sistemkerja.team.command.TeamActs.notBefore;
import static id.sistemkerja.team.command.TeamActs.requireDate;
import static id.sistemkerja.team.command.TeamActs.requireText;
import static id.sistemkerja.team.command.TeamActs.texts;
import static id.sistemkerja.team.command.TeamRule.TEAM_01;
import static id.sistemkerja.team.command.TeamRule.TEAM_08;
import static id.sistemkerja.team.command.TeamRule.TEAM_12;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A work team (tim kerja): proposed by the owning unit head, verified where the profile requires it (TEAM-04),
 * established by decree (TEAM-07, TEAM-08), and ended at the end of its period or dissolved (TEAM-12). The team's other
 * acts live in its members, behind the same consistency boundary: its {@link TeamLeadership} (lead and coordinator,
 * TEAM-01/02/03/05/06/09), its {@link TeamRoster} (who is a member, TEAM-07/08) and its {@link TeamReporting} (RPT-02,
 * RPT-03, TEAM-10, TEAM-11). Every refusal is thrown before an event is applied; the one exception is a TEAM
 * assignment order from Kafka, whose unlawful membership is recorded as refused.
 * <p>
 * Three principles hold for every act. The team's scope is a fact: it is derived from the home units, departments and
 * agencies of the people in it, at the decree and at every joining, and decides who signs (TEAM-07). Acts are in time
 * order: an act dated before the act it rests on is refused. A fact the org replica does not know yet is a retryable
 * 409 fact-not-yet-known, never a refusal.
 */
@Aggregate
public class WorkTeam {

    /** TEAM-01: a team has one lead (ketua tim) and members, so at least two people. */
    static final int MIN_SIZE = 2;

    @AggregateIdentifier
    private String teamId;
    private String agencyId;
    private String owningUnitId;
    private String name;
    private String purpose;
    /** Before the decree: the planned scope (at least WITHIN_UNIT); after it: the decree's scope (TEAM-07). */
    private AssignmentScope scope;
    private TeamStatus status;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    private List<String> competencies = List.of();
    /** The latest act the decree rests on (proposal, resubmission, verification) and its date (12.12). */
    private String lastFormationAct;
    private LocalDate lastFormationActOn;
    private LocalDate decreeDate;
    private Official establisherCapacity;
    @AggregateMember
    private final TeamLeadership leadership = new TeamLeadership(this);
    @AggregateMember
    private final TeamRoster roster = new TeamRoster(this);
    @AggregateMember
    private final TeamReporting reporting = new TeamReporting(this);

    protected WorkTeam() {
    }

    // ------------------------------------------------------------------ proposal and verification (TEAM-04)

    @CommandHandler
    public WorkTeam(ProposeTeamCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), command.agencyId());
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(command.owningUnitId());
        if (!command.agencyId().equals(unit.agencyId())) {
            throw ProblemException.invalid("owningUnitId", "unit " + command.owningUnitId() + " belongs to agency "
                    + unit.agencyId() + ", not " + command.agencyId());
        }
        RegulationProfile profile = profiles.inForce(command.agencyId(), command.proposedOn());
        Decision<TeamFormation> formation = profile.teamFormation();
        // TEAM-01: number and size of teams are the unit head's strategy; TEAM-04 (Bandung): Kepala PD proposes
        List<Official> proposers = new ArrayList<>(List.of(Official.OWNING_UNIT_HEAD));
        if (formation.outcome().proposedBy() != null) {
            proposers.add(formation.outcome().proposedBy());
        }
        if (officials.capacity(command.actor(), proposers, unit, command.proposedOn()).isEmpty()) {
            officials.requireKnown(proposers, unit, command.proposedOn(), null); // 12.11
            throw ProblemException.forbidden("Only the " + TeamOfficials.who(proposers) + " of unit "
                    + unit.unitId() + " proposes a work team (tim kerja) for it", TeamOfficials.who(proposers));
        }
        requireText(command.name(), "name", "name of the team (nama tim)");
        requireText(command.purpose(), "purpose", "purpose of the team (tujuan pembentukan)");
        DecreeContents.requireTargets(command.targets());
        if (command.periodFrom() == null || command.periodUntil() == null
                || command.periodUntil().isBefore(command.periodFrom())) {
            throw ProblemException.invalid("periodUntil", "the period (jangka waktu) needs a first day and a last "
                    + "day not before it");
        }
        if (command.plannedSize() < MIN_SIZE) {
            throw TEAM_01.refusal("plannedSize", "a team has one lead (ketua tim) and members: at least "
                    + MIN_SIZE + " people, not " + command.plannedSize());
        }
        Integer years = formation.outcome().periodYears();
        if (years != null && command.periodUntil().isAfter(command.periodFrom().plusYears(years).minusDays(1))) {
            throw formation.refusal("periodUntil", "a team is set for " + years + " year(s) at a time ("
                    + profile.regulation().shortName() + "); the period " + command.periodFrom() + " .. "
                    + command.periodUntil() + " is longer");
        }
        DecisionBasis basis = formation.basis();
        // TEAM-05: where the lead is chosen by competence in the field, the team states the competencies it needs;
        // refused now rather than every candidate later
        List<String> needed = texts(command.competencies());
        Optional<Citation> competence = profile.teamLeadCompetenceCriterion();
        if (competence.isPresent()) {
            if (needed.isEmpty()) {
                throw competence.get().refusal("competencies", "a team states the competencies (kompetensi) its work "
                        + "needs: " + profile.regulation().shortName() + " chooses the lead by competence in the "
                        + "field, which no candidate can meet against an empty list");
            }
            basis = basis.and(profile.basis(competence.get().ruleId()));
        }
        // TEAM-07: the scope is planned here; the decree derives it from its members and never goes below this one
        AssignmentScope planned = command.scope() == null ? AssignmentScope.WITHIN_UNIT : command.scope();
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(planned);
        TeamEstablisher who = establisher.orElseThrow("scope");
        apply(new TeamProposedEvent(command.teamId(), command.agencyId(), unit.unitId(), unit.departmentId(),
                command.name(), command.purpose(), texts(command.targets()), needed,
                command.periodFrom(), command.periodUntil(), command.scope(), command.plannedSize(),
                command.actor().subject(), command.proposedOn(), formation.outcome().verificationRequired(),
                who.anyOf(), basis.and(establisher.basis())));
    }

    @CommandHandler
    public void handle(VerifyTeamProposalCommand command, AgencyProfiles profiles) {
        Access.requireAgency(command.actor(), agencyId);
        RegulationProfile profile = profiles.inForce(agencyId, command.verifiedOn());
        Decision<TeamFormation> formation = profile.teamFormation();
        if (!command.actor().hasRole(Roles.VERIFICATION_BOARD)) {
            throw ProblemException.forbidden("Only the " + Official.VERIFICATION_BOARD.label() + " verifies a team "
                    + "proposal (TEAM-04)", Official.VERIFICATION_BOARD.label() + " of agency " + agencyId);
        }
        if (status != TeamStatus.AWAITING_VERIFICATION) {
            throw ProblemException.conflict("Team " + teamId + " does not await verification; it is " + status);
        }
        notBefore(command.verifiedOn(), "verifiedOn", lastFormationActOn, lastFormationAct, formation.grounds());
        if (command.recommended()) {
            apply(new TeamProposalVerifiedEvent(teamId, agencyId, command.actor().subject(), command.verifiedOn(),
                    command.reason(), formation.basis()));
        } else {
            if (!hasText(command.reason())) {
                throw formation.refusal("reason", "a proposal returned by the " + Official.VERIFICATION_BOARD.label()
                        + " states why");
            }
            apply(new TeamProposalReturnedEvent(teamId, agencyId, command.actor().subject(), command.verifiedOn(),
                    command.reason(), formation.basis()));
        }
    }

    @CommandHandler
    public void handle(ResubmitTeamProposalCommand command, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireOwningUnitHead(command.actor(), new TeamOfficials(org), command.resubmittedOn(), "resubmits a proposal");
        if (status != TeamStatus.RETURNED) {
            throw ProblemException.conflict("Only a returned proposal is resubmitted; team " + teamId + " is " + status);
        }
        requireText(command.purpose(), "purpose", "purpose of the team (tujuan pembentukan)");
        DecreeContents.requireTargets(command.targets());
        apply(new TeamProposalResubmittedEvent(teamId, agencyId, command.purpose(), texts(command.targets()),
                command.note(), command.actor().subject(), command.resubmittedOn()));
    }

    // ------------------------------------------------------------------ establishment by decree (TEAM-07, TEAM-08)

    @CommandHandler
    public void handle(EstablishTeamCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate decreed = requireDate(command.decreeDate(), "decreeDate");
        RegulationProfile profile = profiles.inForce(agencyId, decreed);
        Decision<TeamFormation> formation = profile.teamFormation();
        if (status == TeamStatus.AWAITING_VERIFICATION || status == TeamStatus.RETURNED) {
            // TEAM-04: established only after the verification recommendation
            throw formation.refusal("teamId", "the team is established only after the "
                    + Official.VERIFICATION_BOARD.label() + " recommended it; it is " + status);
        }
        if (status != TeamStatus.AWAITING_DECREE) {
            throw ProblemException.conflict("Team " + teamId + " is " + status + " already");
        }
        // 12.12: the decree rests on the proposal and, where required, the verification recommendation
        notBefore(decreed, "decreeDate", lastFormationActOn, lastFormationAct, formation.outcome()
                .verificationRequired() ? formation.grounds() : profile.teamEstablisher(scope).grounds());
        DecreeContents.requireComplete(command.decreeNumber(), command.tasks(), command.targets(), command.members());
        // TEAM-07: the scope is a fact of the members' home units, departments and agencies, never a declaration
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        AssignmentScope memberScope = AssignmentScope.WITHIN_UNIT;
        String widest = null;
        for (DecreeMember member : command.members()) {
            AssignmentScope of = TeamScope.of(org, officials, owningUnitId, member.nip(), decreed);
            if (of.ordinal() > memberScope.ordinal()) {
                memberScope = of;
                widest = member.nip();
            }
        }
        AssignmentScope decreeScope = memberScope.ordinal() > scope.ordinal() ? memberScope : scope;
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(decreeScope);
        List<Official> anyOf = establisher.orElseThrow("members").anyOf();
        String why = widest == null ? "" : " (member " + widest + " comes from another "
                + TeamScope.word(memberScope) + ")";
        Official capacity = officials.capacity(command.actor(), anyOf, unit, decreed).orElseGet(() -> {
            officials.requireKnown(anyOf, unit, decreed, null); // 12.11
            throw establisher.forbidden("a " + decreeScope + " team of unit " + owningUnitId + why
                    + " is established by the " + TeamOfficials.who(anyOf) + " ("
                    + profile.regulation().shortName() + ")");
        });
        DecisionBasis basis = establisher.basis().and(profile.basis(TEAM_08));
        if (formation.outcome().verificationRequired()) {
            basis = basis.and(formation.basis());
        }
        // TEAM-04 (Bandung): set before the start-of-year performance agreement; a later decree is recorded as late
        Decision<LocalDate> due = profile.teamDecreeDueBy(periodFrom);
        LocalDate dueBy = due.isAllowed() ? due.outcome() : null;
        Boolean late = dueBy == null ? null : decreed.isAfter(dueBy);
        if (dueBy != null) {
            basis = basis.and(due.basis());
        }
        apply(new TeamEstablishedEvent(teamId, agencyId, owningUnitId, unit.departmentId(), name, purpose,
                decreeScope, texts(command.tasks()), texts(command.targets()), List.copyOf(command.members()),
                periodFrom, periodUntil, command.decreeNumber(), decreed, command.actor().subject(), capacity, basis,
                memberScope, dueBy, late));
    }

    // ------------------------------------------------------------------ end (TEAM-12)

    @CommandHandler
    public void handle(DissolveTeamCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate today = requireDate(command.dissolvedOn(), "dissolvedOn");
        requireOwningUnitHead(command.actor(), new TeamOfficials(org), today, "dissolves the team");
        if (status != TeamStatus.ESTABLISHED) {
            throw ProblemException.conflict("Only an established team is dissolved; team " + teamId + " is " + status);
        }
        LocalDate effectiveOn = requireDate(command.effectiveOn(), "effectiveOn");
        if (!hasText(command.reason()) || !hasText(command.decreeNumber())) {
            throw TEAM_12.refusal(hasText(command.reason()) ? "decreeNumber" : "reason",
                    "a dissolution is a recorded act: it states its reason and the number of the act (keputusan)");
        }
        // 12.12: a team is dissolved after the decree that established it
        notBefore(today, "dissolvedOn", decreeDate, "decree (SK pembentukan tim)", TEAM_12.grounds());
        notBefore(effectiveOn, "effectiveOn", decreeDate, "decree (SK pembentukan tim)", TEAM_12.grounds());
        apply(new TeamDissolvedEvent(teamId, agencyId, owningUnitId, effectiveOn, command.reason(),
                command.decreeNumber(), command.actor().subject(), today, roster.activeMemberships(),
                profiles.inForce(agencyId, today).basis(TEAM_12)));
        endMemberships(effectiveOn, "TEAM_DISSOLVED", command.actor().subject());
    }

    @CommandHandler
    public void handle(EndTeamCommand command, AgencyProfiles profiles) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate today = requireDate(command.today(), "today");
        if (status != TeamStatus.ESTABLISHED) {
            return; // ended or dissolved already
        }
        if (!today.isAfter(periodUntil)) {
            throw TEAM_12.refusal("teamId", "the team's period runs until " + periodUntil + "; before that it ends "
                    + "only by dissolution");
        }
        LocalDate effectiveOn = periodUntil.plusDays(1);
        apply(new TeamEndedEvent(teamId, agencyId, owningUnitId, effectiveOn, roster.activeMemberships(),
                command.actor().subject(), profiles.inForce(agencyId, periodUntil).basis(TEAM_12)));
        endMemberships(effectiveOn, "TEAM_ENDED", command.actor().subject());
    }

    /** TEAM-12: every membership and allowance entitlement in force ends with the team. */
    private void endMemberships(LocalDate effectiveOn, String cause, String recordedBy) {
        for (ActiveMember member : roster.activeMembers()) {
            apply(new TeamMemberLeftEvent(teamId, agencyId, owningUnitId, member.nip(), member.assignmentId(),
                    effectiveOn, cause, recordedBy));
        }
        leadership.endAllowances(effectiveOn, cause);
    }

    // ------------------------------------------------------------------ what the team's members ask of it

    String teamId() {
        return teamId;
    }

    String agencyId() {
        return agencyId;
    }

    String owningUnitId() {
        return owningUnitId;
    }

    AssignmentScope scope() {
        return scope;
    }

    LocalDate decreeDate() {
        return decreeDate;
    }

    List<String> competencies() {
        return competencies;
    }

    TeamLeadership leadership() {
        return leadership;
    }

    TeamRoster roster() {
        return roster;
    }

    /** 409 when the head of the owning unit is not known yet (12.11), 403 when the actor is someone else. */
    void requireOwningUnitHead(Actor actor, TeamOfficials officials, LocalDate on, String act) {
        String head = officials.headOf(owningUnitId, on);
        if (!head.equals(actor.subject())) {
            throw ProblemException.forbidden("Only the head of the owning unit " + owningUnitId + " (Pimpinan Unit "
                    + "Organisasi pemilik kinerja) " + act + " of team " + teamId, "the head of unit " + owningUnitId
                    + ": " + head);
        }
    }

    void requireEstablished(String act) {
        if (status != TeamStatus.ESTABLISHED) {
            throw ProblemException.conflict("Team " + teamId + " is " + status + "; only an established team can "
                    + act);
        }
    }

    void requireEstablishedOnce(String act) {
        if (status != TeamStatus.ESTABLISHED && status != TeamStatus.DISSOLVED && status != TeamStatus.ENDED) {
            throw ProblemException.conflict("Team " + teamId + " is " + status + "; it can " + act
                    + " once established");
        }
    }

    /** Someone may join on {@code from}: the team is established, not over, and the decree is not later (12.12). */
    void requireJoinable(RegulationProfile profile, LocalDate from) {
        if (status == TeamStatus.DISSOLVED || status == TeamStatus.ENDED) {
            throw TEAM_12.refusal("teamId", "team " + teamId + " is " + status + "; nobody joins it any more");
        }
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(scope);
        if (status != TeamStatus.ESTABLISHED) {
            throw establisher.refusal("teamId", "members join a team established by decree (SK pembentukan tim); "
                    + "team " + teamId + " is " + status);
        }
        notBefore(from, "effectiveFrom", decreeDate, "decree (SK pembentukan tim) that makes the team",
                establisher.grounds());
        if (from.isAfter(periodUntil)) {
            throw TEAM_12.refusal("effectiveFrom", "the team's period ends on " + periodUntil);
        }
    }

    /**
     * TEAM-07: a person whose home unit lies outside the team's scope needs a decree by the official of the wider
     * scope; the refusal names that official (or ASG-02 where the regulation has no such scope). Where the official
     * who signed the decree is also the one for the wider scope (e.g. Cilegon's owning unit head, Bandung's Kepala
     * Perangkat Daerah across units), the person joins and the team's scope widens. Returns the person's scope.
     */
    AssignmentScope requireWithinScope(RegulationProfile profile, OrgDirectory org, TeamOfficials officials,
                                       String nip, LocalDate on, String field) {
        AssignmentScope of = TeamScope.of(org, officials, owningUnitId, nip, on);
        if (of.ordinal() <= scope.ordinal()) {
            return of;
        }
        Decision<TeamEstablisher> wider = profile.teamEstablisher(of);
        if (wider.isRefused()) {
            throw wider.toProblem(field);
        }
        if (establisherCapacity != null && wider.outcome().anyOf().stream().map(TeamScope::office)
                .anyMatch(TeamScope.office(establisherCapacity)::equals)) {
            return of;
        }
        String decreedBy = establisherCapacity == null ? "" : " by the " + establisherCapacity.label();
        throw wider.refusal(field, nip + " comes from another " + TeamScope.word(of) + " (" + of + " from the owning "
                + "unit " + owningUnitId + "); team " + teamId + " was decreed for " + scope + decreedBy + ". A " + of
                + " team needs a decree of the " + TeamOfficials.who(wider.outcome().anyOf()) + " ("
                + profile.regulation().shortName() + ")");
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(TeamProposedEvent event) {
        teamId = event.teamId();
        agencyId = event.agencyId();
        owningUnitId = event.owningUnitId();
        name = event.name();
        purpose = event.purpose();
        scope = event.scope() == null ? AssignmentScope.WITHIN_UNIT : event.scope();
        periodFrom = event.periodFrom();
        periodUntil = event.periodUntil();
        competencies = event.competencies();
        lastFormationAct = "proposal";
        lastFormationActOn = event.proposedOn();
        status = event.verificationRequired() ? TeamStatus.AWAITING_VERIFICATION : TeamStatus.AWAITING_DECREE;
    }

    @EventSourcingHandler
    void on(TeamProposalVerifiedEvent event) {
        status = TeamStatus.AWAITING_DECREE;
        formationAct("verification recommendation", event.verifiedOn());
    }

    @EventSourcingHandler
    void on(TeamProposalReturnedEvent event) {
        status = TeamStatus.RETURNED;
        formationAct("return of the proposal", event.returnedOn());
    }

    @EventSourcingHandler
    void on(TeamProposalResubmittedEvent event) {
        purpose = event.purpose();
        status = TeamStatus.AWAITING_VERIFICATION;
        formationAct("resubmission", event.resubmittedOn());
    }

    @EventSourcingHandler
    void on(TeamEstablishedEvent event) {
        status = TeamStatus.ESTABLISHED;
        scope = event.scope();
        decreeDate = event.decreeDate();
        establisherCapacity = event.establisherCapacity();
    }

    @EventSourcingHandler
    void on(TeamMemberJoinedEvent event) {
        if (event.memberScope() != null && event.memberScope().ordinal() > scope.ordinal()) {
            scope = event.memberScope(); // TEAM-07: the scope is what the people in the team make it
        }
    }

    @EventSourcingHandler
    void on(TeamDissolvedEvent event) {
        status = TeamStatus.DISSOLVED;
    }

    @EventSourcingHandler
    void on(TeamEndedEvent event) {
        status = TeamStatus.ENDED;
    }

    private void formationAct(String act, LocalDate on) {
        if (on != null && (lastFormationActOn == null || !on.isBefore(lastFormationActOn))) {
            lastFormationAct = act;
            lastFormationActOn = on;
        }
    }
}
