package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The PPK placed a Pejabat Fungsional or Pelaksana (kedudukan) in a unit under an appraiser (Pejabat Penilai Kinerja)
 * from {@code effectiveFrom}; the employee's previous placement ends that day. The appraiser is a position: whoever
 * holds it on a date (or the delegate of a delegation in force) appraises the employee on that date.
 *
 * @param decidedBy     NIP or client id of the PPK (or the official acting for them)
 * @param profileId     regulation profile applied to the decision
 * @param ruleIds       rule ids the decision applied
 */
@IntegrationEvent(type = "org.EmployeePlaced", version = 1)
public record EmployeePlaced(String placementId,
                             String nip,
                             String agencyId,
                             String unitId,
                             String departmentId,
                             String appraiserPositionId,
                             LocalDate effectiveFrom,
                             String decreeNumber,
                             String decidedBy,
                             String profileId,
                             String profileVersion,
                             List<String> ruleIds) {
}
