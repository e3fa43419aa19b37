package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;

import java.time.LocalDate;

/**
 * An employee became a member of a work team from {@code effectiveFrom}, normally through a TEAM assignment order.
 *
 * @param homeUnitId the member's own unit (for cross-unit teams, TEAM-11)
 * @param duty       the member's duty divided by competence (TEAM-08/TEAM-10), or null
 */
@IntegrationEvent(type = "team.TeamMemberJoined", version = 1)
public record TeamMemberJoined(String teamId,
                               String agencyId,
                               String owningUnitId,
                               String nip,
                               String homeUnitId,
                               TeamMemberRole role,
                               String duty,
                               LocalDate effectiveFrom,
                               String assignmentId,
                               String orderNumber) {
}
