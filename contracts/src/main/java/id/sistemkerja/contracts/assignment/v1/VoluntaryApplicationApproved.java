package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * The voluntary application was approved by every official it needs (ASG-10: the unit head; ASG-11: the target unit
 * first, then the employee's own side); the order is drafted as {@code orderId} and takes effect when issued.
 *
 * @param approvedBy       NIP of the official who gave the final approval
 * @param targetApprovedBy NIP of the target unit's official who approved first (ASG-11); null within a unit
 */
@IntegrationEvent(type = "assignment.VoluntaryApplicationApproved", version = 1)
public record VoluntaryApplicationApproved(String applicationId,
                                           String agencyId,
                                           String nip,
                                           AssignmentScope scope,
                                           String homeUnitId,
                                           String targetUnitId,
                                           LocalDate approvedOn,
                                           String approvedBy,
                                           String approverCapacity,
                                           String targetApprovedBy,
                                           String orderId,
                                           String profileId,
                                           int profileVersion,
                                           List<String> ruleIds) {
}
