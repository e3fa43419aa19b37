package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;

import java.time.LocalDate;

/**
 * One assignment ended before its period ran out: no longer in force from {@code effectiveOn}.
 *
 * @param cause   ORDER_REVOKED (its order was revoked) or TEAM_ENDED (its work team ended, TEAM-12)
 * @param teamId  the work team, for TEAM assignments
 * @param endedBy NIP or client id of who recorded the act
 */
@IntegrationEvent(type = "assignment.AssignmentEnded", version = 1)
public record AssignmentEnded(String assignmentId,
                              String orderId,
                              String number,
                              String agencyId,
                              String nip,
                              AssignmentForm form,
                              String teamId,
                              LocalDate effectiveOn,
                              String cause,
                              String reason,
                              String endedBy) {
}
