package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;

import java.time.LocalDate;
import java.util.List;

/**
 * A team lead or coordinator is entitled to the additional allowance (tambahan penghasilan, TEAM-09) from
 * {@code effectiveFrom}, for payroll systems. Entitlement follows the regulation profile the agency is bound to
 * (Serang: Perwal 23/2023 Pasal 9(1) and the reading recorded in the profile's TEAM-09 entry). It lasts until a
 * {@link TeamAllowanceEntitlementEnded} for the same team, person and role.
 *
 * @param role KETUA (lead) or KOORDINATOR (coordinator)
 */
@IntegrationEvent(type = "team.TeamAllowanceEntitlementStarted", version = 1)
public record TeamAllowanceEntitlementStarted(String teamId,
                                              String agencyId,
                                              String owningUnitId,
                                              String nip,
                                              TeamMemberRole role,
                                              LocalDate effectiveFrom,
                                              String profileId,
                                              int profileVersion,
                                              List<String> ruleIds) {
}
