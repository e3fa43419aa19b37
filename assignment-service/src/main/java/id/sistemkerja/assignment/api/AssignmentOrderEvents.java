package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of an assignment order. Issued orders never change; amendments and revocations are new acts (ASG-04). */
public final class AssignmentOrderEvents {

    private AssignmentOrderEvents() {
    }

    /**
     * Drafted from an approved request or application, or proposed by the unit head (ASG-05: the appraiser appoints
     * on the unit head's proposal); not yet in force, no number yet.
     *
     * @param draftedOn the day of the approval or proposal (revision 2; null in revision 1): it is not issued before
     */
    @Revision("2")
    public record AssignmentOrderDraftedEvent(String orderId, String agencyId, OrderOrigin origin,
                                              AssignmentMode mode, AssignmentScope scope, AssignmentForm form,
                                              String teamId, UnitLocation owningUnit, List<String> assigneeNips,
                                              AssignmentTerms terms, ActingOfficial draftedBy,
                                              List<Recipient> copies, LocalDate draftedOn) {
    }

    /**
     * Issued and numbered: from now on its assignments are in force.
     *
     * @param agencyId the issuing agency, whose counter numbered the order
     */
    @Revision("1")
    public record AssignmentOrderIssuedEvent(String orderId, String number, long sequence, String agencyId,
                                             LocalDate issuedOn, OrderOrigin origin, AssignmentMode mode,
                                             AssignmentScope scope, AssignmentForm form, String teamId,
                                             UnitLocation owningUnit, List<Assignee> assignees,
                                             AssignmentTerms terms, ActingOfficial issuedBy,
                                             ActingOfficial draftedBy, List<Recipient> copies,
                                             DecisionBasis decision) {
    }

    /** @param terms the terms in force after the amendment */
    @Revision("1")
    public record AssignmentOrderAmendedEvent(String orderId, String number, String agencyId, int amendmentNo,
                                              LocalDate amendedOn, AssignmentTerms terms, List<String> assignmentIds,
                                              String reason, ActingOfficial amendedBy, DecisionBasis decision) {
    }

    @Revision("1")
    public record AssignmentOrderRevokedEvent(String orderId, String number, String agencyId, LocalDate revokedOn,
                                              LocalDate effectiveOn, List<String> assignmentIds, String reason,
                                              ActingOfficial revokedBy, DecisionBasis decision) {
    }
}
