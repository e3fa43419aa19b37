package id.sistemkerja.regulation.profile;

/**
 * The cross-unit appointment flow (penunjukan lintas unit, ASG-08): who asks whom, what an approval produces, who
 * drafts the order. A rejection always states its reason.
 *
 * @param requestFrom           who sends the involvement request (surat permohonan pelibatan)
 * @param requestTo             who decides on it, on the employee's side
 * @param recommendationBy      whose recommendation the approval needs; null when none
 * @param approvalGives         what an approval produces
 * @param orderDraftedBy        who drafts the assignment order after approval
 * @param rejectionReasonRequired always true: a rejection without a reason is refused
 */
public record CrossUnitAppointmentFlow(Official requestFrom,
                                       Official requestTo,
                                       Official recommendationBy,
                                       ApprovalResult approvalGives,
                                       Official orderDraftedBy,
                                       boolean rejectionReasonRequired) {
}
