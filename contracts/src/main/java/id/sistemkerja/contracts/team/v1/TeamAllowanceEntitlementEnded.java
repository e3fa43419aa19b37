package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;

import java.time.LocalDate;

/**
 * The additional allowance entitlement (tambahan penghasilan, TEAM-09) of a team lead or coordinator ends: from
 * {@code effectiveOn} the person no longer receives it.
 *
 * @param role  KETUA (lead) or KOORDINATOR (coordinator)
 * @param cause REPLACED (another lead or coordinator from that day), TEAM_DISSOLVED or TEAM_ENDED (end of period)
 */
@IntegrationEvent(type = "team.TeamAllowanceEntitlementEnded", version = 1)
public record TeamAllowanceEntitlementEnded(String teamId,
                                            String agencyId,
                                            String owningUnitId,
                                            String nip,
                                            TeamMemberRole role,
                                            LocalDate effectiveOn,
                                            String cause) {
}
