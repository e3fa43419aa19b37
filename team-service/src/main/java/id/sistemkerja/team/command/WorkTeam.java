package id.sistemkerja.team.command;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.team.v1.TeamMembership;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.AllowanceEntitlement;
import id.sistemkerja.regulation.profile.CandidateFacts;
import id.sistemkerja.regulation.profile.CoordinatorAppointment;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.LeadPriority;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.ReportRecipients;
import id.sistemkerja.regulation.profile.TeamEstablisher;
import id.sistemkerja.regulation.profile.TeamFormation;
import id.sistemkerja.regulation.profile.TeamRole;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.competence.CompetencyVocabulary;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Criterion;
import id.sistemkerja.regulation.profile.FailedCriterion;
import id.sistemkerja.regulation.profile.LeadPriorityPool;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.replica.AnnualPredikat;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.team.api.TeamCommands.AddTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.JoinTeamByOrderCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamCoordinatorCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamLeadCommand;
import id.sistemkerja.team.api.TeamCommands.DecideTeamMemberProposalCommand;
import id.sistemkerja.team.api.TeamCommands.DecideTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.DissolveTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.RaiseTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.RemoveTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.ReportMemberPerformanceCommand;
import id.sistemkerja.team.api.TeamCommands.RequestTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.ResubmitTeamProposalCommand;
import id.sistemkerja.team.api.TeamCommands.SubmitTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.VerifyTeamProposalCommand;
import id.sistemkerja.team.api.TeamEvents.MemberPerformanceReportedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementStartedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMembershipRefusedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamCoordinatorAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamDissolvedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberProposalDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberProposedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemRaisedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalResubmittedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalReturnedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalVerifiedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportRequestedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportSubmittedEvent;
import id.sistemkerja.team.api.TeamStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A work team (tim kerja): proposed by the owning unit head, verified where the profile requires it (TEAM-04),
 * established by decree (TEAM-07, TEAM-08), led by one lead (TEAM-01, TEAM-02, TEAM-03, TEAM-05) and possibly a
 * coordinator (TEAM-06), joined by members through assignment orders, reporting in its chain (RPT-02, RPT-03), and
 * ended at the end of its period or dissolved (TEAM-12). Every refusal is thrown before an event is applied; the one
 * exception is a TEAM assignment order from Kafka, whose unlawful membership is recorded as refused (an integration
 * event never makes an unlawful member, and the refusal stays visible).
 * <p>
 * Three principles hold for every act. The team's scope is a fact: it is derived from the home units, departments and
 * agencies of the people in it, at the decree and at every joining, and decides who signs (TEAM-07). Acts are in time
 * order: an act dated before the act it rests on is refused. A fact the org replica does not know yet is a retryable
 * 409 fact-not-yet-known, never a refusal.
 */
@Aggregate
public class WorkTeam {

    /** A member whose membership is in force. */
    record ActiveMember(String nip, String homeUnitId, String assignmentId, String orderNumber, LocalDate from,
                        String assignedBy) {
    }

    /** What the profile needs about a candidate for lead or coordinator, and what the decision records. */
    private record Candidate(CandidateFacts facts, PositionKind kind, Integer predikatYear,
                             List<String> matchedCompetencies) {
    }

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
    private String establishedBy;
    private Official establisherCapacity;
    private final Map<String, String> decreeDuties = new LinkedHashMap<>();
    private String leadNip;
    private LocalDate leadFrom;
    private boolean leadAllowance;
    private String coordinatorNip;
    private LocalDate coordinatorFrom;
    private boolean coordinatorAllowance;
    private final Map<String, ActiveMember> members = new LinkedHashMap<>();
    private final Set<String> seenAssignments = new HashSet<>();
    private final Map<String, String> openRequests = new HashMap<>();
    private final Map<String, DecreeMember> pendingMemberProposals = new HashMap<>();
    private final Map<String, Integer> openProblems = new HashMap<>();

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
        if (command.targets() == null || command.targets().stream().noneMatch(WorkTeam::hasText)) {
            throw ProblemException.invalidByRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "targets",
                    "a team needs specific and measurable targets (target kinerja yang spesifik dan terukur)");
        }
        if (command.periodFrom() == null || command.periodUntil() == null
                || command.periodUntil().isBefore(command.periodFrom())) {
            throw ProblemException.invalid("periodUntil", "the period (jangka waktu) needs a first day and a last "
                    + "day not before it");
        }
        if (command.plannedSize() < 2) {
            throw ProblemException.rule(TeamRule.TEAM_01.id(), TeamRule.TEAM_01.article(), "plannedSize",
                    "a team has one lead (ketua tim) and members: at least 2 people, not " + command.plannedSize());
        }
        Integer years = formation.outcome().periodYears();
        if (years != null && command.periodUntil().isAfter(command.periodFrom().plusYears(years).minusDays(1))) {
            throw ProblemException.rule("TEAM-04", formation.citations().get(0).text(), "periodUntil",
                    "a team is set for " + years + " year(s) at a time (" + profile.regulation().shortName()
                            + "); the period " + command.periodFrom() + " .. " + command.periodUntil() + " is longer");
        }
        DecisionBasis basis = formation.basis();
        // TEAM-05: where the lead is chosen by competence in the field, the team states the competencies it needs;
        // refused now rather than every candidate later
        List<String> needed = texts(command.competencies());
        Optional<Citation> competence = profile.teamLeadCompetenceCriterion();
        if (competence.isPresent()) {
            if (needed.isEmpty()) {
                throw ProblemException.rule("TEAM-05", competence.get().text(), "competencies", "a team states the "
                        + "competencies (kompetensi) its work needs: " + profile.regulation().shortName() + " chooses "
                        + "the lead by competence in the field, which no candidate can meet against an empty list");
            }
            basis = basis.and(profile.basis("TEAM-05"));
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
        notBefore(command.verifiedOn(), "verifiedOn", lastFormationActOn, lastFormationAct, "TEAM-04",
                formation.citations().get(0).text());
        if (command.recommended()) {
            apply(new TeamProposalVerifiedEvent(teamId, agencyId, command.actor().subject(), command.verifiedOn(),
                    command.reason(), formation.basis()));
        } else {
            if (!hasText(command.reason())) {
                throw ProblemException.rule("TEAM-04", formation.citations().get(0).text(), "reason",
                        "a proposal returned by the " + Official.VERIFICATION_BOARD.label() + " states why");
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
        if (command.targets() == null || command.targets().stream().noneMatch(WorkTeam::hasText)) {
            throw ProblemException.invalidByRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "targets",
                    "a team needs specific and measurable targets (target kinerja yang spesifik dan terukur)");
        }
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
            throw ProblemException.rule("TEAM-04", formation.citations().get(0).text(), "teamId",
                    "the team is established only after the " + Official.VERIFICATION_BOARD.label()
                            + " recommended it; it is " + status);
        }
        if (status != TeamStatus.AWAITING_DECREE) {
            throw ProblemException.conflict("Team " + teamId + " is " + status + " already");
        }
        // 12.12: the decree rests on the proposal and, where required, the verification recommendation
        if (formation.outcome().verificationRequired()) {
            notBefore(decreed, "decreeDate", lastFormationActOn, lastFormationAct, "TEAM-04",
                    formation.citations().get(0).text());
        } else {
            notBefore(decreed, "decreeDate", lastFormationActOn, lastFormationAct, "TEAM-07",
                    profile.teamEstablisher(scope).citations().get(0).text());
        }
        List<Violation> missing = new ArrayList<>();
        if (!hasText(command.decreeNumber())) {
            missing.add(Violation.ofRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "decreeNumber",
                    "the decree (SK pembentukan tim) has a number"));
        }
        if (command.tasks() == null || command.tasks().stream().noneMatch(WorkTeam::hasText)) {
            missing.add(Violation.ofRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "tasks",
                    "the decree states the team's tasks (tugas)"));
        }
        if (command.targets() == null || command.targets().stream().noneMatch(WorkTeam::hasText)) {
            missing.add(Violation.ofRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "targets",
                    "the decree states specific and measurable targets (target kinerja)"));
        }
        if (command.members() == null || command.members().isEmpty()) {
            missing.add(Violation.ofRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "members",
                    "the decree names the members (anggota tim) with their roles"));
        } else {
            for (int i = 0; i < command.members().size(); i++) {
                DecreeMember member = command.members().get(i);
                if (member == null || !hasText(member.nip()) || !hasText(member.duty())) {
                    missing.add(Violation.ofRule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(),
                            "members[" + i + "]", "each member is named (NIP) with a clear role (peran)"));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.rules("TEAM-08: the establishing decree states tasks, targets and members with "
                    + "clear roles", missing);
        }
        // TEAM-07: the scope is a fact of the members' home units, departments and agencies, never a declaration
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        AssignmentScope memberScope = AssignmentScope.WITHIN_UNIT;
        String widest = null;
        for (DecreeMember member : command.members()) {
            AssignmentScope of = scopeOf(org, officials, member.nip(), decreed);
            if (of.ordinal() > memberScope.ordinal()) {
                memberScope = of;
                widest = member.nip();
            }
        }
        AssignmentScope decreeScope = memberScope.ordinal() > scope.ordinal() ? memberScope : scope;
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(decreeScope);
        List<Official> anyOf = establisher.orElseThrow("members").anyOf();
        String why = widest == null ? "" : " (member " + widest + " comes from another "
                + scopeWord(memberScope) + ")";
        Official capacity = officials.capacity(command.actor(), anyOf, unit, decreed).orElseGet(() -> {
            officials.requireKnown(anyOf, unit, decreed, null); // 12.11
            throw ProblemException.forbidden("TEAM-07", establisher.citations().get(0).text(),
                    "a " + decreeScope + " team of unit " + owningUnitId + why + " is established by the "
                            + TeamOfficials.who(anyOf) + " (" + profile.regulation().shortName() + ")");
        });
        DecisionBasis basis = establisher.basis().and(profile.basis(TeamRule.TEAM_08.id()));
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

    // ------------------------------------------------------------------ lead and coordinator

    @CommandHandler
    public void handle(AppointTeamLeadCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablished("appoint a lead");
        LocalDate on = requireDate(command.effectiveFrom(), "effectiveFrom");
        RegulationProfile profile = profiles.inForce(agencyId, on);
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(scope);
        // TEAM-02: the appraiser or unit head appoints; TEAM-07 (Serang): the PPK sets lead and coordinator; Bekasi:
        // the candidate's appraiser or the unit head, Level I or Level II (BKS23 Pasal 9(3), lampiran C.3 huruf c)
        List<Official> setBy = establisher.orElseThrow("scope").leadAndCoordinatorSetBy();
        List<Official> appointers = setBy.isEmpty() ? List.of(Official.OWNING_UNIT_HEAD) : setBy;
        String article = setBy.isEmpty() ? TeamRule.TEAM_02.article() : establisher.citations()
                .get(establisher.citations().size() - 1).text();
        requireText(command.nip(), "nip", "NIP of the candidate");
        Official capacity = officials.capacityFor(command.actor(), appointers, unit, on, command.nip())
                .orElseGet(() -> {
                    officials.requireKnown(appointers, unit, on, command.nip()); // 12.11
                    throw ProblemException.forbidden("TEAM-02", article, "the team lead (ketua tim) of team " + teamId
                            + " is appointed by the " + TeamOfficials.who(appointers));
                });
        // 12.12: a lead is appointed in an established team, and a successor not before the lead in office
        notBefore(on, "effectiveFrom", decreeDate, "decree (SK pembentukan tim)", TeamRule.TEAM_02.id(),
                TeamRule.TEAM_02.article());
        notBefore(on, "effectiveFrom", leadFrom, "appointment of the lead in office, " + leadNip + ",",
                TeamRule.TEAM_01.id(), TeamRule.TEAM_01.article());
        if (command.nip().equals(leadNip)) {
            throw ProblemException.conflict(command.nip() + " leads team " + teamId + " already");
        }
        Candidate candidate = candidate(profile, org, command.nip(), on, command.experienceInField(), null,
                TeamRole.LEAD);
        String homeUnit = homeUnitOf(org, command.nip(), on);
        requireWithinScope(profile, org, officials, command.nip(), on, "nip"); // TEAM-07: the lead is in the team too
        Decision<Void> eligibility = profile.teamLeadEligibility(candidate.facts());
        requirePredikatKnown(eligibility, command.nip(), on);
        eligibility.orElseThrow("nip"); // TEAM-05: every failed criterion with its article
        String justification = hasText(command.justification()) ? command.justification().trim() : null;

        // TEAM-03: a JF hasil penyetaraan has priority; another lead only when there is none, whatever the reason
        Optional<LeadPriorityPool> pool = profile.teamLeadPriorityPool();
        List<String> considered = pool.map(p -> priorityPool(p, org, command.nip(), on)).orElse(null);
        List<String> preferred = considered == null ? List.of()
                : considered.stream().filter(nip -> eligibleConvertedFunctional(profile, org, nip, on)).toList();
        Decision<LeadPriority> priority = profile.teamLeadPriority(candidate.facts(), !preferred.isEmpty());
        if (priority.isRefused()) {
            String why = priority.failures().get(0).message() + "; eligible JF hasil penyetaraan: "
                    + String.join(", ", preferred) + " (" + considered.size() + " considered in the "
                    + poolWords(pool.get()) + ")";
            throw ProblemException.rules("TEAM-03: " + why, List.of(Violation.ofRule("TEAM-03",
                    priority.citations().get(0).text(), "nip", why)));
        }
        if (justification == null && priority.outcome().justificationRequired()) {
            String why = "a lead who is not a JF hasil penyetaraan is appointed only with a recorded reason why none "
                    + "is available";
            throw ProblemException.rules("TEAM-03: " + why, List.of(Violation.ofRule("TEAM-03",
                    priority.citations().get(0).text(), "justification", why)));
        }
        DecisionBasis basis = eligibility.basis().and(priority.basis());

        // TEAM-02: for cross-unit teams the lead preferably comes from the owning unit
        if (scope != AssignmentScope.WITHIN_UNIT && !owningUnitId.equals(homeUnit)) {
            List<String> fromOwningUnit = personnel(on, command.nip()).stream()
                    .filter(nip -> owningUnitId.equals(org.unitOf(nip, on).orElse(null))).toList();
            if (justification == null) {
                throw ProblemException.rules("TEAM-02: a lead from outside the owning unit needs a recorded "
                        + "justification", List.of(Violation.ofRule(TeamRule.TEAM_02.id(), TeamRule.TEAM_02.article(),
                        "justification", "the lead (ketua tim) of a " + scope + " team preferably comes from the "
                                + "owning unit " + owningUnitId + (fromOwningUnit.isEmpty() ? ""
                                : "; preferred candidates: " + String.join(", ", fromOwningUnit)))));
            }
            basis = basis.and(profile.basis(TeamRule.TEAM_02.id()));
        }
        Decision<AllowanceEntitlement> allowance = profile.allowance(TeamRole.LEAD, candidate.kind()); // TEAM-09
        String previous = leadNip;
        boolean previousEntitled = leadAllowance;
        apply(new TeamLeadAppointedEvent(teamId, agencyId, owningUnitId, command.nip(), homeUnit, on, previous,
                command.actor().subject(), capacity, justification, allowance.outcome().entitled(),
                basis.and(allowance.basis()), candidate.predikatYear(), pool.map(Enum::name).orElse(null),
                considered, considered == null ? null : preferred, candidate.matchedCompetencies()));
        if (previous != null && previousEntitled) {
            apply(new TeamAllowanceEntitlementEndedEvent(teamId, agencyId, owningUnitId, previous, TeamMemberRole.KETUA,
                    on, "REPLACED"));
        }
        if (allowance.outcome().entitled()) {
            apply(new TeamAllowanceEntitlementStartedEvent(teamId, agencyId, owningUnitId, command.nip(),
                    TeamMemberRole.KETUA, on, allowance.basis()));
        }
    }

    @CommandHandler
    public void handle(AppointTeamCoordinatorCommand command, AgencyProfiles profiles, OrgDirectory org,
                       DepartmentAffairs affairs) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablished("appoint a coordinator");
        LocalDate on = requireDate(command.effectiveFrom(), "effectiveFrom");
        RegulationProfile profile = profiles.inForce(agencyId, on);
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        requireText(command.nip(), "nip", "NIP of the candidate");
        // TEAM-06: only where the profile provides for a coordinator, in units / departments it names; Bandung: where
        // the unit head is also the coordinator's appraiser (BDG23 Pasal 11(2), lampiran B.2 huruf b)
        id.sistemkerja.regulation.profile.UnitFacts place = placeFacts(org, affairs, unit, on);
        if (profile.coordinatorRequiresHeadAsAppraiser()) {
            place = place.withHeadIsAppraiser(headIsAppraiserOf(org, officials, command.nip(), on));
        }
        Decision<CoordinatorAppointment> where = profile.coordinatorAllowed(place);
        CoordinatorAppointment allowed = where.orElseThrow("teamId");
        List<Official> appointers = !allowed.appointedBy().isEmpty() ? allowed.appointedBy()
                : profile.teamEstablisher(scope).orElseThrow("scope").leadAndCoordinatorSetBy().isEmpty()
                ? List.of(Official.OWNING_UNIT_HEAD)
                : profile.teamEstablisher(scope).outcome().leadAndCoordinatorSetBy();
        Official capacity = officials.capacityFor(command.actor(), appointers, unit, on, command.nip())
                .orElseGet(() -> {
                    officials.requireKnown(appointers, unit, on, command.nip()); // 12.11
                    throw ProblemException.forbidden("TEAM-06", where.citations().get(0).text(), "the team "
                            + "coordinator (koordinator tim kerja) is appointed by the "
                            + TeamOfficials.who(appointers));
                });
        notBefore(on, "effectiveFrom", decreeDate, "decree (SK pembentukan tim)", "TEAM-06",
                where.citations().get(0).text());
        notBefore(on, "effectiveFrom", coordinatorFrom, "appointment of the coordinator in office, " + coordinatorNip
                + ",", "TEAM-06", where.citations().get(0).text());
        if (command.nip().equals(coordinatorNip)) {
            throw ProblemException.conflict(command.nip() + " coordinates team " + teamId + " already");
        }
        Candidate candidate = candidate(profile, org, command.nip(), on, command.experienceInField(),
                command.experienceEquivalentTo(), TeamRole.COORDINATOR);
        Decision<CoordinatorAppointment> eligibility = profile.coordinatorEligibility(candidate.facts(), place);
        requirePredikatKnown(eligibility, command.nip(), on);
        eligibility.orElseThrow("nip");
        Decision<AllowanceEntitlement> allowance = profile.allowance(TeamRole.COORDINATOR, candidate.kind()); // TEAM-09
        String previous = coordinatorNip;
        boolean previousEntitled = coordinatorAllowance;
        apply(new TeamCoordinatorAppointedEvent(teamId, agencyId, owningUnitId, command.nip(), on, previous,
                command.actor().subject(), capacity, allowance.outcome().entitled(),
                eligibility.basis().and(allowance.basis()), candidate.predikatYear(),
                candidate.matchedCompetencies()));
        if (previous != null && previousEntitled) {
            apply(new TeamAllowanceEntitlementEndedEvent(teamId, agencyId, owningUnitId, previous,
                    TeamMemberRole.KOORDINATOR, on, "REPLACED"));
        }
        if (allowance.outcome().entitled()) {
            apply(new TeamAllowanceEntitlementStartedEvent(teamId, agencyId, owningUnitId, command.nip(),
                    TeamMemberRole.KOORDINATOR, on, allowance.basis()));
        }
    }

    // ------------------------------------------------------------------ membership

    @CommandHandler
    public void handle(AddTeamMemberCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        TeamOfficials officials = new TeamOfficials(org);
        LocalDate from = requireDate(command.effectiveFrom(), "effectiveFrom");
        requireOwningUnitHead(command.actor(), officials, from, "records a member");
        requireText(command.nip(), "nip", "NIP of the member");
        RegulationProfile profile = profiles.inForce(agencyId, from);
        requireJoinable(profile, from);
        if (members.containsKey(command.nip())) {
            return; // a member already
        }
        String homeUnit = homeUnitOf(org, command.nip(), from);
        AssignmentScope memberScope = requireWithinScope(profile, org, officials, command.nip(), from, "nip");
        String duty = hasText(command.duty()) ? command.duty() : decreeDuties.get(command.nip());
        apply(new TeamMemberJoinedEvent(teamId, agencyId, owningUnitId, command.nip(), homeUnit,
                roleOf(command.nip()), duty, from, null, null, command.actor().subject(), null, memberScope));
    }

    /**
     * A TEAM order from assignment-service (Kafka). A fact not known yet is thrown (the consumer retries); a refusal
     * (M4: an order of another unit; TEAM-07 scope; time order; TEAM-12) adds no member and is recorded as refused.
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
            if (!owningUnitId.equals(command.orderOwningUnitId())) {
                throw ProblemException.rule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "owningUnitId",
                        "order " + command.orderNumber() + " of unit " + command.orderOwningUnitId()
                                + " cannot add members to team " + teamId + ", which unit " + owningUnitId + " owns");
            }
            RegulationProfile profile = profiles.inForce(agencyId, from);
            requireJoinable(profile, from);
            if (members.containsKey(command.nip())) {
                return; // a member already; a further order for the same person changes nothing here
            }
            homeUnit = homeUnitOf(org, command.nip(), from);
            memberScope = requireWithinScope(profile, org, officials, command.nip(), from, "assignees");
        } catch (ProblemException refusal) {
            if (refusal.kind() == ProblemKind.FACT_NOT_YET_KNOWN) {
                throw refusal;
            }
            Violation first = refusal.violations().isEmpty() ? null : refusal.violations().get(0);
            apply(new TeamMembershipRefusedEvent(teamId, agencyId, owningUnitId, command.nip(),
                    command.assignmentId(), command.orderNumber(), command.orderOwningUnitId(), from,
                    first == null ? null : first.ruleId(), first == null ? null : first.article(),
                    refusal.getMessage(), command.actor().subject()));
            return;
        }
        apply(new TeamMemberJoinedEvent(teamId, agencyId, owningUnitId, command.nip(), homeUnit,
                roleOf(command.nip()), decreeDuties.get(command.nip()), from, command.assignmentId(),
                command.orderNumber(), command.actor().subject(), command.issuedBy(), memberScope));
    }

    @CommandHandler
    public void handle(RemoveTeamMemberCommand command, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate on = requireDate(command.effectiveOn(), "effectiveOn");
        boolean system = command.actor().hasRole("SYSTEM");
        if (!system) {
            requireOwningUnitHead(command.actor(), new TeamOfficials(org), on, "records a member leaving");
        }
        ActiveMember member = members.get(command.nip());
        if (member == null || command.assignmentId() != null && member.assignmentId() != null
                && !member.assignmentId().equals(command.assignmentId())) {
            return; // not (or no longer) a member by this assignment
        }
        if (on.isBefore(member.from())) {
            if (!system) {
                notBefore(on, "effectiveOn", member.from(), "day " + member.nip() + " joined", TeamRule.TEAM_08.id(),
                        TeamRule.TEAM_08.article());
            }
            on = member.from(); // an assignment ended before it began: the membership was never in force
        }
        // M8: the cause of a membership's end comes from assignment-service or is the unit head's record
        String cause = !system ? "RECORDED_BY_UNIT_HEAD" : hasText(command.cause()) ? command.cause()
                : "ASSIGNMENT_ENDED";
        apply(new TeamMemberLeftEvent(teamId, agencyId, owningUnitId, command.nip(), member.assignmentId(), on,
                cause, command.actor().subject()));
    }

    @CommandHandler
    public void handle(ProposeTeamMemberCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablished("propose a member");
        LocalDate on = requireDate(command.proposedOn(), "proposedOn");
        // TEAM-08: members are proposed by the lead / coordinator to the unit head
        String actor = command.actor().subject();
        if (!actor.equals(leadNip) && !actor.equals(coordinatorNip)) {
            throw ProblemException.forbidden(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(),
                    "members are proposed by the team lead (ketua tim) or coordinator of team " + teamId);
        }
        notBefore(on, "proposedOn", actor.equals(leadNip) ? leadFrom : coordinatorFrom, "day " + actor
                + " took office", TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article());
        requireText(command.nip(), "nip", "NIP of the proposed member");
        if (!hasText(command.duty())) {
            throw ProblemException.rule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "duty",
                    "a proposed member gets a clear role (peran) divided by competence");
        }
        org.employee(command.nip()).orElseThrow(() -> ProblemException.notYetKnown("Employee", command.nip()));
        RegulationProfile profile = profiles.inForce(agencyId, on);
        TeamOfficials officials = new TeamOfficials(org);
        requireWithinScope(profile, org, officials, command.nip(), on, "nip"); // TEAM-07
        String unitHead = officials.headOf(owningUnitId, on);
        apply(new TeamMemberProposedEvent(teamId, agencyId, command.proposalId(), command.nip(), command.duty(),
                actor, unitHead, on, profile.basis(TeamRule.TEAM_08.id())));
    }

    @CommandHandler
    public void handle(DecideTeamMemberProposalCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate on = requireDate(command.decidedOn(), "decidedOn");
        TeamOfficials officials = new TeamOfficials(org);
        requireOwningUnitHead(command.actor(), officials, on, "decides a member proposal");
        DecreeMember proposal = pendingMemberProposals.get(command.proposalId());
        if (proposal == null) {
            throw ProblemException.notFound("Pending member proposal", command.proposalId());
        }
        if (!command.accepted() && !hasText(command.reason())) {
            throw ProblemException.invalid("reason", "a declined member proposal states why");
        }
        RegulationProfile profile = profiles.inForce(agencyId, on);
        if (command.accepted()) {
            requireWithinScope(profile, org, officials, proposal.nip(), on, "proposalId"); // TEAM-07
        }
        apply(new TeamMemberProposalDecidedEvent(teamId, agencyId, command.proposalId(), proposal.nip(),
                command.accepted(), command.reason(), command.actor().subject(), on,
                profile.basis(TeamRule.TEAM_08.id())));
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
            throw ProblemException.rule(TeamRule.TEAM_12.id(), TeamRule.TEAM_12.article(),
                    hasText(command.reason()) ? "decreeNumber" : "reason",
                    "a dissolution is a recorded act: it states its reason and the number of the act (keputusan)");
        }
        // 12.12: a team is dissolved after the decree that established it
        notBefore(today, "dissolvedOn", decreeDate, "decree (SK pembentukan tim)", TeamRule.TEAM_12.id(),
                TeamRule.TEAM_12.article());
        notBefore(effectiveOn, "effectiveOn", decreeDate, "decree (SK pembentukan tim)", TeamRule.TEAM_12.id(),
                TeamRule.TEAM_12.article());
        List<TeamMembership> active = activeMemberships();
        apply(new TeamDissolvedEvent(teamId, agencyId, owningUnitId, effectiveOn, command.reason(),
                command.decreeNumber(), command.actor().subject(), today, active,
                profiles.inForce(agencyId, today).basis(TeamRule.TEAM_12.id())));
        for (ActiveMember member : List.copyOf(members.values())) {
            apply(new TeamMemberLeftEvent(teamId, agencyId, owningUnitId, member.nip(), member.assignmentId(),
                    effectiveOn, "TEAM_DISSOLVED", command.actor().subject()));
        }
        endAllowances(effectiveOn, "TEAM_DISSOLVED");
    }

    @CommandHandler
    public void handle(EndTeamCommand command, AgencyProfiles profiles) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate today = requireDate(command.today(), "today");
        if (status != TeamStatus.ESTABLISHED) {
            return; // ended or dissolved already
        }
        if (!today.isAfter(periodUntil)) {
            throw ProblemException.rule(TeamRule.TEAM_12.id(), TeamRule.TEAM_12.article(), "teamId",
                    "the team's period runs until " + periodUntil + "; before that it ends only by dissolution");
        }
        LocalDate effectiveOn = periodUntil.plusDays(1);
        apply(new TeamEndedEvent(teamId, agencyId, owningUnitId, effectiveOn, activeMemberships(),
                command.actor().subject(), profiles.inForce(agencyId, periodUntil).basis(TeamRule.TEAM_12.id())));
        for (ActiveMember member : List.copyOf(members.values())) {
            apply(new TeamMemberLeftEvent(teamId, agencyId, owningUnitId, member.nip(), member.assignmentId(),
                    effectiveOn, "TEAM_ENDED", command.actor().subject()));
        }
        endAllowances(effectiveOn, "TEAM_ENDED");
    }

    // ------------------------------------------------------------------ reporting chain (RPT-02, RPT-03, TEAM-10)

    @CommandHandler
    public void handle(SubmitTeamReportCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablishedOnce("report");
        LocalDate on = requireDate(command.submittedOn(), "submittedOn");
        RegulationProfile profile = profiles.inForce(agencyId, on);
        String reporter = command.actor().subject();
        TeamMemberRole role = reporter.equals(leadNip) ? TeamMemberRole.KETUA
                : reporter.equals(coordinatorNip) ? TeamMemberRole.KOORDINATOR
                : members.containsKey(reporter) ? TeamMemberRole.ANGGOTA : null;
        if (role == null) {
            throw ProblemException.forbidden(TeamRule.TEAM_10.id(), TeamRule.TEAM_10.article(),
                    "only the lead and the members of team " + teamId + " report in its chain");
        }
        Decision<ReportRecipients> recipients = profile.teamReportRecipients(
                role == TeamMemberRole.ANGGOTA ? TeamRole.MEMBER : TeamRole.LEAD);
        // 12.12: nobody reports on a role before holding it
        LocalDate since = role == TeamMemberRole.KETUA ? leadFrom : role == TeamMemberRole.KOORDINATOR
                ? coordinatorFrom : members.get(reporter).from();
        notBefore(on, "submittedOn", since, "day " + reporter + " took the role of " + role, "RPT-02",
                recipients.citations().get(0).text());
        requireText(command.summary(), "summary", "what the report says (isi laporan)");
        if (command.answersRequestId() != null && !reporter.equals(openRequests.get(command.answersRequestId()))) {
            throw ProblemException.rule(TeamRule.RPT_03.id(), TeamRule.RPT_03.article(), "answersRequestId",
                    "no open report request " + command.answersRequestId() + " to " + reporter + " in team " + teamId);
        }
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        List<String> nips = new ArrayList<>();
        for (Official official : recipients.outcome().anyOf()) {
            if (official == Official.TEAM_LEAD) {
                if (leadNip == null) {
                    throw ProblemException.rule("RPT-02", recipients.citations().get(0).text(), "teamId",
                            "a member reports to the team lead (ketua tim); team " + teamId + " has none yet");
                }
                nips.add(leadNip);
            } else if (official == Official.ASSIGNER) {
                nips.add(assignerOf(officials, unit, reporter, on));
            } else {
                officials.requireNipOf(official, unit, on).ifPresent(nips::add);
            }
        }
        apply(new TeamReportSubmittedEvent(teamId, agencyId, owningUnitId, command.reportId(), reporter, role,
                recipients.outcome().anyOf(), nips.stream().distinct().toList(), command.periodFrom(),
                command.periodUntil(), command.summary(), command.answersRequestId(), on, recipients.basis()));
    }

    @CommandHandler
    public void handle(RequestTeamReportCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablishedOnce("request a report");
        LocalDate on = requireDate(command.requestedOn(), "requestedOn");
        RegulationProfile profile = profiles.inForce(agencyId, on);
        List<Official> mayRequest = profile.reportRequesters().outcome();
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        Official capacity = officials.capacity(command.actor(), mayRequest, unit, on).orElseGet(() -> {
            officials.requireKnown(mayRequest, unit, on, null); // 12.11
            throw ProblemException.forbidden("RPT-03", profile.reportRequesters().citations().get(0).text(),
                    "a report from the team is requested by the " + TeamOfficials.who(mayRequest));
        });
        Decision<Official> allowed = profile.mayRequestReport(capacity);
        if (!command.fromNip().equals(leadNip) && !command.fromNip().equals(coordinatorNip)
                && !members.containsKey(command.fromNip())) {
            throw ProblemException.rule(TeamRule.RPT_03.id(), TeamRule.RPT_03.article(), "fromNip",
                    command.fromNip() + " is neither the lead nor a member of team " + teamId);
        }
        requireText(command.subject(), "subject", "what the report should cover");
        apply(new TeamReportRequestedEvent(teamId, agencyId, owningUnitId, command.requestId(),
                command.actor().subject(), capacity, command.fromNip(), command.subject(), on, allowed.basis()));
    }

    @CommandHandler
    public void handle(ReportMemberPerformanceCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablishedOnce("report a member's performance");
        LocalDate on = requireDate(command.reportedOn(), "reportedOn");
        // TEAM-10: the lead reports members' performance to the appraiser and unit head as appraisal input
        if (!command.actor().subject().equals(leadNip)) {
            throw ProblemException.forbidden(TeamRule.TEAM_10.id(), TeamRule.TEAM_10.article(),
                    "the lead (ketua tim) of team " + teamId + " reports its members' performance");
        }
        ActiveMember member = members.get(command.memberNip());
        if (member == null) {
            throw ProblemException.rule(TeamRule.TEAM_10.id(), TeamRule.TEAM_10.article(), "memberNip",
                    command.memberNip() + " is not a member of team " + teamId);
        }
        // 12.12: the lead reports on a member of the team the lead leads, from the day both roles hold
        notBefore(on, "reportedOn", leadFrom, "day " + leadNip + " took office as lead", TeamRule.TEAM_10.id(),
                TeamRule.TEAM_10.article());
        notBefore(on, "reportedOn", member.from(), "day " + member.nip() + " joined", TeamRule.TEAM_10.id(),
                TeamRule.TEAM_10.article());
        requireText(command.assessment(), "assessment", "the assessment of the member's work (penilaian)");
        TeamOfficials officials = new TeamOfficials(org);
        Set<String> recipients = new LinkedHashSet<>();
        // 12.11: the member's appraiser must be known, or the report would silently miss its first addressee
        String appraiser = org.appraiserOf(command.memberNip(), on).orElseThrow(() -> ProblemException.notYetKnown(
                "Appraiser (Pejabat Penilai Kinerja) of employee", command.memberNip() + " on " + on)).appraiserNip();
        if (appraiser != null) {
            recipients.add(appraiser);
        }
        recipients.add(officials.headOf(owningUnitId, on));
        apply(new MemberPerformanceReportedEvent(teamId, agencyId, owningUnitId, command.reportId(),
                command.memberNip(), leadNip, command.periodFrom(), command.periodUntil(), command.assessment(),
                texts(command.achievedTargets()), List.copyOf(recipients), on,
                profiles.inForce(agencyId, on).basis(TeamRule.TEAM_10.id(), "PERF-05")));
    }

    // ------------------------------------------------------------------ problems (TEAM-11)

    @CommandHandler
    public void handle(RaiseTeamProblemCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        requireEstablished("raise a problem");
        LocalDate on = requireDate(command.raisedOn(), "raisedOn");
        String actor = command.actor().subject();
        if (!actor.equals(leadNip) && !actor.equals(coordinatorNip) && !members.containsKey(actor)) {
            throw ProblemException.forbidden(TeamRule.TEAM_11.id(), TeamRule.TEAM_11.article(),
                    "problems are raised by the lead or members of team " + teamId);
        }
        requireText(command.description(), "description", "the problem (permasalahan)");
        List<String> alternatives = texts(command.alternatives());
        if (alternatives.isEmpty()) {
            throw ProblemException.rule(TeamRule.TEAM_11.id(), TeamRule.TEAM_11.article(), "alternatives",
                    "a team raises a problem with alternative recommendations (alternatif rekomendasi)");
        }
        TeamOfficials officials = new TeamOfficials(org);
        String owningHead = officials.headOf(owningUnitId, on);
        // TEAM-11: cross-unit teams also inform each member's home unit head
        Set<String> visibleTo = new LinkedHashSet<>(List.of(owningHead));
        members.values().stream().map(ActiveMember::homeUnitId).filter(Objects::nonNull)
                .filter(u -> !u.equals(owningUnitId)).distinct()
                .forEach(u -> visibleTo.add(officials.headOf(u, on)));
        apply(new TeamProblemRaisedEvent(teamId, agencyId, owningUnitId, command.problemId(), actor,
                command.description(), alternatives, owningHead, List.copyOf(visibleTo), on,
                profiles.inForce(agencyId, on).basis(TeamRule.TEAM_11.id())));
    }

    @CommandHandler
    public void handle(DecideTeamProblemCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate on = requireDate(command.decidedOn(), "decidedOn");
        if (!command.actor().subject().equals(new TeamOfficials(org).headOf(owningUnitId, on))) {
            throw ProblemException.forbidden(TeamRule.TEAM_11.id(), TeamRule.TEAM_11.article(),
                    "a team's problem is decided by the head of the owning unit " + owningUnitId);
        }
        Integer alternatives = openProblems.get(command.problemId());
        if (alternatives == null) {
            throw ProblemException.notFound("Open problem of team " + teamId, command.problemId());
        }
        Integer chosen = command.chosenAlternative();
        if (chosen != null && (chosen < 0 || chosen >= alternatives)) {
            throw ProblemException.invalid("chosenAlternative", "choose one of the " + alternatives
                    + " alternatives (0-based) or none");
        }
        if (chosen == null && !hasText(command.decision())) {
            throw ProblemException.invalid("decision", "a decision without a chosen alternative states what was "
                    + "decided");
        }
        apply(new TeamProblemDecidedEvent(teamId, agencyId, command.problemId(), chosen, command.decision(),
                command.actor().subject(), on, profiles.inForce(agencyId, on).basis(TeamRule.TEAM_11.id())));
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
        establishedBy = event.establishedBy();
        establisherCapacity = event.establisherCapacity();
        event.members().forEach(m -> decreeDuties.put(m.nip(), m.duty()));
    }

    @EventSourcingHandler
    void on(TeamLeadAppointedEvent event) {
        leadNip = event.nip();
        leadFrom = event.effectiveFrom();
        leadAllowance = event.allowanceEntitled();
    }

    @EventSourcingHandler
    void on(TeamCoordinatorAppointedEvent event) {
        coordinatorNip = event.nip();
        coordinatorFrom = event.effectiveFrom();
        coordinatorAllowance = event.allowanceEntitled();
    }

    @EventSourcingHandler
    void on(TeamAllowanceEntitlementEndedEvent event) {
        if (event.role() == TeamMemberRole.KETUA && event.nip().equals(leadNip)) {
            leadAllowance = false;
        } else if (event.role() == TeamMemberRole.KOORDINATOR && event.nip().equals(coordinatorNip)) {
            coordinatorAllowance = false;
        }
    }

    @EventSourcingHandler
    void on(TeamMemberJoinedEvent event) {
        if (event.memberScope() != null && event.memberScope().ordinal() > scope.ordinal()) {
            scope = event.memberScope(); // TEAM-07: the scope is what the people in the team make it
        }
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

    @EventSourcingHandler
    void on(TeamDissolvedEvent event) {
        status = TeamStatus.DISSOLVED;
    }

    @EventSourcingHandler
    void on(TeamEndedEvent event) {
        status = TeamStatus.ENDED;
    }

    @EventSourcingHandler
    void on(TeamReportRequestedEvent event) {
        openRequests.put(event.requestId(), event.fromNip());
    }

    @EventSourcingHandler
    void on(TeamReportSubmittedEvent event) {
        if (event.answersRequestId() != null) {
            openRequests.remove(event.answersRequestId());
        }
    }

    @EventSourcingHandler
    void on(TeamProblemRaisedEvent event) {
        openProblems.put(event.problemId(), event.alternatives().size());
    }

    @EventSourcingHandler
    void on(TeamProblemDecidedEvent event) {
        openProblems.remove(event.problemId());
    }

    // ------------------------------------------------------------------ helpers

    private void formationAct(String act, LocalDate on) {
        if (on != null && (lastFormationActOn == null || !on.isBefore(lastFormationActOn))) {
            lastFormationAct = act;
            lastFormationActOn = on;
        }
    }

    /** 409 when the head of the owning unit is not known yet (12.11), 403 when the actor is someone else. */
    private void requireOwningUnitHead(Actor actor, TeamOfficials officials, LocalDate on, String act) {
        String head = officials.headOf(owningUnitId, on);
        if (!head.equals(actor.subject())) {
            throw ProblemException.forbidden("Only the head of the owning unit " + owningUnitId + " (Pimpinan Unit "
                    + "Organisasi pemilik kinerja) " + act + " of team " + teamId, "the head of unit " + owningUnitId
                    + ": " + head);
        }
    }

    private void requireEstablished(String act) {
        if (status != TeamStatus.ESTABLISHED) {
            throw ProblemException.conflict("Team " + teamId + " is " + status + "; only an established team can "
                    + act);
        }
    }

    private void requireEstablishedOnce(String act) {
        if (status != TeamStatus.ESTABLISHED && status != TeamStatus.DISSOLVED && status != TeamStatus.ENDED) {
            throw ProblemException.conflict("Team " + teamId + " is " + status + "; it can " + act
                    + " once established");
        }
    }

    /** Someone may join on {@code from}: the team is established, not over, and the decree is not later (12.12). */
    private void requireJoinable(RegulationProfile profile, LocalDate from) {
        if (status == TeamStatus.DISSOLVED || status == TeamStatus.ENDED) {
            throw ProblemException.rule(TeamRule.TEAM_12.id(), TeamRule.TEAM_12.article(), "teamId",
                    "team " + teamId + " is " + status + "; nobody joins it any more");
        }
        String article = profile.teamEstablisher(scope).citations().get(0).text();
        if (status != TeamStatus.ESTABLISHED) {
            throw ProblemException.rule("TEAM-07", article, "teamId", "members join a team established by decree "
                    + "(SK pembentukan tim); team " + teamId + " is " + status);
        }
        notBefore(from, "effectiveFrom", decreeDate, "decree (SK pembentukan tim) that makes the team", "TEAM-07",
                article);
        if (from.isAfter(periodUntil)) {
            throw ProblemException.rule(TeamRule.TEAM_12.id(), TeamRule.TEAM_12.article(), "effectiveFrom",
                    "the team's period ends on " + periodUntil);
        }
    }

    /**
     * TEAM-07: a person whose home unit lies outside the team's scope needs a decree by the official of the wider
     * scope; the refusal names that official (or ASG-02 where the regulation has no such scope). Where the official
     * who signed the decree is also the one for the wider scope (e.g. Cilegon's owning unit head, Bandung's Kepala
     * Perangkat Daerah across units), the person joins and the team's scope widens. Returns the person's scope.
     */
    private AssignmentScope requireWithinScope(RegulationProfile profile, OrgDirectory org, TeamOfficials officials,
                                               String nip, LocalDate on, String field) {
        AssignmentScope of = scopeOf(org, officials, nip, on);
        if (of.ordinal() <= scope.ordinal()) {
            return of;
        }
        Decision<TeamEstablisher> wider = profile.teamEstablisher(of);
        if (wider.isRefused()) {
            throw wider.toProblem(field);
        }
        if (establisherCapacity != null && wider.outcome().anyOf().stream().map(WorkTeam::office)
                .anyMatch(office(establisherCapacity)::equals)) {
            return of;
        }
        String decreedBy = establisherCapacity == null ? "" : " by the " + establisherCapacity.label();
        throw ProblemException.rule("TEAM-07", wider.citations().get(0).text(), field, nip + " comes from another "
                + scopeWord(of) + " (" + of + " from the owning unit " + owningUnitId + "); team " + teamId
                + " was decreed for " + scope + decreedBy + ". A " + of + " team needs a decree of the "
                + TeamOfficials.who(wider.outcome().anyOf()) + " (" + profile.regulation().shortName() + ")");
    }

    /** The office an official names for a team: unit head, appraiser (of a team: its unit's head) and owning unit head
     * are one office, as are Level I and the owning unit's Level I ({@link TeamOfficials#holds}). */
    private static Official office(Official official) {
        return switch (official) {
            case UNIT_HEAD, APPRAISER -> Official.OWNING_UNIT_HEAD;
            case LEVEL_ONE -> Official.OWNING_LEVEL_ONE;
            default -> official;
        };
    }

    /** Where {@code nip} sits relative to the owning unit on {@code on} (ASG-02); 409 while the replica lacks it. */
    private AssignmentScope scopeOf(OrgDirectory org, TeamOfficials officials, String nip, LocalDate on) {
        UnitFacts home = officials.unit(homeUnitOf(org, nip, on));
        UnitFacts owning = officials.unit(owningUnitId);
        return new UnitLocation(home.agencyId(), home.departmentId(), home.unitId())
                .scopeTo(new UnitLocation(owning.agencyId(), owning.departmentId(), owning.unitId()));
    }

    private static String homeUnitOf(OrgDirectory org, String nip, LocalDate on) {
        return org.unitOf(nip, on).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (kedudukan) of employee", nip + " on " + on));
    }

    private static String scopeWord(AssignmentScope scope) {
        return switch (scope) {
            case CROSS_AGENCY -> "agency (instansi)";
            case CROSS_DEPARTMENT -> "department (perangkat daerah)";
            default -> "unit (unit organisasi)";
        };
    }

    /** 12.12: an act dated before the act it rests on is refused. */
    private static void notBefore(LocalDate date, String field, LocalDate earliest, String act, String ruleId,
                                  String article) {
        if (earliest != null && date.isBefore(earliest)) {
            throw ProblemException.rule(ruleId, article, field, field + " " + date + " is before the " + act
                    + " of " + earliest + "; an act cannot be dated before the act it rests on");
        }
    }

    private TeamMemberRole roleOf(String nip) {
        return nip.equals(leadNip) ? TeamMemberRole.KETUA
                : nip.equals(coordinatorNip) ? TeamMemberRole.KOORDINATOR : TeamMemberRole.ANGGOTA;
    }

    /** The team's personnel on {@code on}: the decree's members and the members in force, without {@code except}. */
    private List<String> personnel(LocalDate on, String except) {
        Set<String> pool = new LinkedHashSet<>(decreeDuties.keySet());
        members.values().stream().filter(m -> !m.from().isAfter(on)).map(ActiveMember::nip).forEach(pool::add);
        pool.remove(except);
        return List.copyOf(pool);
    }

    /** TEAM-03: who is considered when judging whether there is a JF hasil penyetaraan (see the profile's reading). */
    private List<String> priorityPool(LeadPriorityPool pool, OrgDirectory org, String candidate, LocalDate on) {
        if (pool == LeadPriorityPool.OWNING_UNIT) {
            return org.membersOf(owningUnitId, on).stream().filter(nip -> !nip.equals(candidate)).toList();
        }
        return personnel(on, candidate);
    }

    private static String poolWords(LeadPriorityPool pool) {
        return pool == LeadPriorityPool.OWNING_UNIT ? "owning unit" : "team's personnel (decree and members)";
    }

    /** An eligible JF hasil penyetaraan (TEAM-03, TEAM-05); 409 while the replica lacks what decides it (12.11). */
    private boolean eligibleConvertedFunctional(RegulationProfile profile, OrgDirectory org, String nip, LocalDate on) {
        EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
        PositionKind kind = employee.positionKind().orElseThrow(() -> ProblemException.notYetKnown(
                "Position (jabatan) of employee", nip));
        if (!employee.convertedFromAdministrative() || kind != PositionKind.FUNGSIONAL) {
            return false;
        }
        // experience in the field is attested at appointment: it does not rule out another candidate here
        Decision<Void> eligibility = profile.teamLeadEligibility(candidate(profile, org, nip, on, true, null,
                TeamRole.LEAD).facts());
        requirePredikatKnown(eligibility, nip, on);
        return eligibility.isAllowed();
    }

    private List<TeamMembership> activeMemberships() {
        return members.values().stream()
                .map(m -> new TeamMembership(m.nip(), m.assignmentId(), m.orderNumber())).toList();
    }

    /** TEAM-09: the entitlements in force end with the team. */
    private void endAllowances(LocalDate effectiveOn, String cause) {
        if (leadNip != null && leadAllowance) {
            apply(new TeamAllowanceEntitlementEndedEvent(teamId, agencyId, owningUnitId, leadNip,
                    TeamMemberRole.KETUA, effectiveOn, cause));
        }
        if (coordinatorNip != null && coordinatorAllowance) {
            apply(new TeamAllowanceEntitlementEndedEvent(teamId, agencyId, owningUnitId, coordinatorNip,
                    TeamMemberRole.KOORDINATOR, effectiveOn, cause));
        }
    }

    /**
     * RPT-02 (Serang: the lead reports to the pemberi tugas): the official who issued the reporter's TEAM order, else
     * the head of the owning unit on the day (the kepala Unit Organisasi who issues the surat tugas, SRG23 8(2)a).
     */
    private String assignerOf(TeamOfficials officials, UnitFacts unit, String reporter, LocalDate on) {
        ActiveMember membership = members.get(reporter);
        if (membership != null && membership.assignedBy() != null) {
            return officials.assignerOf(membership.assignedBy(), unit, on).orElseThrow();
        }
        return officials.headOf(owningUnitId, on);
    }

    /**
     * What the profile needs to know of a candidate for lead or coordinator (TEAM-05, TEAM-06): competence matched
     * through the shared vocabulary, and the predikat of last year or, where the profile accepts it while last year's
     * is not recorded, the latest recorded one (the year used goes on the event).
     */
    private Candidate candidate(RegulationProfile profile, OrgDirectory org, String nip, LocalDate on,
                                boolean experienceInField, PositionKind experienceEquivalentTo, TeamRole role) {
        EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
        PositionKind kind = employee.positionKind().orElseThrow(() -> ProblemException.notYetKnown(
                "Position (jabatan) of employee", nip));
        List<String> matched = List.copyOf(CompetencyVocabulary.standard().matching(competencies,
                employee.competencies()));
        int lastYear = on.getYear() - 1;
        Predikat predikat = employee.predikatOf(lastYear).orElse(null);
        Integer year = predikat == null ? null : lastYear;
        if (predikat == null && profile.acceptsLatestRecordedPredikat(role)) {
            Optional<AnnualPredikat> latest = employee.predikatHistory().stream().filter(p -> p.year() < lastYear)
                    .max(Comparator.comparingInt(AnnualPredikat::year));
            if (latest.isPresent()) {
                predikat = latest.get().predikat();
                year = latest.get().year();
            }
        }
        CandidateFacts facts = CandidateFacts.builder(kind)
                .jobClass(employee.jobClass().orElse(null))
                .functionalLevel(employee.functionalLevel().orElse(null))
                .education(employee.education())
                .rank(employee.rank())
                .competentInField(!matched.isEmpty())
                .lastYearPredikat(predikat)
                .experienceInField(experienceInField)
                .experienceEquivalentTo(experienceEquivalentTo)
                .convertedFromAdministrative(employee.convertedFromAdministrative())
                .build();
        return new Candidate(facts, kind, year, matched);
    }

    /**
     * 12.11: when the only reason a candidate fails is a predikat not recorded yet, that is a fact not yet known
     * (the annual predikat arrives from org-service), not a refusal.
     */
    private static void requirePredikatKnown(Decision<?> eligibility, String nip, LocalDate on) {
        List<FailedCriterion> failures = eligibility.failures();
        if (!failures.isEmpty() && failures.stream().allMatch(f -> Criterion.MIN_PREDIKAT_LAST_YEAR.name()
                .equals(f.criterion()) && f.actual() == null)) {
            throw ProblemException.notYetKnown("Annual predikat (predikat kinerja) of employee", nip + " for "
                    + (on.getYear() - 1));
        }
    }

    /**
     * TEAM-06: whether the owning unit's head is the candidate's appraiser on the date (placed in the owning unit,
     * appraised by its head); 409 while a JF's or Pelaksana's placement is not known yet.
     */
    private Boolean headIsAppraiserOf(OrgDirectory org, TeamOfficials officials, String nip, LocalDate on) {
        Optional<id.sistemkerja.regulation.replica.AppraiserOnDate> appraiser = org.appraiserOf(nip, on);
        if (appraiser.isEmpty()) {
            EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
            PositionKind kind = employee.positionKind().orElse(null);
            if (kind == PositionKind.FUNGSIONAL || kind == PositionKind.PELAKSANA) {
                throw ProblemException.notYetKnown("Placement (kedudukan) of employee", nip + " on " + on);
            }
            return false;
        }
        return owningUnitId.equals(appraiser.get().unitId())
                && officials.headOf(owningUnitId, on).equals(appraiser.get().appraiserNip());
    }

    private static id.sistemkerja.regulation.profile.UnitFacts placeFacts(OrgDirectory org, DepartmentAffairs affairs,
                                                                         UnitFacts unit, LocalDate on) {
        PositionKind headKind = Optional.ofNullable(unit.headPositionId()).flatMap(org::position)
                .map(p -> p.kind()).orElseThrow(() -> ProblemException.notYetKnown(
                        "Head position (jabatan pimpinan) of unit", unit.unitId()));
        return new id.sistemkerja.regulation.profile.UnitFacts(headKind, Set.of(headKind), true,
                unit.departmentKind() == null ? null : unit.departmentKind().name(),
                affairs.of(unit.departmentId()), false);
    }

    private static LocalDate requireDate(LocalDate date, String field) {
        if (date == null) {
            throw ProblemException.invalid(field, field + " (tanggal) is required");
        }
        return date;
    }

    private static void requireText(String value, String field, String what) {
        if (!hasText(value)) {
            throw ProblemException.invalid(field, what + " is required");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().filter(WorkTeam::hasText).map(String::trim).toList();
    }
}
