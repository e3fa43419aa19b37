package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued order was revoked by a new recorded act (ASG-04): its assignments end on {@code effectiveOn} (they are no
 * longer in force from that day). Each ended assignment is also published as {@link AssignmentEnded}.
 */
@IntegrationEvent(type = "assignment.AssignmentOrderRevoked", version = 1)
public record AssignmentOrderRevoked(String orderId,
                                     String number,
                                     String agencyId,
                                     LocalDate revokedOn,
                                     LocalDate effectiveOn,
                                     List<String> assignmentIds,
                                     String reason,
                                     String revokedBy,
                                     String revokerCapacity,
                                     String profileId,
                                     int profileVersion,
                                     List<String> ruleIds) {
}
