package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A team coordinator (koordinator tim kerja) was appointed where the profile provides for one (TEAM-06).
 *
 * @param allowanceEntitled the coordinator receives an additional allowance (tambahan penghasilan, TEAM-09)
 */
@IntegrationEvent(type = "team.TeamCoordinatorAppointed", version = 1)
public record TeamCoordinatorAppointed(String teamId,
                                       String agencyId,
                                       String owningUnitId,
                                       String nip,
                                       LocalDate effectiveFrom,
                                       String appointedBy,
                                       boolean allowanceEntitled,
                                       String profileId,
                                       int profileVersion,
                                       List<String> ruleIds) {
}
