package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * The involvement request was rejected, always with a reason (surat jawaban penolakan, ASG-08, ASG-09).
 *
 * @param step the step at which it was rejected, e.g. PENDING_DECISION, PENDING_TARGET_AUTHORIZED_OFFICIAL
 */
@IntegrationEvent(type = "assignment.InvolvementRequestRejected", version = 1)
public record InvolvementRequestRejected(String requestId,
                                         String agencyId,
                                         String targetAgencyId,
                                         AssignmentScope scope,
                                         String owningUnitId,
                                         String targetUnitId,
                                         String step,
                                         String reason,
                                         LocalDate rejectedOn,
                                         String rejectedBy,
                                         String rejecterCapacity,
                                         String profileId,
                                         int profileVersion,
                                         List<String> ruleIds) {
}
