package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentEndedEvent;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentReportSubmittedEvent;
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
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * An assignment order (Surat Perintah Tugas / surat penugasan). Drafted from an approved request or application, or
 * issued directly; once issued it is numbered and never changes: amendments and revocations are new acts referring to it
 * (ASG-04, AUD-03). Its assignments (one per assignee) are in force from the issue on, until they end.
 * {@link AssignmentOrderCommandHandler} decides who may act; this class keeps the order's own invariants.
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
    private LocalDate draftedOn;
    private LocalDate issuedOn;
    private final Map<String, Assignee> assignees = new LinkedHashMap<>();
    private final Set<String> active = new LinkedHashSet<>();
    private final Set<String> reports = new LinkedHashSet<>();
    private int amendments;

    protected AssignmentOrder() {
    }

    /** A draft from an approved request or application. */
    AssignmentOrder(AssignmentOrderDraftedEvent drafted) {
        Aggregates.apply(this, drafted);
    }

    /** Issued directly (penunjukan within a unit) or from its draft: numbered, in force (ASG-04). */
    AssignmentOrder(AssignmentOrderIssuedEvent issued) {
        Aggregates.apply(this, issued);
    }

    void issue(AssignmentOrderIssuedEvent issued) {
        requireDrafted();
        Aggregates.apply(this, issued);
    }

    void amend(AssignmentOrderAmendedEvent amended) {
        requireIssued();
        Aggregates.apply(this, amended);
    }

    void revoke(AssignmentOrderRevokedEvent revoked, String source) {
        requireIssued();
        Aggregates.apply(this, revoked);
        for (String assignmentId : revoked.assignmentIds()) {
            Assignee a = assignees.get(assignmentId);
            Aggregates.apply(this, new AssignmentEndedEvent(assignmentId, agencyId, a.nip(), orderId, number, form, teamId,
                    revoked.effectiveOn(), "ORDER_REVOKED", revoked.reason(), null, source, revoked.revokedBy(),
                    revoked.decision()));
        }
    }

    /** TEAM-12: every active assignment of {@code team} ends; returns the ids ended. */
    List<String> endTeamAssignments(String team, LocalDate effectiveOn, String reason, String decreeNumber,
                                    String source, ActingOfficial endedBy, DecisionBasis decision) {
        List<String> ended = new ArrayList<>();
        if (status != Status.ISSUED || form != AssignmentForm.TEAM || !team.equals(teamId)) {
            return ended;
        }
        for (String assignmentId : List.copyOf(active)) {
            Assignee a = assignees.get(assignmentId);
            Aggregates.apply(this, new AssignmentEndedEvent(assignmentId, agencyId, a.nip(), orderId, number, form, teamId,
                    effectiveOn, "TEAM_ENDED", reason, decreeNumber, source, endedBy, decision));
            ended.add(assignmentId);
        }
        return ended;
    }

    void report(AssignmentReportSubmittedEvent submitted) {
        if (reports.contains(submitted.reportId())) {
            return; // the same report again (idempotent re-send)
        }
        Aggregates.apply(this, submitted);
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

    // ------------------------------------------------------------------ state for the handler's decisions

    String orderId() {
        return orderId;
    }

    boolean isDraft() {
        return status == Status.DRAFTED;
    }

    String agencyId() {
        return agencyId;
    }

    OrderOrigin origin() {
        return origin;
    }

    AssignmentMode mode() {
        return mode;
    }

    AssignmentScope scope() {
        return scope;
    }

    AssignmentForm form() {
        return form;
    }

    String teamId() {
        return teamId;
    }

    UnitLocation owningUnit() {
        return owningUnit;
    }

    List<String> assigneeNips() {
        return assigneeNips;
    }

    AssignmentTerms terms() {
        return terms;
    }

    ActingOfficial draftedBy() {
        return draftedBy;
    }

    List<Recipient> copies() {
        return copies;
    }

    String number() {
        return number;
    }

    ActingOfficial issuedBy() {
        return issuedBy;
    }

    /** The day of the approval or proposal a draft rests on; null for drafts recorded before it was kept. */
    LocalDate draftedOn() {
        return draftedOn;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    int amendments() {
        return amendments;
    }

    List<Assignee> assignees() {
        return List.copyOf(assignees.values());
    }

    List<String> activeAssignmentIds() {
        return List.copyOf(active);
    }

    Optional<Assignee> activeAssignment(String assignmentId) {
        return active.contains(assignmentId) ? Optional.of(assignees.get(assignmentId)) : Optional.empty();
    }

    boolean hasAssignment(String assignmentId) {
        return assignees.containsKey(assignmentId);
    }

    // ------------------------------------------------------------------ event sourcing

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
