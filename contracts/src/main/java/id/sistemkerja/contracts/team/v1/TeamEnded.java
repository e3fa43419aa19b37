package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A work team ended at the end of its period (TEAM-12): from {@code effectiveOn} (the day after the period) it is no
 * longer in force, and neither are the team assignments of {@code activeMembers}.
 */
@IntegrationEvent(type = "team.TeamEnded", version = 1)
public record TeamEnded(String teamId,
                        String agencyId,
                        String owningUnitId,
                        LocalDate effectiveOn,
                        List<TeamMembership> activeMembers,
                        String recordedBy) {
}
