package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * A team lead (ketua tim) was appointed from {@code effectiveFrom} (TEAM-02, TEAM-03, TEAM-05); a previous lead, if
 * any, stops leading that day (TEAM-01: one lead).
 *
 * @param justification     why a candidate against a preference was chosen (TEAM-02/TEAM-03), or null
 * @param allowanceEntitled the lead receives an additional allowance (tambahan penghasilan, TEAM-09)
 */
@IntegrationEvent(type = "team.TeamLeadAppointed", version = 1)
public record TeamLeadAppointed(String teamId,
                                String agencyId,
                                String owningUnitId,
                                String nip,
                                String homeUnitId,
                                LocalDate effectiveFrom,
                                String previousLeadNip,
                                String appointedBy,
                                String justification,
                                boolean allowanceEntitled,
                                String profileId,
                                int profileVersion,
                                List<String> ruleIds) {
}
