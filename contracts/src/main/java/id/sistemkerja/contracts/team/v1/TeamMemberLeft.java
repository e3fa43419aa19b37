package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;

/**
 * A member left a work team: no longer a member from {@code effectiveOn}.
 *
 * @param cause ASSIGNMENT_ENDED, ORDER_REVOKED, TEAM_DISSOLVED, TEAM_ENDED or RECORDED_BY_UNIT_HEAD
 */
@IntegrationEvent(type = "team.TeamMemberLeft", version = 1)
public record TeamMemberLeft(String teamId,
                             String agencyId,
                             String owningUnitId,
                             String nip,
                             String assignmentId,
                             LocalDate effectiveOn,
                             String cause) {
}
