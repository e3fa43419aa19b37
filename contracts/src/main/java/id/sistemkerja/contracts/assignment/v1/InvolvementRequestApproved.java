package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * The involvement request was approved at its last step (ASG-08: by the appraiser / Level I where the employees sit;
 * ASG-09: the requesting agency's PyB accepted the reply), naming the employees; the order is drafted as
 * {@code orderId} and takes effect only when issued ({@link AssignmentOrderIssued}).
 *
 * @param approvedBy      NIP (or client id) of the official who took the final approval
 * @param recommendedBy   NIP of the home unit head whose recommendation the approval carries, or null
 */
@IntegrationEvent(type = "assignment.InvolvementRequestApproved", version = 1)
public record InvolvementRequestApproved(String requestId,
                                         String agencyId,
                                         String targetAgencyId,
                                         AssignmentScope scope,
                                         AssignmentForm form,
                                         String teamId,
                                         String owningUnitId,
                                         String targetUnitId,
                                         List<String> nominatedNips,
                                         LocalDate approvedOn,
                                         String approvedBy,
                                         String approverCapacity,
                                         String recommendedBy,
                                         String orderId,
                                         String profileId,
                                         int profileVersion,
                                         List<String> ruleIds) {
}
