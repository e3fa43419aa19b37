package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A work team was dissolved by a recorded act before its period ran out (TEAM-12): from {@code effectiveOn} it is no
 * longer in force. Every member's team assignment ends on {@code effectiveOn}: assignment-service ends each of
 * {@code activeMembers} (cause TEAM_ENDED).
 *
 * @param decreeNumber the act (keputusan) that dissolves the team
 * @param dissolvedBy  NIP of the owning unit head who dissolved it
 */
@IntegrationEvent(type = "team.TeamDissolved", version = 1)
public record TeamDissolved(String teamId,
                            String agencyId,
                            String owningUnitId,
                            LocalDate effectiveOn,
                            String reason,
                            String decreeNumber,
                            String dissolvedBy,
                            List<TeamMembership> activeMembers,
                            String profileId,
                            int profileVersion,
                            List<String> ruleIds) {
}
