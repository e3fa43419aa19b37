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
import id.sistemkerja.team.api.TeamCommands.AddTeamMemberCommand;
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
 * ended at the end of its period or dissolved (TEAM-12). Every refusal is thrown before an event is applied.
 */
@Aggregate
public class WorkTeam {

    /** A member whose membership is in force. */
    record ActiveMember(String nip, String homeUnitId, String assignmentId, String orderNumber) {
    }

    @AggregateIdentifier
    private String teamId;
    private String agencyId;
    private String owningUnitId;
    private String name;
    private String purpose;
    private AssignmentScope scope;
    private TeamStatus status;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    private List<String> competencies = List.of();
    private String establishedBy;
    private final Map<String, String> decreeDuties = new LinkedHashMap<>();
    private String leadNip;
    private String coordinatorNip;
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
        if (command.scope() == null) {
            throw ProblemException.invalid("scope", "scope (WITHIN_UNIT, CROSS_UNIT, CROSS_DEPARTMENT, CROSS_AGENCY) "
                    + "is required");
        }
        Integer years = formation.outcome().periodYears();
        if (years != null && command.periodUntil().isAfter(command.periodFrom().plusYears(years).minusDays(1))) {
            throw ProblemException.rule("TEAM-04", formation.citations().get(0).text(), "periodUntil",
                    "a team is set for " + years + " year(s) at a time (" + profile.regulation().shortName()
                            + "); the period " + command.periodFrom() + " .. " + command.periodUntil() + " is longer");
        }
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(command.scope());
        TeamEstablisher who = establisher.orElseThrow("scope");
        apply(new TeamProposedEvent(command.teamId(), command.agencyId(), unit.unitId(), unit.departmentId(),
                command.name(), command.purpose(), texts(command.targets()), texts(command.competencies()),
                command.periodFrom(), command.periodUntil(), command.scope(), command.plannedSize(),
                command.actor().subject(), command.proposedOn(), formation.outcome().verificationRequired(),
                who.anyOf(), formation.basis().and(establisher.basis())));
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
        if (command.decreeDate() == null) {
            throw ProblemException.invalid("decreeDate", "decreeDate (tanggal SK) is required");
        }
        RegulationProfile profile = profiles.inForce(agencyId, command.decreeDate());
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
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(owningUnitId);
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(scope);
        List<Official> anyOf = establisher.orElseThrow("scope").anyOf();
        Official capacity = officials.capacity(command.actor(), anyOf, unit, command.decreeDate())
                .orElseThrow(() -> ProblemException.forbidden("TEAM-07", establisher.citations().get(0).text(),
                        "a " + scope + " team of unit " + owningUnitId + " is established by the "
                                + TeamOfficials.who(anyOf) + " (" + profile.regulation().shortName() + ")"));
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
        DecisionBasis basis = establisher.basis().and(profile.basis(TeamRule.TEAM_08.id()));
        if (formation.outcome().verificationRequired()) {
            basis = basis.and(formation.basis());
        }
        apply(new TeamEstablishedEvent(teamId, agencyId, owningUnitId, unit.departmentId(), name, purpose, scope,
                texts(command.tasks()), texts(command.targets()), List.copyOf(command.members()), periodFrom,
                periodUntil, command.decreeNumber(), command.decreeDate(), command.actor().subject(), capacity,
                basis));
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
        // TEAM-02: the appraiser or unit head appoints; TEAM-07 (Serang): the PPK sets lead and coordinator
        List<Official> appointers = establisher.orElseThrow("scope").leadAndCoordinatorSetBy().isEmpty()
                ? List.of(Official.OWNING_UNIT_HEAD) : establisher.outcome().leadAndCoordinatorSetBy();
        Official capacity = officials.capacity(command.actor(), appointers, unit, on)
                .orElseThrow(() -> ProblemException.forbidden("TEAM-02", TeamRule.TEAM_02.article(),
                        "the team lead (ketua tim) of team " + teamId + " is appointed by the "
                                + TeamOfficials.who(appointers)));
        requireText(command.nip(), "nip", "NIP of the candidate");
        if (command.nip().equals(leadNip)) {
            throw ProblemException.conflict(command.nip() + " leads team " + teamId + " already");
        }
        CandidateFacts candidate = candidate(org, command.nip(), on, command.experienceInField(), null);
        Decision<Void> eligibility = profile.teamLeadEligibility(candidate);
        eligibility.orElseThrow("nip"); // TEAM-05: every failed criterion with its article
        String justification = hasText(command.justification()) ? command.justification().trim() : null;

        // TEAM-03: priority of an eligible JF hasil penyetaraan where the profile gives it
        List<String> converted = pool(command.nip()).stream()
                .filter(nip -> org.employee(nip).filter(e -> e.convertedFromAdministrative()
                        && e.positionKind().orElse(null) == PositionKind.FUNGSIONAL).isPresent())
                // experience in the field is attested at appointment: it does not rule out another candidate here
                .filter(nip -> profile.teamLeadEligibility(candidate(org, nip, on, true, null)).isAllowed())
                .toList();
        Decision<LeadPriority> priority = profile.teamLeadPriority(candidate, !converted.isEmpty());
        if (justification == null && (priority.isRefused() || priority.outcome().justificationRequired())) {
            String why = priority.isRefused() ? priority.failures().get(0).message()
                    : "a lead who is not a JF hasil penyetaraan is appointed only with a recorded reason why none "
                    + "is available";
            throw ProblemException.rules("TEAM-03: " + why, List.of(Violation.ofRule("TEAM-03",
                    priority.citations().get(0).text(), "justification", why + (converted.isEmpty() ? ""
                            : "; preferred candidates: " + String.join(", ", converted)))));
        }
        DecisionBasis basis = eligibility.basis().and(priority.basis());

        // TEAM-02: for cross-unit teams the lead preferably comes from the owning unit
        String homeUnit = org.unitOf(command.nip(), on).orElse(null);
        if (scope != AssignmentScope.WITHIN_UNIT && !owningUnitId.equals(homeUnit)) {
            List<String> fromOwningUnit = pool(command.nip()).stream()
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
        Decision<AllowanceEntitlement> allowance = profile.allowance(TeamRole.LEAD); // TEAM-09
        apply(new TeamLeadAppointedEvent(teamId, agencyId, owningUnitId, command.nip(), homeUnit, on, leadNip,
                command.actor().subject(), capacity, justification, allowance.outcome().entitled(),
                basis.and(allowance.basis())));
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
        id.sistemkerja.regulation.profile.UnitFacts place = placeFacts(org, affairs, unit, on);
        // TEAM-06: only where the profile provides for a coordinator, in units / departments it names
        CoordinatorAppointment allowed = profile.coordinatorAllowed(place).orElseThrow("teamId");
        List<Official> appointers = !allowed.appointedBy().isEmpty() ? allowed.appointedBy()
                : profile.teamEstablisher(scope).orElseThrow("scope").leadAndCoordinatorSetBy().isEmpty()
                ? List.of(Official.OWNING_UNIT_HEAD)
                : profile.teamEstablisher(scope).outcome().leadAndCoordinatorSetBy();
        Official capacity = officials.capacity(command.actor(), appointers, unit, on)
                .orElseThrow(() -> ProblemException.forbidden("TEAM-06", profile.coordinatorAllowed(place)
                        .citations().get(0).text(), "the team coordinator (koordinator tim kerja) is appointed by "
                        + "the " + TeamOfficials.who(appointers)));
        requireText(command.nip(), "nip", "NIP of the candidate");
        if (command.nip().equals(coordinatorNip)) {
            throw ProblemException.conflict(command.nip() + " coordinates team " + teamId + " already");
        }
        Decision<CoordinatorAppointment> eligibility = profile.coordinatorEligibility(
                candidate(org, command.nip(), on, command.experienceInField(), command.experienceEquivalentTo()), place);
        eligibility.orElseThrow("nip");
        Decision<AllowanceEntitlement> allowance = profile.allowance(TeamRole.COORDINATOR); // TEAM-09
        apply(new TeamCoordinatorAppointedEvent(teamId, agencyId, owningUnitId, command.nip(), on, coordinatorNip,
                command.actor().subject(), capacity, allowance.outcome().entitled(),
                eligibility.basis().and(allowance.basis())));
    }

    // ------------------------------------------------------------------ membership

    @CommandHandler
    public void handle(AddTeamMemberCommand command, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        if (command.assignmentId() != null && seenAssignments.contains(command.assignmentId())) {
            return; // the same order delivered again
        }
        TeamOfficials officials = new TeamOfficials(org);
        LocalDate from = requireDate(command.effectiveFrom(), "effectiveFrom");
        if (!command.actor().hasRole("SYSTEM")) {
            requireOwningUnitHead(command.actor(), officials, from, "records a member");
        }
        if (status == TeamStatus.DISSOLVED || status == TeamStatus.ENDED) {
            throw ProblemException.rule(TeamRule.TEAM_12.id(), TeamRule.TEAM_12.article(), "teamId",
                    "team " + teamId + " is " + status + "; nobody joins it any more");
        }
        if (status != TeamStatus.ESTABLISHED) {
            throw ProblemException.rule("TEAM-07", TeamRule.TEAM_08.article(), "teamId", "members join a team "
                    + "established by decree (SK pembentukan tim); team " + teamId + " is " + status);
        }
        requireText(command.nip(), "nip", "NIP of the member");
        if (from.isAfter(periodUntil)) {
            throw ProblemException.rule(TeamRule.TEAM_12.id(), TeamRule.TEAM_12.article(), "effectiveFrom",
                    "the team's period ends on " + periodUntil);
        }
        if (members.containsKey(command.nip())) {
            return; // a member already; a further order for the same person changes nothing here
        }
        String homeUnit = org.unitOf(command.nip(), from).orElse(command.homeUnitId());
        String duty = hasText(command.duty()) ? command.duty() : decreeDuties.get(command.nip());
        apply(new TeamMemberJoinedEvent(teamId, agencyId, owningUnitId, command.nip(), homeUnit,
                roleOf(command.nip()), duty, from, command.assignmentId(), command.orderNumber(),
                command.actor().subject()));
    }

    @CommandHandler
    public void handle(RemoveTeamMemberCommand command, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate on = requireDate(command.effectiveOn(), "effectiveOn");
        if (!command.actor().hasRole("SYSTEM")) {
            requireOwningUnitHead(command.actor(), new TeamOfficials(org), on, "records a member leaving");
        }
        ActiveMember member = members.get(command.nip());
        if (member == null || command.assignmentId() != null && member.assignmentId() != null
                && !member.assignmentId().equals(command.assignmentId())) {
            return; // not (or no longer) a member by this assignment
        }
        apply(new TeamMemberLeftEvent(teamId, agencyId, owningUnitId, command.nip(), member.assignmentId(), on,
                hasText(command.cause()) ? command.cause() : "ASSIGNMENT_ENDED", command.actor().subject()));
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
        requireText(command.nip(), "nip", "NIP of the proposed member");
        if (!hasText(command.duty())) {
            throw ProblemException.rule(TeamRule.TEAM_08.id(), TeamRule.TEAM_08.article(), "duty",
                    "a proposed member gets a clear role (peran) divided by competence");
        }
        org.employee(command.nip()).orElseThrow(() -> ProblemException.notYetKnown("Employee", command.nip()));
        String unitHead = new TeamOfficials(org).headOf(owningUnitId, on);
        apply(new TeamMemberProposedEvent(teamId, agencyId, command.proposalId(), command.nip(), command.duty(),
                actor, unitHead, on, profiles.inForce(agencyId, on).basis(TeamRule.TEAM_08.id())));
    }

    @CommandHandler
    public void handle(DecideTeamMemberProposalCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate on = requireDate(command.decidedOn(), "decidedOn");
        requireOwningUnitHead(command.actor(), new TeamOfficials(org), on, "decides a member proposal");
        DecreeMember proposal = pendingMemberProposals.get(command.proposalId());
        if (proposal == null) {
            throw ProblemException.notFound("Pending member proposal", command.proposalId());
        }
        if (!command.accepted() && !hasText(command.reason())) {
            throw ProblemException.invalid("reason", "a declined member proposal states why");
        }
        apply(new TeamMemberProposalDecidedEvent(teamId, agencyId, command.proposalId(), proposal.nip(), command.accepted(),
                command.reason(), command.actor().subject(), on,
                profiles.inForce(agencyId, on).basis(TeamRule.TEAM_08.id())));
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
        List<TeamMembership> active = activeMemberships();
        apply(new TeamDissolvedEvent(teamId, agencyId, owningUnitId, effectiveOn, command.reason(),
                command.decreeNumber(), command.actor().subject(), today, active,
                profiles.inForce(agencyId, today).basis(TeamRule.TEAM_12.id())));
        for (ActiveMember member : List.copyOf(members.values())) {
            apply(new TeamMemberLeftEvent(teamId, agencyId, owningUnitId, member.nip(), member.assignmentId(),
                    effectiveOn, "TEAM_DISSOLVED", command.actor().subject()));
        }
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
                nips.add(establishedBy);
            } else {
                officials.nipOf(official, unit, on).ifPresent(nips::add);
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
        Official capacity = officials.capacity(command.actor(), mayRequest, unit, on)
                .orElseThrow(() -> ProblemException.forbidden("RPT-03", profile.reportRequesters().citations()
                        .get(0).text(), "a report from the team is requested by the " + TeamOfficials.who(mayRequest)));
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
        if (!members.containsKey(command.memberNip())) {
            throw ProblemException.rule(TeamRule.TEAM_10.id(), TeamRule.TEAM_10.article(), "memberNip",
                    command.memberNip() + " is not a member of team " + teamId);
        }
        requireText(command.assessment(), "assessment", "the assessment of the member's work (penilaian)");
        TeamOfficials officials = new TeamOfficials(org);
        Set<String> recipients = new LinkedHashSet<>();
        org.appraiserOf(command.memberNip(), on).ifPresent(a -> recipients.add(a.appraiserNip()));
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
                .forEach(u -> org.headOf(u, on).ifPresent(visibleTo::add));
        apply(new TeamProblemRaisedEvent(teamId, agencyId, owningUnitId, command.problemId(), actor,
                command.description(), alternatives, owningHead, List.copyOf(visibleTo), on,
                profiles.inForce(agencyId, on).basis(TeamRule.TEAM_11.id())));
    }

    @CommandHandler
    public void handle(DecideTeamProblemCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), agencyId);
        LocalDate on = requireDate(command.decidedOn(), "decidedOn");
        if (!new TeamOfficials(org).isHeadOf(command.actor(), owningUnitId, on)) {
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
        scope = event.scope();
        periodFrom = event.periodFrom();
        periodUntil = event.periodUntil();
        competencies = event.competencies();
        status = event.verificationRequired() ? TeamStatus.AWAITING_VERIFICATION : TeamStatus.AWAITING_DECREE;
    }

    @EventSourcingHandler
    void on(TeamProposalVerifiedEvent event) {
        status = TeamStatus.AWAITING_DECREE;
    }

    @EventSourcingHandler
    void on(TeamProposalReturnedEvent event) {
        status = TeamStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(TeamProposalResubmittedEvent event) {
        purpose = event.purpose();
        status = TeamStatus.AWAITING_VERIFICATION;
    }

    @EventSourcingHandler
    void on(TeamEstablishedEvent event) {
        status = TeamStatus.ESTABLISHED;
        establishedBy = event.establishedBy();
        event.members().forEach(m -> decreeDuties.put(m.nip(), m.duty()));
    }

    @EventSourcingHandler
    void on(TeamLeadAppointedEvent event) {
        leadNip = event.nip();
    }

    @EventSourcingHandler
    void on(TeamCoordinatorAppointedEvent event) {
        coordinatorNip = event.nip();
    }

    @EventSourcingHandler
    void on(TeamMemberJoinedEvent event) {
        members.put(event.nip(), new ActiveMember(event.nip(), event.homeUnitId(), event.assignmentId(),
                event.orderNumber()));
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

    private void requireOwningUnitHead(Actor actor, TeamOfficials officials, LocalDate on, String act) {
        if (!officials.isHeadOf(actor, owningUnitId, on)) {
            throw ProblemException.forbidden("Only the head of the owning unit " + owningUnitId + " (Pimpinan Unit "
                    + "Organisasi pemilik kinerja) " + act + " of team " + teamId,
                    "the head of unit " + owningUnitId + ": " + officials.headOf(owningUnitId, on));
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

    private TeamMemberRole roleOf(String nip) {
        return nip.equals(leadNip) ? TeamMemberRole.KETUA
                : nip.equals(coordinatorNip) ? TeamMemberRole.KOORDINATOR : TeamMemberRole.ANGGOTA;
    }

    /** Who could lead instead of {@code candidate}: the decree's members and the members in force. */
    private List<String> pool(String candidate) {
        Set<String> pool = new LinkedHashSet<>(decreeDuties.keySet());
        pool.addAll(members.keySet());
        pool.remove(candidate);
        return List.copyOf(pool);
    }

    private List<TeamMembership> activeMemberships() {
        return members.values().stream()
                .map(m -> new TeamMembership(m.nip(), m.assignmentId(), m.orderNumber())).toList();
    }

    private CandidateFacts candidate(OrgDirectory org, String nip, LocalDate on, boolean experienceInField,
                                     PositionKind experienceEquivalentTo) {
        EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
        PositionKind kind = employee.positionKind().orElseThrow(() -> ProblemException.notYetKnown(
                "Position (jabatan) of employee", nip));
        Set<String> wanted = competencies.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        boolean competent = employee.competencies().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .anyMatch(wanted::contains);
        return CandidateFacts.builder(kind)
                .jobClass(employee.jobClass().orElse(null))
                .functionalLevel(employee.functionalLevel().orElse(null))
                .education(employee.education())
                .rank(employee.rank())
                .competentInField(competent)
                .lastYearPredikat(employee.predikatOf(on.getYear() - 1).orElse(null))
                .experienceInField(experienceInField)
                .experienceEquivalentTo(experienceEquivalentTo)
                .convertedFromAdministrative(employee.convertedFromAdministrative())
                .build();
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
