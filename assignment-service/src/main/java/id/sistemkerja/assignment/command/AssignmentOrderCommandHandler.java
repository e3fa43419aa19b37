package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentCommands.EndTeamAssignmentsCommand;
import id.sistemkerja.assignment.api.AssignmentCommands.SubmitAssignmentReportCommand;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentReportSubmittedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.AmendAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueDirectAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.ProposeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.RevokeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderAmendedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderDraftedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderIssuedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderRevokedEvent;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands;
import id.sistemkerja.assignment.command.TeamDirectory.KnownTeam;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.OrderIssuer;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.ReportRecipients;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.UnitWorkPlanRequirement;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Issues, amends and revokes assignment orders (ASG-04/05/06), records the unit head's proposals of appointments
 * (ASG-05, usulan), takes reports (RPT-01) and ends team assignments (TEAM-12). Only the official the regulation profile
 * names for the order's scope, form and mode may issue, amend or revoke; the number is taken last, inside the command's
 * transaction ({@link OrderNumbers}). Refusals cite the article of the agency's own regulation.
 */
@Component
public class AssignmentOrderCommandHandler {

    /** Number format: {@code 800.1.11/<sequence>/<agency short name>/<year>} (see README). */
    public static final String NUMBER_PREFIX = "800.1.11";

    private final Repository<AssignmentOrder> orders;
    private final Repository<UnitWorkPlan> plans;
    private final Officials officials;
    private final AgencyProfiles profiles;
    private final OrderNumbers numbers;
    private final TeamRosters rosters;
    private final TeamDirectory teams;
    private final Clock clock;
    private final EventStore events;

    public AssignmentOrderCommandHandler(Repository<AssignmentOrder> assignmentOrderRepository,
                                         Repository<UnitWorkPlan> unitWorkPlanRepository, Officials officials,
                                         AgencyProfiles profiles, OrderNumbers numbers, TeamRosters rosters,
                                         TeamDirectory teams, Clock clock, EventStore events) {
        this.events = events;
        this.orders = assignmentOrderRepository;
        this.plans = unitWorkPlanRepository;
        this.officials = officials;
        this.profiles = profiles;
        this.numbers = numbers;
        this.rosters = rosters;
        this.teams = teams;
        this.clock = clock;
    }

    /** What an order is about, drafted or about to be issued. */
    private record OrderDraft(String orderId, OrderOrigin origin, AssignmentMode mode, AssignmentScope scope,
                              AssignmentForm form, String teamId, UnitLocation owning, List<String> nips,
                              AssignmentTerms terms, ActingOfficial draftedBy, List<Recipient> copies,
                              LocalDate draftedOn) {
    }

    /** Penunjukan within a unit (ASG-01/03/06): the competent official issues the order at once. */
    @CommandHandler
    public String handle(IssueDirectAssignmentOrderCommand command) throws Exception {
        RegulationProfile cited = CitedProfiles.ofUnit(officials.resolver().directory(), profiles, command.owningUnitId(),
                LocalDate.now(clock));
        requireContents(command.terms(), command.assigneeNips(), command.form(), command.teamId(), cited);
        if (Aggregates.exists(events, command.orderId())) {
            // the same order again (Idempotency-Key): no second order, no second number
            return Aggregates.load(orders, command.orderId(), "Assignment order").number();
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        requireOfTheUnit(command.assigneeNips(), owning, today, cited);
        OrderDraft draft = new OrderDraft(command.orderId(), OrderOrigin.direct(), AssignmentMode.PENUNJUKAN,
                AssignmentScope.WITHIN_UNIT, command.form(), command.teamId(), owning, command.assigneeNips(),
                command.terms(), null, copies(command.copyToNips()), null);
        AssignmentOrderIssuedEvent issued = issuedEvent(draft, command.actor(), today,
                new String[]{"ASG-01", "ASG-03", "ASG-06"});
        orders.newInstance(() -> new AssignmentOrder(issued));
        afterIssue(issued);
        return issued.number();
    }

    /**
     * ASG-05: where the appraiser appoints on the unit head's proposal (usulan), the unit head records the proposal: a
     * draft order naming the proposer, which the competent official issues.
     */
    @CommandHandler
    public String handle(ProposeAssignmentOrderCommand command) throws Exception {
        RegulationProfile cited = CitedProfiles.ofUnit(officials.resolver().directory(), profiles, command.owningUnitId(),
                LocalDate.now(clock));
        requireContents(command.terms(), command.assigneeNips(), command.form(), command.teamId(), cited);
        if (Aggregates.exists(events, command.orderId())) {
            return command.orderId(); // the same proposal again (Idempotency-Key)
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        requireOfTheUnit(command.assigneeNips(), owning, today, cited);
        RegulationProfile profile = profiles.inForce(owning.agencyId(), today);
        Decision<OrderIssuer> issuer = profile.orderIssuer(AssignmentScope.WITHIN_UNIT, command.form(),
                AssignmentMode.PENUNJUKAN);
        String article = issuer.citations().get(0).text();
        Official proposer = issuer.orElseThrow("form").proposalBy();
        if (proposer == null) {
            throw ProblemException.rule("ASG-05", article, "owningUnitId", "ASG-05: " + profile.regulation()
                    .shortName() + " names no proposal step: the " + describe(issuer.outcome().anyOf())
                    + " appoints directly (POST /api/v1/assignment-orders)");
        }
        ActingOfficial proposedBy = officials.authorize(command.actor(), List.of(proposer),
                OfficialCase.of(command.assigneeNips().get(0), owning, owning, today), "ASG-05", article,
                "propose an appointment in " + owning.unitId());
        for (String nip : command.assigneeNips()) {
            requireAsg13(officials.positionKind(nip, today), command.form(), "assigneeNips", profile);
        }
        checkTeam(teams, command.form(), command.teamId(), owning, AssignmentScope.WITHIN_UNIT, today, profile);
        orders.newInstance(() -> new AssignmentOrder(new AssignmentOrderDraftedEvent(command.orderId(),
                owning.agencyId(), new OrderOrigin(OrderOrigin.Kind.PROPOSAL, null), AssignmentMode.PENUNJUKAN,
                AssignmentScope.WITHIN_UNIT, command.form(), command.teamId(), owning,
                List.copyOf(new LinkedHashSet<>(command.assigneeNips())), command.terms(), proposedBy,
                copies(command.copyToNips()), today)));
        return command.orderId();
    }

    /** The competent official issues a drafted order (from an approved request or application, or a proposal). */
    @CommandHandler
    public String handle(IssueAssignmentOrderCommand command) {
        AssignmentOrder order = Aggregates.load(orders, command.orderId(), "Assignment order");
        if (!order.isDraft()) {
            throw ProblemException.conflict("Assignment order " + order.orderId() + " was already issued as "
                    + order.number() + "; an issued order never changes (ASG-04): amend or revoke it by a new act");
        }
        AssignmentTerms terms = order.terms();
        if (command.otherArrangements() != null && !command.otherArrangements().isBlank()) {
            terms = terms.withOtherArrangements(command.otherArrangements());
        }
        if (command.planItemId() != null && !command.planItemId().isBlank()) {
            terms = terms.withPlanItemId(command.planItemId());
        }
        String[] rules = switch (order.origin().kind()) {
            case VOLUNTARY_APPLICATION -> new String[]{"ASG-01", "ASG-03",
                    order.scope() == AssignmentScope.WITHIN_UNIT ? "ASG-10" : "ASG-11"};
            case PROPOSAL, DIRECT -> new String[]{"ASG-01", "ASG-03", "ASG-06"};
            case INVOLVEMENT_REQUEST -> new String[]{"ASG-01", "ASG-03",
                    order.scope() == AssignmentScope.CROSS_AGENCY ? "ASG-09" : "ASG-08"};
        };
        OrderDraft draft = new OrderDraft(order.orderId(), order.origin(), order.mode(), order.scope(), order.form(),
                order.teamId(), order.owningUnit(), order.assigneeNips(), terms, order.draftedBy(), order.copies(),
                order.draftedOn());
        AssignmentOrderIssuedEvent issued = issuedEvent(draft, command.actor(), LocalDate.now(clock), rules);
        order.issue(issued);
        afterIssue(issued);
        return issued.number();
    }

    /** ASG-04: a new act changing an issued order; the issued order itself stays as it was. */
    @CommandHandler
    public int handle(AmendAssignmentOrderCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw AssignmentRule.AUD_03.refusal("reason", "an amendment states its reason");
        }
        AssignmentOrder order = Aggregates.load(orders, command.orderId(), "Assignment order");
        LocalDate today = LocalDate.now(clock);
        Competence competence = competentForOrder(order, command.actor(), today, "amend this assignment order");
        AssignmentTerms amended = order.terms().amended(command.purpose(), command.targets(),
                command.otherArrangements(), command.validUntil());
        if (amended.validUntil().isBefore(amended.validFrom())) {
            throw ProblemException.invalid("validUntil", "validUntil is before the assignment's first day "
                    + amended.validFrom());
        }
        // ASG-04: no act dates before the order it changes, and an assignment does not end before its order
        requireInTimeOrder(today, order.issuedOn(), "the order it amends, issued", competence.profile());
        if (order.issuedOn() != null && amended.validUntil().isBefore(order.issuedOn())) {
            throw AssignmentRule.ASG_04.refusal(competence.profile(), "validUntil", "ASG-04: the amended last day "
                    + amended.validUntil() + " is before the order " + order.number() + " was issued ("
                    + order.issuedOn() + "); an assignment is in force only through its order: revoke it instead");
        }
        int no = order.amendments() + 1;
        order.amend(new AssignmentOrderAmendedEvent(order.orderId(), order.number(), order.agencyId(), no, today,
                amended, order.activeAssignmentIds(), command.reason().trim(), competence.acting(),
                Bases.with(competence.basis(), "ASG-04", "AUD-03")));
        return no;
    }

    /** ASG-04: a new act revoking an issued order; its assignments end. */
    @CommandHandler
    public String handle(RevokeAssignmentOrderCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw AssignmentRule.AUD_03.refusal("reason", "a revocation states its reason");
        }
        AssignmentOrder order = Aggregates.load(orders, command.orderId(), "Assignment order");
        LocalDate today = LocalDate.now(clock);
        Competence competence = competentForOrder(order, command.actor(), today, "revoke this assignment order");
        LocalDate effectiveOn = command.effectiveOn() == null ? today : command.effectiveOn();
        requireInTimeOrder(today, order.issuedOn(), "the order it revokes, issued", competence.profile());
        if (order.issuedOn() != null && effectiveOn.isBefore(order.issuedOn())) {
            // ASG-04: the assignments were in force from the issue on; a revocation cannot undo that past
            throw AssignmentRule.ASG_04.refusal(competence.profile(), "effectiveOn", "ASG-04: the revocation would "
                    + "take effect on " + effectiveOn + ", before the order " + order.number() + " was issued ("
                    + order.issuedOn() + ")");
        }
        order.revoke(new AssignmentOrderRevokedEvent(order.orderId(), order.number(), order.agencyId(), today,
                effectiveOn, order.activeAssignmentIds(), command.reason().trim(), competence.acting(),
                Bases.with(competence.basis(), "ASG-04", "AUD-03")), null);
        return order.number();
    }

    /** RPT-01: the individually assigned employee reports to the officials the profile names. */
    @CommandHandler
    public String handle(SubmitAssignmentReportCommand command) {
        if (command.summary() == null || command.summary().isBlank()) {
            throw ProblemException.invalid("summary", "a report states what was done (summary)");
        }
        if (command.periodFrom() != null && command.periodUntil() != null
                && command.periodUntil().isBefore(command.periodFrom())) {
            throw ProblemException.invalid("periodUntil", "periodUntil is before periodFrom");
        }
        AssignmentOrder order = Aggregates.load(orders, command.orderId(), "Assignment order");
        Assignee assignee = order.activeAssignment(command.assignmentId()).orElseThrow(() -> order.hasAssignment(
                command.assignmentId()) ? ProblemException.conflict("Assignment " + command.assignmentId()
                + " is no longer in force") : ProblemException.notFound("Assignment", command.assignmentId()));
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(order.owningUnit().agencyId(), today);
        Decision<ReportRecipients> decision = profile.individualReportRecipients();
        String article = decision.citations().get(0).text();
        if (order.form() != AssignmentForm.INDIVIDUAL) {
            throw ProblemException.rule("RPT-01", article, "assignmentId", "RPT-01 covers individual assignments; "
                    + "a team member reports to the team lead (RPT-02, team-service)");
        }
        // the employee reports for their own agency, never by NIP alone (security finding M2)
        if (!command.actor().subject().equals(assignee.nip())
                || !assignee.home().agencyId().equals(command.actor().agencyId())) {
            throw ProblemException.forbidden("RPT-01", article, "RPT-01: only the assigned employee "
                    + assignee.nip() + " reports on assignment " + command.assignmentId());
        }
        // a report accounts for work done under the assignment: not before it began, not after the report's day
        if (command.periodFrom() != null && command.periodFrom().isBefore(order.terms().validFrom())) {
            throw ProblemException.rule("RPT-01", article, "periodFrom", "RPT-01: the report covers "
                    + command.periodFrom() + ", before the assignment began on " + order.terms().validFrom());
        }
        if (command.periodUntil() != null && command.periodUntil().isAfter(today)) {
            throw ProblemException.rule("RPT-01", article, "periodUntil", "RPT-01: a report dated " + today
                    + " cannot account for work until " + command.periodUntil());
        }
        ReportRecipients recipients = decision.outcome();
        OfficialCase party = OfficialCase.of(assignee.nip(), assignee.home(), order.owningUnit(), today)
                .withAssigner(order.issuedBy().nip());
        List<Recipient> to = officials.resolveAll(recipients.anyOf(), party);
        if (to.stream().allMatch(r -> r.nips().isEmpty() && r.role() == null)) {
            throw ProblemException.notYetKnown("Report recipients (" + recipients.anyOf() + ") of", assignee.nip());
        }
        order.report(new AssignmentReportSubmittedEvent(command.assignmentId(), command.reportId(),
                order.agencyId(), assignee.nip(), order.orderId(), today, command.periodFrom(), command.periodUntil(),
                command.summary().trim(), command.outputs() == null ? List.of() : List.copyOf(command.outputs()),
                to, recipients.hierarchical(), decision.basis()));
        return command.reportId();
    }

    /** TEAM-12: a team's members' team assignments end with the team, as one recorded act. */
    @CommandHandler
    public List<String> handle(EndTeamAssignmentsCommand command) {
        if (command.teamId() == null || command.teamId().isBlank()) {
            throw ProblemException.invalid("teamId", "teamId is required");
        }
        if (command.effectiveOn() == null) {
            throw ProblemException.invalid("effectiveOn", "effectiveOn (first day no longer in force) is required");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw AssignmentRule.TEAM_12.refusal("reason", "ending a team's assignments states the reason");
        }
        Actor actor = command.actor();
        Access.requireAgency(actor, command.agencyId());
        if (!actor.isSystem() && !actor.hasAnyRole(Roles.TEAM_ENDINGS_CLIENT, Roles.STAFFING_AUTHORITY,
                Roles.AUTHORIZED_OFFICIAL, Roles.AGENCY_ADMIN)) {
            throw AssignmentRule.TEAM_12.forbidden("TEAM-12: the team's end is recorded from team-service's "
                    + "dissolution (the system) or by the PPK / PyB / agency administrator or a team-endings client "
                    + "of the agency");
        }
        ActingOfficial by = new ActingOfficial(actor.subject(), null, "roles " + actor.sortedRoles());
        // the decision names the profile in force; a binding not replicated yet is a retryable 409, not "none"
        DecisionBasis basis = profiles.inForce(command.agencyId(), command.effectiveOn()).basis("TEAM-12");
        List<String> ended = new ArrayList<>();
        for (String orderId : rosters.ordersOf(command.teamId())) {
            AssignmentOrder order = Aggregates.load(orders, orderId, "Assignment order");
            if (!order.agencyId().equals(command.agencyId()) && !order.owningUnit().agencyId().equals(command.agencyId())) {
                continue;
            }
            ended.addAll(order.endTeamAssignments(command.teamId(), command.effectiveOn(), command.reason().trim(),
                    command.decreeNumber(), command.source(), by, basis));
        }
        return ended;
    }

    // ------------------------------------------------------------------ issuing

    private AssignmentOrderIssuedEvent issuedEvent(OrderDraft d, Actor actor, LocalDate today, String[] commonRules) {
        List<UnitLocation> homes = new ArrayList<>();
        for (String nip : d.nips()) {
            homes.add(officials.locationOf(nip, today));
        }
        // ASG-05: across agencies the regulation of the agency asked (where the target unit head issues) names the
        // issuer, not the requesting agency's
        String decidingAgency = d.scope() == AssignmentScope.CROSS_AGENCY
                && d.origin().kind() == OrderOrigin.Kind.INVOLVEMENT_REQUEST ? homes.get(0).agencyId()
                : d.owning().agencyId();
        RegulationProfile profile = profiles.inForce(decidingAgency, today);
        Decision<OrderIssuer> issuerDecision = profile.orderIssuer(d.scope(), d.form(), d.mode());
        OrderIssuer issuer = issuerDecision.orElseThrow("scope");
        String article = issuerDecision.citations().get(0).text();
        requireInTimeOrder(today, d.draftedOn(), "the act it rests on, on", profile);
        RegulationProfile owningProfile = decidingAgency.equals(d.owning().agencyId()) ? profile
                : profiles.inForce(d.owning().agencyId(), today);
        checkTeam(teams, d.form(), d.teamId(), d.owning(), d.scope(), today, owningProfile);
        List<Assignee> assignees = new ArrayList<>();
        ActingOfficial acting = null;
        Set<String> rules = new LinkedHashSet<>(List.of("ASG-04"));
        rules.addAll(List.of(commonRules));
        for (int i = 0; i < d.nips().size(); i++) {
            String nip = d.nips().get(i);
            UnitLocation home = homes.get(i);
            PositionKind kind = officials.positionKind(nip, today);
            if (requireAsg13(kind, d.form(), "assigneeNips", profile)) {
                rules.add("ASG-13");
            }
            // ASG-05: only the official the profile names for the scope, form and mode issues the order
            acting = officials.authorize(actor, issuer.anyOf(), OfficialCase.of(nip, home, d.owning(), today),
                    "ASG-05", article, "issue this " + d.scope() + " " + d.form() + " assignment order");
            assignees.add(new Assignee(d.orderId() + "-" + (assignees.size() + 1), nip, home, kind));
        }
        requireProposal(d, issuer, acting, actor, homes.get(0), today, profile, article);
        String planRule = checkPlanItem(owningProfile, d.owning(), d.terms());
        if (planRule != null) {
            rules.add(planRule);
        }
        // the issuing agency numbers the order: the employee's side for home officials, otherwise the owning side
        String agencyId = isHomeSide(acting.capacity()) ? assignees.get(0).home().agencyId() : d.owning().agencyId();
        int year = today.getYear();
        String shortName = officials.agencyShortName(agencyId);
        long sequence = numbers.next(agencyId, year); // last: after every check, in the command's transaction
        String number = NUMBER_PREFIX + "/" + sequence + "/" + shortName + "/" + year;
        return new AssignmentOrderIssuedEvent(d.orderId(), number, sequence, agencyId, today, d.origin(), d.mode(),
                d.scope(), d.form(), d.teamId(), d.owning(), assignees, d.terms(), acting, d.draftedBy(), d.copies(),
                Bases.with(issuerDecision.basis(), rules.toArray(String[]::new)));
    }

    /**
     * ASG-05: where the appraiser appoints on the unit head's proposal (usulan), an appointment within the unit rests on
     * one: the issuer is that official (a proposal of their own), or the order was proposed by them (origin PROPOSAL,
     * the proposer recorded as {@code draftedBy}).
     */
    private void requireProposal(OrderDraft d, OrderIssuer issuer, ActingOfficial acting, Actor actor,
                                 UnitLocation home, LocalDate today, RegulationProfile profile, String article) {
        Official proposer = issuer.proposalBy();
        if (proposer == null || d.mode() != AssignmentMode.PENUNJUKAN || d.scope() != AssignmentScope.WITHIN_UNIT
                || d.origin().kind() == OrderOrigin.Kind.PROPOSAL || acting.capacity() == proposer) {
            return;
        }
        OfficialCase c = OfficialCase.of(d.nips().get(0), home, d.owning(), today);
        if (officials.actingAs(actor, List.of(proposer), c).isPresent()) {
            return; // the issuer is also the proposing official
        }
        throw ProblemException.rule("ASG-05", article, "proposal", "ASG-05: under " + profile.regulation()
                .shortName() + " the " + acting.capacity().label() + " appoints on the proposal (usulan) of the "
                + officials.describe(List.of(proposer), c, actor) + ": it records the proposal first "
                + "(POST /api/v1/assignment-orders/proposals), then the order is issued from it");
    }

    private void afterIssue(AssignmentOrderIssuedEvent issued) {
        if (issued.form() == AssignmentForm.TEAM) {
            rosters.join(issued.teamId(), issued.orderId());
        }
    }

    /** ASG-14: where the profile requires it, the assignment cites an item of the owning unit's plan in force. */
    private String checkPlanItem(RegulationProfile profile, UnitLocation owning, AssignmentTerms terms) {
        Decision<UnitWorkPlanRequirement> decision = profile.assignmentPlanItem();
        UnitWorkPlanRequirement requirement = decision.outcome();
        if (requirement == null || !requirement.required() || !requirement.assignmentsReferToPlanItem()) {
            return null;
        }
        String article = decision.citations().get(0).text(); // the article that makes assignments rest on the plan
        int year = terms.validFrom().getYear();
        if (terms.planItemId() == null) {
            throw ProblemException.rule("ASG-14", article, "planItemId", "ASG-14: under " + profile.id()
                    + " an assignment cites an item of the unit's annual work plan for " + year);
        }
        String planId = UnitWorkPlanCommands.planId(owning.unitId(), year);
        if (!Aggregates.exists(events, planId)) {
            throw ProblemException.rule("ASG-14", article, "planItemId", "ASG-14: unit " + owning.unitId()
                    + " has no annual work plan for " + year + "; its head sets one (a late plan applies, recorded "
                    + "as late)");
        }
        UnitWorkPlan plan = plans.load(planId).invoke(p -> p);
        if (!plan.hasItem(terms.planItemId())) {
            throw ProblemException.rule("ASG-14", article, "planItemId", "ASG-14: item " + terms.planItemId()
                    + " is not in force in plan " + planId + " (items: " + plan.itemIds() + ")");
        }
        return "ASG-14";
    }

    /**
     * M4: a TEAM order names a team team-service established by decree, owned by the order's owning unit, still in
     * force, decreed for members of at least the order's scope (TEAM-07: a member from outside the decreed scope needs
     * a decree by the official of the wider scope). A team not in the replica yet is a 409.
     */
    static void checkTeam(TeamDirectory teams, AssignmentForm form, String teamId, UnitLocation owning,
                          AssignmentScope scope, LocalDate on, RegulationProfile profile) {
        if (form != AssignmentForm.TEAM) {
            return;
        }
        KnownTeam team = teams.team(teamId).orElseThrow(() -> ProblemException.notYetKnown(
                "Work team (team-service, team.TeamEstablished)", teamId));
        if (!team.owningUnitId().equals(owning.unitId())) {
            throw AssignmentRule.ASG_03.refusal(profile, "teamId", "ASG-03: work team " + teamId + " is owned by "
                    + team.owningUnitId() + "; an order of " + owning.unitId() + " assigns members to its own teams");
        }
        if (team.status() != TeamDirectory.Status.ESTABLISHED
                || team.endedFrom() != null && !on.isBefore(team.endedFrom())) {
            throw AssignmentRule.TEAM_12.refusal("teamId", "TEAM-12: work team " + teamId + " is "
                    + team.status() + (team.endedFrom() == null ? "" : " from " + team.endedFrom())
                    + "; nobody is assigned to it any more");
        }
        if (team.scope() != null && scope.compareTo(team.scope()) > 0) {
            throw ProblemException.rule("TEAM-07", profile.citation("TEAM-07").map(Citation::text).orElse(null),
                    "teamId", "TEAM-07: work team " + teamId + " was decreed for members " + team.scope() + "; a "
                            + scope + " member needs a decree by the official of that scope");
        }
    }

    private record Competence(ActingOfficial acting, DecisionBasis basis, RegulationProfile profile) {
    }

    /** Amending and revoking: by an official who may issue such an order now (ASG-05), for the agency that did. */
    private Competence competentForOrder(AssignmentOrder order, Actor actor, LocalDate today, String act) {
        Assignee first = order.assignees().get(0);
        String decidingAgency = order.scope() == AssignmentScope.CROSS_AGENCY
                && order.origin().kind() == OrderOrigin.Kind.INVOLVEMENT_REQUEST ? first.home().agencyId()
                : order.owningUnit().agencyId();
        RegulationProfile profile = profiles.inForce(decidingAgency, today);
        Decision<OrderIssuer> decision = profile.orderIssuer(order.scope(), order.form(), order.mode());
        OrderIssuer issuer = decision.orElseThrow("scope");
        // the issuer acts again for the agency that numbered the order, never by NIP alone (security finding M2)
        if (order.issuedBy() != null && order.issuedBy().nip() != null && order.issuedBy().nip().equals(actor.subject())
                && order.agencyId().equals(actor.agencyId())) {
            return new Competence(new ActingOfficial(actor.subject(), order.issuedBy().capacity(), "issuer of "
                    + order.number()), decision.basis(), profile);
        }
        ActingOfficial acting = officials.authorize(actor, issuer.anyOf(),
                OfficialCase.of(first.nip(), first.home(), order.owningUnit(), today), "ASG-05",
                decision.citations().get(0).text(), act);
        return new Competence(acting, decision.basis(), profile);
    }

    // ------------------------------------------------------------------ shared checks (requests, applications)

    /** ASG-01/03/06: what an order within a unit states, checked before any fact is looked up. */
    private void requireContents(AssignmentTerms terms, List<String> nips, AssignmentForm form, String teamId,
                                 RegulationProfile cited) {
        List<Violation> missing = new ArrayList<>();
        // ASG-06: an order within a unit states at least purpose, expected targets and other arrangements
        if (terms == null || terms.purpose() == null) {
            missing.add(AssignmentRule.ASG_06.violation(cited, "terms.purpose",
                    "the order states its purpose (maksud dan tujuan)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(AssignmentRule.ASG_06.violation(cited, "terms.targets",
                    "the order states the expected target(s) (ekspektasi/target kinerja)"));
        }
        if (terms == null || terms.otherArrangements() == null) {
            missing.add(AssignmentRule.ASG_06.violation(cited, "terms.otherArrangements",
                    "the order states other arrangements (pengaturan penugasan lainnya)"));
        }
        missing.addAll(periodAndKind(terms, cited));
        if (nips == null || nips.isEmpty()) {
            missing.add(AssignmentRule.ASG_01.violation(cited, "assigneeNips",
                    "an appointment names the employee(s) assigned"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.rules("The assignment order is incomplete", missing);
        }
        requireTeam(form, teamId, cited);
    }

    /** ASG-01: a penunjukan within a unit assigns employees of that unit; others come through a request. */
    private void requireOfTheUnit(List<String> nips, UnitLocation owning, LocalDate today, RegulationProfile cited) {
        for (String nip : nips) {
            UnitLocation home = officials.locationOf(nip, today);
            if (!home.unitId().equals(owning.unitId())) {
                throw AssignmentRule.ASG_01.refusal(cited, "assigneeNips", nip + " sits in " + home.unitId()
                        + ", not in " + owning.unitId() + "; involve employees of other units by an involvement "
                        + "request (ASG-08)");
            }
        }
    }

    /**
     * ASG-13: Administrators and Pengawas take part only as team members; a JPT is never assigned this way.
     *
     * @return true when the employee is an Administrator/Pengawas involved as a team member (ASG-13 applied)
     */
    static boolean requireAsg13(PositionKind kind, AssignmentForm form, String field, RegulationProfile profile) {
        if (kind == PositionKind.JPT_PRATAMA) {
            throw AssignmentRule.ASG_13.refusal(profile, field, "a JPT Pratama is not assigned through these flows");
        }
        if (kind == PositionKind.ADMINISTRATOR || kind == PositionKind.PENGAWAS) {
            if (form != AssignmentForm.TEAM) {
                throw AssignmentRule.ASG_13.refusal(profile, field, "an " + kind + " may be involved only as a "
                        + "member of a work team (form TEAM), not individually");
            }
            return true;
        }
        return false;
    }

    static void requireTeam(AssignmentForm form, String teamId, RegulationProfile profile) {
        if (form == null) {
            throw AssignmentRule.ASG_03.refusal(profile, "form", "an assignment is INDIVIDUAL or as a member of a "
                    + "work team (TEAM)");
        }
        if (form == AssignmentForm.TEAM && (teamId == null || teamId.isBlank())) {
            throw AssignmentRule.ASG_03.refusal(profile, "teamId", "a TEAM assignment names the work team (teamId)");
        }
        if (form == AssignmentForm.INDIVIDUAL && teamId != null && !teamId.isBlank()) {
            throw ProblemException.invalid("teamId", "an INDIVIDUAL assignment names no team");
        }
    }

    /** ASG-01 (a period), ASG-03 (routine/incidental, planned/unplanned). */
    static List<Violation> periodAndKind(AssignmentTerms terms, RegulationProfile profile) {
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.validFrom() == null || terms.validUntil() == null) {
            missing.add(AssignmentRule.ASG_01.violation(profile, "terms.validFrom", "an assignment is for a period: "
                    + "validFrom and validUntil"));
        } else if (terms.validUntil().isBefore(terms.validFrom())) {
            missing.add(AssignmentRule.ASG_01.violation(profile, "terms.validUntil", "validUntil is before validFrom"));
        }
        if (terms == null || terms.nature() == null) {
            missing.add(AssignmentRule.ASG_03.violation(profile, "terms.nature",
                    "ROUTINE (tugas rutin) or INCIDENTAL (tugas insidental)"));
        }
        if (terms == null || terms.planning() == null) {
            missing.add(AssignmentRule.ASG_03.violation(profile, "terms.planning",
                    "PLANNED (terencana) or UNPLANNED (tak terencana)"));
        }
        return missing;
    }

    /**
     * ASG-04: an act is not dated before the act it rests on (an issue before the approval or proposal, an amendment or
     * revocation before the issue) — acts carry the server's date, so this guards against clocks that disagree.
     */
    static void requireInTimeOrder(LocalDate act, LocalDate dependsOn, String what, RegulationProfile profile) {
        requireInTimeOrder(act, dependsOn, what, AssignmentRule.ASG_04.id(), AssignmentRule.ASG_04.article(profile));
    }

    /** An act of rule {@code ruleId} is not dated before the act it answers (e.g. an approval before the request). */
    static void requireInTimeOrder(LocalDate act, LocalDate dependsOn, String what, String ruleId, String article) {
        if (dependsOn != null && act.isBefore(dependsOn)) {
            throw ProblemException.rule(ruleId, article, "date", ruleId + ": this act would be dated " + act
                    + ", before " + what + " " + dependsOn);
        }
    }

    static boolean isHomeSide(Official official) {
        return official == Official.APPRAISER || official == Official.UNIT_HEAD || official == Official.LEVEL_ONE;
    }

    static List<Recipient> copies(List<String> nips) {
        return nips == null || nips.isEmpty() ? List.of() : List.of(Recipient.people(null, nips.stream()
                .filter(n -> n != null && !n.isBlank()).distinct().toList()));
    }

    private static String describe(List<Official> officials) {
        return String.join(" or ", officials.stream().map(Official::label).toList());
    }
}
