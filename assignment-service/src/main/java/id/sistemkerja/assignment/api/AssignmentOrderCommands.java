package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands on assignment orders (Surat Perintah Tugas / surat penugasan, ASG-04/05/06). */
public final class AssignmentOrderCommands {

    private AssignmentOrderCommands() {
    }

    /**
     * Appointment within a unit (penunjukan dalam unit, ASG-01/03/06): the competent official issues the order for
     * employees of {@code owningUnitId} at once.
     */
    public record IssueDirectAssignmentOrderCommand(@TargetAggregateIdentifier String orderId, String owningUnitId,
                                                    AssignmentForm form, String teamId, List<String> assigneeNips,
                                                    AssignmentTerms terms, List<String> copyToNips, Actor actor) {
    }

    /**
     * The unit head proposes an appointment within the unit (usulan, ASG-05: BKS23 lampiran C.2 huruf d, BDG23 lampiran
     * B.2 huruf d, CLG23 lampiran B) for the appraiser to issue: recorded as a draft order naming the proposer.
     */
    public record ProposeAssignmentOrderCommand(@TargetAggregateIdentifier String orderId, String owningUnitId,
                                                AssignmentForm form, String teamId, List<String> assigneeNips,
                                                AssignmentTerms terms, List<String> copyToNips, Actor actor) {
    }

    /** The order drafted from an approved request or application (sent by the process manager). */
    public record DraftAssignmentOrderCommand(@TargetAggregateIdentifier String orderId, String agencyId,
                                              OrderOrigin origin, AssignmentMode mode, AssignmentScope scope,
                                              AssignmentForm form, String teamId, UnitLocation owningUnit,
                                              List<String> assigneeNips, AssignmentTerms terms,
                                              ActingOfficial draftedBy, List<Recipient> copies) {
    }

    /** The competent official issues a drafted order, possibly completing other arrangements and the plan item. */
    public record IssueAssignmentOrderCommand(@TargetAggregateIdentifier String orderId, String otherArrangements,
                                              String planItemId, Actor actor) {
    }

    /** A new act changing an issued order's purpose, targets, other arrangements or last day (ASG-04). */
    public record AmendAssignmentOrderCommand(@TargetAggregateIdentifier String orderId, String purpose,
                                              List<String> targets, String otherArrangements, LocalDate validUntil,
                                              String reason, Actor actor) {
    }

    /** A new act revoking an issued order: its assignments are no longer in force from {@code effectiveOn}. */
    public record RevokeAssignmentOrderCommand(@TargetAggregateIdentifier String orderId, LocalDate effectiveOn,
                                               String reason, Actor actor) {
    }
}
