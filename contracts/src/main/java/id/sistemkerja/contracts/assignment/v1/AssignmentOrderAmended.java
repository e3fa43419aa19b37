package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued order was amended by a new recorded act (ASG-04, AUD-03); the issued order itself is unchanged. The terms
 * here are those in force after the amendment, for the assignments still active.
 *
 * @param amendmentNo   1 for the first amendment of the order, then 2, ...
 * @param assignmentIds the active assignments the amendment applies to
 */
@IntegrationEvent(type = "assignment.AssignmentOrderAmended", version = 1)
public record AssignmentOrderAmended(String orderId,
                                     String number,
                                     String agencyId,
                                     int amendmentNo,
                                     LocalDate amendedOn,
                                     List<String> assignmentIds,
                                     LocalDate validFrom,
                                     LocalDate validUntil,
                                     String purpose,
                                     List<String> targets,
                                     String otherArrangements,
                                     String reason,
                                     String amendedBy,
                                     String amenderCapacity,
                                     String profileId,
                                     int profileVersion,
                                     List<String> ruleIds) {
}
