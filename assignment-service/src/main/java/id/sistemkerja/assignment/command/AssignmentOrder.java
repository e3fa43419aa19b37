package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentCommands.SubmitAssignmentReportCommand;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentEndedEvent;
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
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.OrderIssuer;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.ReportRecipients;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_01;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_03;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_04;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_06;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_08;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_09;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_10;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_11;
import static id.sistemkerja.assignment.command.AssignmentRule.AUD_03;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An assignment order (Surat Perintah Tugas / surat penugasan, ASG-04/05/06). Drafted from an approved request or
 * application (which creates it), proposed by the unit head (ASG-05, usulan), or issued directly (penunjukan within a
 * unit); once issued it is numbered ({@link OrderIssuance}) and never changes: amendments and revocations are new acts
 * referring to it (ASG-04, AUD-03), issued, amended or revoked only by the official the regulation profile names for
 * its scope, form and mode. Its assignments (one per assignee) are in force from the issue on, until they end; the
 * individually assigned employee reports on them (RPT-01). Refusals cite the article of the agency's own regulation.
 */
@Aggregate
public class AssignmentOrder {

    enum Status { DRAFTED, ISSUED, REVOKED }

    @AggregateIdentifier
    private String orderId;
    private String agencyId;
    private Status status;
    private OrderOrigin origin;
    private AssignmentMode mode;
    private AssignmentScope scope;
    private AssignmentForm form;
    private String teamId;
    private UnitLocation owningUnit;
    private List<String> assigneeNips = List.of();
    private AssignmentTerms terms;
    private ActingOfficial draftedBy;
    private List<Recipient> copies = List.of();
    private String number;
    private ActingOfficial issuedBy;
    /** The day of the approval or proposal a draft rests on; null for drafts recorded before it was kept. */
    private LocalDate draftedOn;
    private LocalDate issuedOn;
    private final Map<String, Assignee> assignees = new LinkedHashMap<>();
    private final Set<String> active = new LinkedHashSet<>();
    private final Set<String> reports = new LinkedHashSet<>();
    private int amendments;

    protected AssignmentOrder() {
    }

    /** A draft from an approved request or application, created by that record's last approval. */
    AssignmentOrder(AssignmentOrderDraftedEvent drafted) {
        apply(drafted);
    }

    // ------------------------------------------------------------------ issue

    /** Penunjukan within a unit (ASG-01/03/06): the competent official issues the order at once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(IssueDirectAssignmentOrderCommand command, Officials officials, AgencyProfiles profiles,
                         OrderIssuance issuance, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        RegulationProfile cited = CitedProfiles.ofUnit(officials.directory(), profiles, command.owningUnitId(), today);
        AssignmentTermsRules.requireOrderContents(command.terms(), command.assigneeNips(), command.form(),
                command.teamId(), cited);
        if (orderId != null) {
            return number; // the same order again (Idempotency-Key): no second order, no second number
        }
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        requireOfTheUnit(officials, command.assigneeNips(), owning, today, cited);
        OrderDraft draft = new OrderDraft(command.orderId(), OrderOrigin.direct(), AssignmentMode.PENUNJUKAN,
                AssignmentScope.WITHIN_UNIT, command.form(), command.teamId(), owning, command.assigneeNips(),
                command.terms(), null, Recipients.copies(command.copyToNips()), null);
        return issue(issuance, draft, command.actor(), today, List.of(ASG_01, ASG_03, ASG_06));
    }

    /**
     * ASG-05: where the appraiser appoints on the unit head's proposal (usulan), the unit head records the proposal: a
     * draft order naming the proposer, which the competent official issues.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(ProposeAssignmentOrderCommand command, Officials officials, AgencyProfiles profiles,
                         TeamDirectory teams, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        RegulationProfile cited = CitedProfiles.ofUnit(officials.directory(), profiles, command.owningUnitId(), today);
        AssignmentTermsRules.requireOrderContents(command.terms(), command.assigneeNips(), command.form(),
                command.teamId(), cited);
        if (orderId != null) {
            return orderId; // the same proposal again (Idempotency-Key)
        }
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        requireOfTheUnit(officials, command.assigneeNips(), owning, today, cited);
        RegulationProfile profile = profiles.inForce(owning.agencyId(), today);
        Decision<OrderIssuer> issuer = profile.orderIssuer(AssignmentScope.WITHIN_UNIT, command.form(),
                AssignmentMode.PENUNJUKAN);
        Official proposer = issuer.orElseThrow("form").proposalBy();
        if (proposer == null) {
            throw issuer.refusal("owningUnitId", "ASG-05: " + profile.regulation().shortName() + " names no proposal "
                    + "step: the " + issuer.outcome().anyOf().stream().map(Official::label)
                    .collect(Collectors.joining(" or ")) + " appoints directly (POST /api/v1/assignment-orders)");
        }
        ActingOfficial proposedBy = officials.authorize(command.actor(), List.of(proposer),
                OfficialCase.of(command.assigneeNips().get(0), owning, owning, today), issuer.grounds(),
                "propose an appointment in " + owning.unitId());
        for (String nip : command.assigneeNips()) {
            TeamOnlyParticipation.check(officials.positionKind(nip, today), command.form(), "assigneeNips", profile);
        }
        TeamOrders.check(teams, command.form(), command.teamId(), owning, AssignmentScope.WITHIN_UNIT, today, profile);
        apply(new AssignmentOrderDraftedEvent(command.orderId(), owning.agencyId(),
                new OrderOrigin(OrderOrigin.Kind.PROPOSAL, null), AssignmentMode.PENUNJUKAN,
                AssignmentScope.WITHIN_UNIT, command.form(), command.teamId(), owning,
                List.copyOf(new LinkedHashSet<>(command.assigneeNips())), command.terms(), proposedBy,
                Recipients.copies(command.copyToNips()), today));
        return command.orderId();
    }

    /** The competent official issues a drafted order (from an approved request or application, or a proposal). */
    @CommandHandler
    public String handle(IssueAssignmentOrderCommand command, OrderIssuance issuance, Clock clock) {
        requireDrafted();
        AssignmentTerms issuedTerms = terms;
        if (command.otherArrangements() != null && !command.otherArrangements().isBlank()) {
            issuedTerms = issuedTerms.withOtherArrangements(command.otherArrangements());
        }
        if (command.planItemId() != null && !command.planItemId().isBlank()) {
            issuedTerms = issuedTerms.withPlanItemId(command.planItemId());
        }
        List<AssignmentRule> rules = switch (origin.kind()) {
            case VOLUNTARY_APPLICATION -> List.of(ASG_01, ASG_03,
                    scope == AssignmentScope.WITHIN_UNIT ? ASG_10 : ASG_11);
            case PROPOSAL, DIRECT -> List.of(ASG_01, ASG_03, ASG_06);
            case INVOLVEMENT_REQUEST -> List.of(ASG_01, ASG_03,
                    scope == AssignmentScope.CROSS_AGENCY ? ASG_09 : ASG_08);
        };
        OrderDraft draft = new OrderDraft(orderId, origin, mode, scope, form, teamId, owningUnit, assigneeNips,
                issuedTerms, draftedBy, copies, draftedOn);
        return issue(issuance, draft, command.actor(), LocalDate.now(clock), rules);
    }

    private String issue(OrderIssuance issuance, OrderDraft draft, Actor actor, LocalDate today,
                         List<AssignmentRule> rules) {
        AssignmentOrderIssuedEvent issued = issuance.issue(draft, actor, today, rules);
        apply(issued);
        issuance.recordTeamAssignments(issued);
        return issued.number();
    }

    // ------------------------------------------------------------------ acts on an issued order (ASG-04)

    /** ASG-04: a new act changing an issued order; the issued order itself stays as it was. */
    @CommandHandler
    public int handle(AmendAssignmentOrderCommand command, Officials officials, AgencyProfiles profiles,
                      Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw AUD_03.refusal("reason", "an amendment states its reason");
        }
        requireIssued();
        LocalDate today = LocalDate.now(clock);
        Competence competence = competence(officials, profiles, command.actor(), today, "amend this assignment order");
        AssignmentTerms amended = terms.amended(command.purpose(), command.targets(), command.otherArrangements(),
                command.validUntil());
        if (amended.validUntil().isBefore(amended.validFrom())) {
            throw ProblemException.invalid("validUntil", "validUntil is before the assignment's first day "
                    + amended.validFrom());
        }
        // ASG-04: no act dates before the order it changes, and an assignment does not end before its order
        TimeOrder.requireInTimeOrder(today, issuedOn, "the order it amends, issued", competence.profile());
        if (issuedOn != null && amended.validUntil().isBefore(issuedOn)) {
            throw ASG_04.refusal(competence.profile(), "validUntil", "ASG-04: the amended last day "
                    + amended.validUntil() + " is before the order " + number + " was issued (" + issuedOn + "); an "
                    + "assignment is in force only through its order: revoke it instead");
        }
        int no = amendments + 1;
        apply(new AssignmentOrderAmendedEvent(orderId, number, agencyId, no, today, amended, List.copyOf(active),
                command.reason().trim(), competence.acting(), competence.basis().with(ASG_04, AUD_03)));
        return no;
    }

    /** ASG-04: a new act revoking an issued order; its assignments end. */
    @CommandHandler
    public String handle(RevokeAssignmentOrderCommand command, Officials officials, AgencyProfiles profiles,
                         Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw AUD_03.refusal("reason", "a revocation states its reason");
        }
        requireIssued();
        LocalDate today = LocalDate.now(clock);
        Competence competence = competence(officials, profiles, command.actor(), today,
                "revoke this assignment order");
        LocalDate effectiveOn = command.effectiveOn() == null ? today : command.effectiveOn();
        TimeOrder.requireInTimeOrder(today, issuedOn, "the order it revokes, issued", competence.profile());
        if (issuedOn != null && effectiveOn.isBefore(issuedOn)) {
            // ASG-04: the assignments were in force from the issue on; a revocation cannot undo that past
            throw ASG_04.refusal(competence.profile(), "effectiveOn", "ASG-04: the revocation would take effect on "
                    + effectiveOn + ", before the order " + number + " was issued (" + issuedOn + ")");
        }
        AssignmentOrderRevokedEvent revoked = new AssignmentOrderRevokedEvent(orderId, number, agencyId, today,
                effectiveOn, List.copyOf(active), command.reason().trim(), competence.acting(),
                competence.basis().with(ASG_04, AUD_03));
        apply(revoked);
        for (String assignmentId : revoked.assignmentIds()) {
            Assignee a = assignees.get(assignmentId);
            apply(new AssignmentEndedEvent(assignmentId, agencyId, a.nip(), orderId, number, form, teamId,
                    revoked.effectiveOn(), "ORDER_REVOKED", revoked.reason(), null, null, revoked.revokedBy(),
                    revoked.decision()));
        }
        return number;
    }

    /**
     * TEAM-12: every active assignment of {@code team} ends with it, as one act recorded by {@link TeamAssignmentEndings}
     * on each order of the team; returns the ids ended.
     */
    List<String> endTeamAssignments(String team, LocalDate effectiveOn, String reason, String decreeNumber,
                                    String source, ActingOfficial endedBy, DecisionBasis decision) {
        List<String> ended = new ArrayList<>();
        if (status != Status.ISSUED || form != AssignmentForm.TEAM || !team.equals(teamId)) {
            return ended;
        }
        for (String assignmentId : List.copyOf(active)) {
            Assignee a = assignees.get(assignmentId);
            apply(new AssignmentEndedEvent(assignmentId, agencyId, a.nip(), orderId, number, form, teamId,
                    effectiveOn, "TEAM_ENDED", reason, decreeNumber, source, endedBy, decision));
            ended.add(assignmentId);
        }
        return ended;
    }

    /** Whether the order was issued by {@code agencyId} or for a unit of it (TEAM-12 acts of that agency). */
    boolean concerns(String agency) {
        return agencyId.equals(agency) || owningUnit.agencyId().equals(agency);
    }

    // ------------------------------------------------------------------ reports (RPT-01)

    /** RPT-01: the individually assigned employee reports to the officials the profile names. */
    @CommandHandler
    public String handle(SubmitAssignmentReportCommand command, Officials officials, AgencyProfiles profiles,
                         Clock clock) {
        if (command.summary() == null || command.summary().isBlank()) {
            throw ProblemException.invalid("summary", "a report states what was done (summary)");
        }
        if (command.periodFrom() != null && command.periodUntil() != null
                && command.periodUntil().isBefore(command.periodFrom())) {
            throw ProblemException.invalid("periodUntil", "periodUntil is before periodFrom");
        }
        if (!active.contains(command.assignmentId())) {
            throw assignees.containsKey(command.assignmentId()) ? ProblemException.conflict("Assignment "
                    + command.assignmentId() + " is no longer in force")
                    : ProblemException.notFound("Assignment", command.assignmentId());
        }
        Assignee assignee = assignees.get(command.assignmentId());
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(owningUnit.agencyId(), today);
        Decision<ReportRecipients> decision = profile.individualReportRecipients();
        if (form != AssignmentForm.INDIVIDUAL) {
            throw decision.refusal("assignmentId", "RPT-01 covers individual assignments; a team member reports to "
                    + "the team lead (RPT-02, team-service)");
        }
        // the employee reports for their own agency, never by NIP alone (security finding M2)
        if (!command.actor().subject().equals(assignee.nip())
                || !assignee.home().agencyId().equals(command.actor().agencyId())) {
            throw decision.forbidden("RPT-01: only the assigned employee " + assignee.nip() + " reports on "
                    + "assignment " + command.assignmentId());
        }
        // a report accounts for work done under the assignment: not before it began, not after the report's day
        if (command.periodFrom() != null && command.periodFrom().isBefore(terms.validFrom())) {
            throw decision.refusal("periodFrom", "RPT-01: the report covers " + command.periodFrom() + ", before the "
                    + "assignment began on " + terms.validFrom());
        }
        if (command.periodUntil() != null && command.periodUntil().isAfter(today)) {
            throw decision.refusal("periodUntil", "RPT-01: a report dated " + today + " cannot account for work until "
                    + command.periodUntil());
        }
        ReportRecipients recipients = decision.outcome();
        OfficialCase party = OfficialCase.of(assignee.nip(), assignee.home(), owningUnit, today)
                .withAssigner(issuedBy.nip());
        List<Recipient> to = officials.resolveAll(recipients.anyOf(), party);
        if (to.stream().allMatch(r -> r.nips().isEmpty() && r.role() == null)) {
            throw ProblemException.notYetKnown("Report recipients (" + recipients.anyOf() + ") of", assignee.nip());
        }
        if (!reports.contains(command.reportId())) { // the same report again (idempotent re-send) records nothing
            apply(new AssignmentReportSubmittedEvent(command.assignmentId(), command.reportId(), agencyId,
                    assignee.nip(), orderId, today, command.periodFrom(), command.periodUntil(),
                    command.summary().trim(), command.outputs() == null ? List.of() : List.copyOf(command.outputs()),
                    to, recipients.hierarchical(), decision.basis()));
        }
        return command.reportId();
    }

    // ------------------------------------------------------------------ rules on the order's own facts

    private record Competence(ActingOfficial acting, DecisionBasis basis, RegulationProfile profile) {
    }

    /** Amending and revoking: by an official who may issue such an order now (ASG-05), for the agency that did. */
    private Competence competence(Officials officials, AgencyProfiles profiles, Actor actor, LocalDate today,
                                  String act) {
        Assignee first = assignees.values().iterator().next();
        String decidingAgency = scope == AssignmentScope.CROSS_AGENCY
                && origin.kind() == OrderOrigin.Kind.INVOLVEMENT_REQUEST ? first.home().agencyId()
                : owningUnit.agencyId();
        RegulationProfile profile = profiles.inForce(decidingAgency, today);
        Decision<OrderIssuer> decision = profile.orderIssuer(scope, form, mode);
        OrderIssuer issuer = decision.orElseThrow("scope");
        // the issuer acts again for the agency that numbered the order, never by NIP alone (security finding M2)
        if (issuedBy != null && issuedBy.nip() != null && issuedBy.nip().equals(actor.subject())
                && agencyId.equals(actor.agencyId())) {
            return new Competence(new ActingOfficial(actor.subject(), issuedBy.capacity(), "issuer of " + number),
                    decision.basis(), profile);
        }
        ActingOfficial acting = officials.authorize(actor, issuer.anyOf(),
                OfficialCase.of(first.nip(), first.home(), owningUnit, today), decision.grounds(), act);
        return new Competence(acting, decision.basis(), profile);
    }

    /** ASG-01: a penunjukan within a unit assigns employees of that unit; others come through a request. */
    private static void requireOfTheUnit(Officials officials, List<String> nips, UnitLocation owning, LocalDate today,
                                         RegulationProfile cited) {
        for (String nip : nips) {
            UnitLocation home = officials.locationOf(nip, today);
            if (!home.unitId().equals(owning.unitId())) {
                throw ASG_01.refusal(cited, "assigneeNips", nip + " sits in " + home.unitId() + ", not in "
                        + owning.unitId() + "; involve employees of other units by an involvement request (ASG-08)");
            }
        }
    }

    private void requireDrafted() {
        if (status != Status.DRAFTED) {
            throw ProblemException.conflict("Assignment order " + orderId + " was already issued as " + number
                    + "; an issued order never changes (ASG-04): amend or revoke it by a new act");
        }
    }

    private void requireIssued() {
        if (status == Status.DRAFTED) {
            throw ProblemException.conflict("Assignment order " + orderId + " is a draft; issue it first");
        }
        if (status == Status.REVOKED) {
            throw ProblemException.conflict("Assignment order " + number + " was revoked");
        }
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(AssignmentOrderDraftedEvent e) {
        orderId = e.orderId();
        agencyId = e.agencyId();
        status = Status.DRAFTED;
        origin = e.origin();
        mode = e.mode();
        scope = e.scope();
        form = e.form();
        teamId = e.teamId();
        owningUnit = e.owningUnit();
        assigneeNips = List.copyOf(e.assigneeNips());
        terms = e.terms();
        draftedBy = e.draftedBy();
        copies = e.copies() == null ? List.of() : List.copyOf(e.copies());
        draftedOn = e.draftedOn();
    }

    @EventSourcingHandler
    void on(AssignmentOrderIssuedEvent e) {
        orderId = e.orderId();
        agencyId = e.agencyId();
        status = Status.ISSUED;
        origin = e.origin();
        mode = e.mode();
        scope = e.scope();
        form = e.form();
        teamId = e.teamId();
        owningUnit = e.owningUnit();
        terms = e.terms();
        number = e.number();
        issuedBy = e.issuedBy();
        issuedOn = e.issuedOn();
        draftedBy = e.draftedBy();
        copies = e.copies() == null ? List.of() : List.copyOf(e.copies());
        for (Assignee a : e.assignees()) {
            assignees.put(a.assignmentId(), a);
            active.add(a.assignmentId());
        }
        assigneeNips = e.assignees().stream().map(Assignee::nip).toList();
    }

    @EventSourcingHandler
    void on(AssignmentOrderAmendedEvent e) {
        amendments = e.amendmentNo();
        terms = e.terms();
    }

    @EventSourcingHandler
    void on(AssignmentOrderRevokedEvent e) {
        status = Status.REVOKED;
    }

    @EventSourcingHandler
    void on(AssignmentEndedEvent e) {
        active.remove(e.assignmentId());
    }

    @EventSourcingHandler
    void on(AssignmentReportSubmittedEvent e) {
        reports.add(e.reportId());
    }
}
