package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentCommands.EndTeamAssignmentsCommand;
import id.sistemkerja.assignment.api.AssignmentCommands.SubmitAssignmentReportCommand;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentReportSubmittedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.AmendAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueDirectAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.RevokeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderAmendedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderIssuedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderRevokedEvent;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.OrderIssuer;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.ReportRecipients;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.UnitWorkPlanRequirement;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
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
 * Issues, amends and revokes assignment orders (ASG-04/05/06), takes reports (RPT-01) and ends team assignments
 * (TEAM-12). Only the official the regulation profile names for the order's scope and form may issue, amend or revoke;
 * the number is taken last, inside the command's transaction ({@link OrderNumbers}).
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
    private final Clock clock;
    private final EventStore events;

    public AssignmentOrderCommandHandler(Repository<AssignmentOrder> assignmentOrderRepository,
                                         Repository<UnitWorkPlan> unitWorkPlanRepository, Officials officials,
                                         AgencyProfiles profiles, OrderNumbers numbers, TeamRosters rosters,
                                         Clock clock, EventStore events) {
        this.events = events;
        this.orders = assignmentOrderRepository;
        this.plans = unitWorkPlanRepository;
        this.officials = officials;
        this.profiles = profiles;
        this.numbers = numbers;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** Penunjukan within a unit (ASG-01/03/06): the competent official issues the order at once. */
    @CommandHandler
    public String handle(IssueDirectAssignmentOrderCommand command) throws Exception {
        AssignmentTerms terms = command.terms();
        List<Violation> missing = new ArrayList<>();
        // ASG-06: an order within a unit states at least purpose, expected targets and other arrangements
        if (terms == null || terms.purpose() == null) {
            missing.add(AssignmentRule.ASG_06.violation("terms.purpose", "the order states its purpose (maksud dan tujuan)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(AssignmentRule.ASG_06.violation("terms.targets", "the order states the expected target(s) (ekspektasi/target kinerja)"));
        }
        if (terms == null || terms.otherArrangements() == null) {
            missing.add(AssignmentRule.ASG_06.violation("terms.otherArrangements", "the order states other arrangements (pengaturan penugasan lainnya)"));
        }
        missing.addAll(periodAndKind(terms));
        if (command.assigneeNips() == null || command.assigneeNips().isEmpty()) {
            missing.add(AssignmentRule.ASG_01.violation("assigneeNips", "an appointment names the employee(s) assigned"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.rules("The assignment order is incomplete", missing);
        }
        requireTeam(command.form(), command.teamId());
        if (Aggregates.exists(events, command.orderId())) {
            // the same order again (Idempotency-Key): no second order, no second number
            return Aggregates.load(orders, command.orderId(), "Assignment order").number();
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        for (String nip : command.assigneeNips()) {
            UnitLocation home = officials.locationOf(nip, today);
            if (!home.unitId().equals(owning.unitId())) {
                // ASG-01: a penunjukan within a unit assigns employees of that unit; others come through a request
                throw AssignmentRule.ASG_01.refusal("assigneeNips", nip + " sits in " + home.unitId() + ", not in "
                        + owning.unitId() + "; involve employees of other units by an involvement request (ASG-08)");
            }
        }
        List<Recipient> copies = copies(command.copyToNips());
        AssignmentOrderIssuedEvent issued = issuedEvent(command.orderId(), OrderOrigin.direct(),
                AssignmentMode.PENUNJUKAN, AssignmentScope.WITHIN_UNIT, command.form(), command.teamId(), owning,
                command.assigneeNips(), terms, null, copies, command.actor(), today, new String[]{"ASG-01", "ASG-03", "ASG-06"});
        orders.newInstance(() -> new AssignmentOrder(issued));
        afterIssue(issued);
        return issued.number();
    }

    /** The competent official issues a drafted order (from an approved request or application). */
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
        String[] rules = order.origin().kind() == OrderOrigin.Kind.VOLUNTARY_APPLICATION
                ? new String[]{"ASG-01", "ASG-03", order.scope() == AssignmentScope.WITHIN_UNIT ? "ASG-10" : "ASG-11"}
                : new String[]{"ASG-01", "ASG-03", order.scope() == AssignmentScope.CROSS_AGENCY ? "ASG-09" : "ASG-08"};
        AssignmentOrderIssuedEvent issued = issuedEvent(order.orderId(), order.origin(), order.mode(), order.scope(),
                order.form(), order.teamId(), order.owningUnit(), order.assigneeNips(), terms, order.draftedBy(),
                order.copies(), command.actor(), LocalDate.now(clock), rules);
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
        if (!command.actor().subject().equals(assignee.nip())) {
            throw ProblemException.forbidden("RPT-01", article, "RPT-01: only the assigned employee "
                    + assignee.nip() + " reports on assignment " + command.assignmentId());
        }
        ReportRecipients recipients = decision.outcome();
        Party party = new Party(assignee.nip(), assignee.home(), order.owningUnit(), today, order.issuedBy().nip());
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
        DecisionBasis basis = profiles.find(command.agencyId(), command.effectiveOn())
                .map(p -> p.basis("TEAM-12")).orElse(new DecisionBasis("none", 0, List.of("TEAM-12")));
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

    private AssignmentOrderIssuedEvent issuedEvent(String orderId, OrderOrigin origin, AssignmentMode mode,
                                                   AssignmentScope scope, AssignmentForm form, String teamId,
                                                   UnitLocation owning, List<String> nips, AssignmentTerms terms,
                                                   ActingOfficial draftedBy, List<Recipient> copies, Actor actor,
                                                   LocalDate today, String[] commonRules) {
        RegulationProfile profile = profiles.inForce(owning.agencyId(), today);
        Decision<OrderIssuer> issuerDecision = profile.orderIssuer(scope, form);
        OrderIssuer issuer = issuerDecision.orElseThrow("scope");
        String article = issuerDecision.citations().get(0).text();
        List<Assignee> assignees = new ArrayList<>();
        ActingOfficial acting = null;
        Set<String> rules = new LinkedHashSet<>(List.of("ASG-04"));
        rules.addAll(List.of(commonRules));
        for (String nip : nips) {
            UnitLocation home = officials.locationOf(nip, today);
            PositionKind kind = officials.positionKind(nip, today);
            if (requireAsg13(kind, form, "assigneeNips")) {
                rules.add("ASG-13");
            }
            // ASG-05: only the official the profile names for the scope and form issues the order
            acting = officials.authorize(actor, issuer.anyOf(), Party.of(nip, home, owning, today), "ASG-05",
                    article, "issue this " + scope + " " + form + " assignment order");
            assignees.add(new Assignee(orderId + "-" + (assignees.size() + 1), nip, home, kind));
        }
        String planRule = checkPlanItem(profile, owning, terms);
        if (planRule != null) {
            rules.add(planRule);
        }
        // the issuing agency numbers the order: the employee's side for home officials, otherwise the owning side
        String agencyId = isHomeSide(acting.capacity()) ? assignees.get(0).home().agencyId() : owning.agencyId();
        int year = today.getYear();
        long sequence = numbers.next(agencyId, year); // last: after every check, in the command's transaction
        String number = NUMBER_PREFIX + "/" + sequence + "/" + officials.agencyShortName(agencyId) + "/" + year;
        return new AssignmentOrderIssuedEvent(orderId, number, sequence, agencyId, today, origin, mode, scope, form,
                teamId, owning, assignees, terms, acting, draftedBy, copies,
                Bases.with(issuerDecision.basis(), rules.toArray(String[]::new)));
    }

    private void afterIssue(AssignmentOrderIssuedEvent issued) {
        if (issued.form() == AssignmentForm.TEAM) {
            rosters.join(issued.teamId(), issued.orderId());
        }
    }

    /** ASG-14: where the profile requires it, the assignment cites an item of the owning unit's plan in force. */
    private String checkPlanItem(RegulationProfile profile, UnitLocation owning, AssignmentTerms terms) {
        Decision<UnitWorkPlanRequirement> decision = profile.unitWorkPlan();
        UnitWorkPlanRequirement requirement = decision.outcome();
        if (requirement == null || !requirement.required() || !requirement.assignmentsReferToPlanItem()) {
            return null;
        }
        String article = decision.citations().get(0).text();
        int year = terms.validFrom().getYear();
        if (terms.planItemId() == null) {
            throw ProblemException.rule("ASG-14", article, "planItemId", "ASG-14: under " + profile.id()
                    + " an assignment cites an item of the unit's annual work plan for " + year);
        }
        String planId = UnitWorkPlanCommands.planId(owning.unitId(), year);
        if (!Aggregates.exists(events, planId)) {
            throw ProblemException.rule("ASG-14", article, "planItemId", "ASG-14: unit " + owning.unitId()
                    + " has no annual work plan for " + year + " (set by the unit head by 31 December)");
        }
        UnitWorkPlan plan = plans.load(planId).invoke(p -> p);
        if (!plan.hasItem(terms.planItemId())) {
            throw ProblemException.rule("ASG-14", article, "planItemId", "ASG-14: item " + terms.planItemId()
                    + " is not in force in plan " + planId + " (items: " + plan.itemIds() + ")");
        }
        return "ASG-14";
    }

    private record Competence(ActingOfficial acting, DecisionBasis basis) {
    }

    /** Amending and revoking: by an official who may issue such an order now (ASG-05). */
    private Competence competentForOrder(AssignmentOrder order, Actor actor, LocalDate today, String act) {
        RegulationProfile profile = profiles.inForce(order.owningUnit().agencyId(), today);
        Decision<OrderIssuer> decision = profile.orderIssuer(order.scope(), order.form());
        OrderIssuer issuer = decision.orElseThrow("scope");
        if (order.issuedBy() != null && order.issuedBy().nip().equals(actor.subject())) {
            return new Competence(new ActingOfficial(actor.subject(), order.issuedBy().capacity(), "issuer of "
                    + order.number()), decision.basis());
        }
        Assignee first = order.assignees().get(0);
        ActingOfficial acting = officials.authorize(actor, issuer.anyOf(),
                Party.of(first.nip(), first.home(), order.owningUnit(), today), "ASG-05",
                decision.citations().get(0).text(), act);
        return new Competence(acting, decision.basis());
    }

    // ------------------------------------------------------------------ shared checks (requests, applications)

    /**
     * ASG-13: Administrators and Pengawas take part only as team members; a JPT is never assigned this way.
     *
     * @return true when the employee is an Administrator/Pengawas involved as a team member (ASG-13 applied)
     */
    static boolean requireAsg13(PositionKind kind, AssignmentForm form, String field) {
        if (kind == PositionKind.JPT_PRATAMA) {
            throw AssignmentRule.ASG_13.refusal(field, "a JPT Pratama is not assigned through these flows");
        }
        if (kind == PositionKind.ADMINISTRATOR || kind == PositionKind.PENGAWAS) {
            if (form != AssignmentForm.TEAM) {
                throw AssignmentRule.ASG_13.refusal(field, "an " + kind + " may be involved only as a member of a "
                        + "work team (form TEAM), not individually");
            }
            return true;
        }
        return false;
    }

    static void requireTeam(AssignmentForm form, String teamId) {
        if (form == null) {
            throw AssignmentRule.ASG_03.refusal("form", "an assignment is INDIVIDUAL or as a member of a work team (TEAM)");
        }
        if (form == AssignmentForm.TEAM && (teamId == null || teamId.isBlank())) {
            throw AssignmentRule.ASG_03.refusal("teamId", "a TEAM assignment names the work team (teamId)");
        }
        if (form == AssignmentForm.INDIVIDUAL && teamId != null && !teamId.isBlank()) {
            throw ProblemException.invalid("teamId", "an INDIVIDUAL assignment names no team");
        }
    }

    /** ASG-01 (a period), ASG-03 (routine/incidental, planned/unplanned). */
    static List<Violation> periodAndKind(AssignmentTerms terms) {
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.validFrom() == null || terms.validUntil() == null) {
            missing.add(AssignmentRule.ASG_01.violation("terms.validFrom", "an assignment is for a period: "
                    + "validFrom and validUntil"));
        } else if (terms.validUntil().isBefore(terms.validFrom())) {
            missing.add(AssignmentRule.ASG_01.violation("terms.validUntil", "validUntil is before validFrom"));
        }
        if (terms == null || terms.nature() == null) {
            missing.add(AssignmentRule.ASG_03.violation("terms.nature", "ROUTINE (tugas rutin) or INCIDENTAL (tugas insidental)"));
        }
        if (terms == null || terms.planning() == null) {
            missing.add(AssignmentRule.ASG_03.violation("terms.planning", "PLANNED (terencana) or UNPLANNED (tak terencana)"));
        }
        return missing;
    }

    static boolean isHomeSide(Official official) {
        return official == Official.APPRAISER || official == Official.UNIT_HEAD || official == Official.LEVEL_ONE;
    }

    static List<Recipient> copies(List<String> nips) {
        return nips == null || nips.isEmpty() ? List.of() : List.of(Recipient.people(null, nips.stream()
                .filter(n -> n != null && !n.isBlank()).distinct().toList()));
    }

}
